// Export of one gemeente's annotations on one lemma as a W3C Web Annotation collection
// (JSON-LD). Members who may read the annotations only; the query is scoped to the workspace.
import { assertCan } from "../access/assert-role.ts";
import { requireLemma } from "../corrections/core-text.ts";
import type { ServiceContext } from "../service-context.ts";
import { ANNOTATION_TYPE_LABELS } from "./annotation-labels.ts";
import { ANNOTATION_SELECT, toAnnotationView } from "./annotation-view.ts";
import { annotationIri, blockIri, JSONLD_CONTEXT, replyIri } from "./web-annotation-model.ts";

export async function exportWebAnnotations({ db, viewer }: ServiceContext, gemeenteSlug: string, lemmaSlug: string, origin: string) {
  const workspace = await assertCan(db, viewer, gemeenteSlug, "drafts.read");
  const lemma = requireLemma(lemmaSlug);
  if (viewer.kind !== "user") throw new Error("unreachable: assertCan admits users only");
  const rows = await db.annotation.findMany({ where: { gemeenteId: workspace.id, lemmaSlug }, orderBy: { createdAt: "asc" }, select: ANNOTATION_SELECT });
  const items = rows.flatMap((row) => {
    const view = toAnnotationView(row, viewer.userId, false);
    const id = annotationIri(origin, workspace.slug, lemmaSlug, view.id);
    const annotation = {
      "@context": JSONLD_CONTEXT,
      id,
      type: "Annotation",
      motivation: "commenting",
      created: view.createdAt.toISOString(),
      modified: view.updatedAt.toISOString(),
      creator: { type: "Person", name: view.author },
      body: [
        { type: "TextualBody", value: view.body, format: "text/plain", language: "nl", purpose: "commenting" },
        { type: "TextualBody", value: ANNOTATION_TYPE_LABELS[view.type], language: "nl", purpose: "tagging" },
      ],
      target: { source: blockIri(origin, lemmaSlug, view.blockId), selector: [view.selectors.quote, view.selectors.position] },
      annotationType: view.type,
      visibility: view.visibility,
      anchorStatus: view.anchor.status,
      ...(view.resolved ? { resolved: view.resolved.at.toISOString() } : {}),
    };
    const replies = view.replies.map((reply) => ({
      "@context": JSONLD_CONTEXT,
      id: replyIri(origin, workspace.slug, lemmaSlug, reply.id),
      type: "Annotation",
      motivation: "replying",
      created: reply.createdAt.toISOString(),
      creator: { type: "Person", name: reply.author },
      body: { type: "TextualBody", value: reply.body, format: "text/plain", language: "nl", purpose: "replying" },
      target: id,
    }));
    return [annotation, ...replies];
  });
  const collectionId = `${origin}/api/g/${workspace.slug}/annotaties.jsonld?lemma=${encodeURIComponent(lemmaSlug)}`;
  return {
    "@context": JSONLD_CONTEXT,
    id: collectionId,
    type: "AnnotationCollection",
    label: `Aantekeningen van ${workspace.name} bij ${lemma.letter}. ${lemma.title}`,
    total: items.length,
    first: { id: `${collectionId}#pagina-1`, type: "AnnotationPage", startIndex: 0, items },
  };
}

export type TWebAnnotationExport = Awaited<ReturnType<typeof exportWebAnnotations>>;
