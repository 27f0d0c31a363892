import { getPublicationViewerState, parseVersionRef } from "@trendweb/services";
import { runRoute } from "@/lib/access/run-route";
import { serviceContext } from "@/lib/access/viewer";

export const dynamic = "force-dynamic";

/**
 * What this viewer sees beside a publication's (cached) body: may withdraw it, and the newest
 * valid version they may read. Same access rules as the page; refusals as JSON.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ gemeente: string; versie: string }> }): Promise<Response> {
  const { gemeente, versie } = await params;
  const ref = parseVersionRef(versie);
  if (typeof ref !== "number") return Response.json({ error: "Deze publicatie bestaat niet. Kies een versie uit de lijst met publicaties." }, { status: 404 });
  return runRoute({ json: true }, async () =>
    Response.json(await getPublicationViewerState(await serviceContext(), gemeente, ref), { headers: { "cache-control": "private, no-store" } }),
  );
}
