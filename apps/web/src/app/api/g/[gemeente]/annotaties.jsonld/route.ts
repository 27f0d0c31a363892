// W3C Web Annotation export (GET) and import (POST) of one gemeente's annotations on one
// lemma: `?lemma=<slug>`. Access is checked in the services (read: drafts.read; import:
// drafts.write), so another gemeente's members get 403 and never the content.
import { AppError, exportWebAnnotations, importWebAnnotations, JSONLD_MEDIA_TYPE } from "@trendweb/services";
import type { NextRequest } from "next/server";
import { serviceContext } from "@/lib/access/viewer";
import { errorResponse } from "@/lib/api/error-response";

export const dynamic = "force-dynamic";

const MAX_BYTES = 2_000_000;

interface Context {
  params: Promise<{ gemeente: string }>;
}

function lemmaParameter(request: NextRequest): string {
  const lemma = request.nextUrl.searchParams.get("lemma");
  if (!lemma) throw new AppError("INVALID_INPUT", "Geef de trend op: ?lemma=<naam-van-de-trend>.");
  return lemma;
}

export async function GET(request: NextRequest, { params }: Context): Promise<Response> {
  try {
    const { gemeente } = await params;
    const lemma = lemmaParameter(request);
    const collection = await exportWebAnnotations(await serviceContext(), gemeente, lemma, request.nextUrl.origin);
    return new Response(JSON.stringify(collection, null, 2), {
      headers: {
        "content-type": JSONLD_MEDIA_TYPE,
        "cache-control": "private, no-store",
        "content-disposition": `inline; filename="aantekeningen-${gemeente}-${lemma}.jsonld"`,
      },
    });
  } catch (error) {
    return errorResponse(error);
  }
}

export async function POST(request: NextRequest, { params }: Context): Promise<Response> {
  try {
    const { gemeente } = await params;
    const lemma = lemmaParameter(request);
    const text = await request.text();
    if (text.length > MAX_BYTES) throw new AppError("INVALID_INPUT", "Het bestand is groter dan 2 MB; splits het in kleinere bestanden.");
    let document: unknown;
    try {
      document = JSON.parse(text);
    } catch {
      throw new AppError("INVALID_INPUT", "De inhoud is geen geldige JSON. Stuur W3C-aantekeningen als JSON-LD.");
    }
    const outcome = await importWebAnnotations(await serviceContext(), gemeente, lemma, document);
    return Response.json(outcome, { status: 201, headers: { "cache-control": "no-store" } });
  } catch (error) {
    return errorResponse(error);
  }
}
