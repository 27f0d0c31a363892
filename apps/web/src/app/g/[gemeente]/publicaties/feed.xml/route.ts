import { db } from "@trendweb/db";
import { publicationFeed, siteUrl } from "@trendweb/services";
import { runRoute } from "@/lib/access/run-route";

export const dynamic = "force-dynamic";

/** Atom feed of the gemeente's OPENBAAR publications (the same for everyone). */
export async function GET(_request: Request, { params }: { params: Promise<{ gemeente: string }> }): Promise<Response> {
  const { gemeente } = await params;
  return runRoute({}, async () => {
    const xml = await publicationFeed({ db }, gemeente, siteUrl());
    return new Response(xml, { headers: { "content-type": "application/atom+xml; charset=utf-8", "cache-control": "public, max-age=60" } });
  });
}
