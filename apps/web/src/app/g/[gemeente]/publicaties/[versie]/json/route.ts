import { getPublication, parseVersionRef, publicationDocument, siteUrl } from "@trendweb/services";
import { runRoute } from "@/lib/access/run-route";
import { serviceContext } from "@/lib/access/viewer";
import { publicationCacheControl } from "@/lib/publications/cache-control";

export const dynamic = "force-dynamic";

/**
 * The publication as JSON, publicly at /g/[gemeente]/publicaties/[versie].json (a rewrite in
 * next.config.ts). Same access rules as the page; refusals as JSON (401 instead of sign-in).
 */
export async function GET(_request: Request, { params }: { params: Promise<{ gemeente: string; versie: string }> }): Promise<Response> {
  const { gemeente, versie } = await params;
  const ref = parseVersionRef(versie);
  if (!ref) return Response.json({ error: "Deze publicatie bestaat niet. Kies een versie uit de lijst met publicaties." }, { status: 404 });
  return runRoute({ json: true }, async () => {
    const view = await getPublication(await serviceContext(), gemeente, ref);
    return Response.json(publicationDocument(view, siteUrl()), {
      headers: { "cache-control": publicationCacheControl(view.publication.visibility), "content-language": "nl" },
    });
  });
}
