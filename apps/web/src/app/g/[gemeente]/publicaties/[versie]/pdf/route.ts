import { buildPublicationPdf, getPublication, parseVersionRef, publicationPdfFileName } from "@trendweb/services";
import { runRoute } from "@/lib/access/run-route";
import { serviceContext } from "@/lib/access/viewer";
import { publicationCacheControl } from "@/lib/publications/cache-control";

export const dynamic = "force-dynamic";

/** The publication as PDF, with the page's access rules (services/publications/pdf). */
export async function GET(_request: Request, { params }: { params: Promise<{ gemeente: string; versie: string }> }): Promise<Response> {
  const { gemeente, versie } = await params;
  const ref = parseVersionRef(versie);
  if (!ref) return new Response("Deze publicatie bestaat niet. Kies een versie uit de lijst met publicaties.", { status: 404 });
  return runRoute({ signInReturnPath: `/g/${gemeente}/publicaties/${versie}/pdf` }, async () => {
    const view = await getPublication(await serviceContext(), gemeente, ref);
    const pdf = await buildPublicationPdf(view);
    const fileName = publicationPdfFileName(view);
    return new Response(new Uint8Array(pdf), {
      headers: {
        "content-type": "application/pdf",
        "content-disposition": `attachment; filename="${fileName}"`,
        "content-length": String(pdf.length),
        "cache-control": publicationCacheControl(view.publication.visibility),
      },
    });
  });
}
