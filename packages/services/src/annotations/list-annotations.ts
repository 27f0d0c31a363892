// The annotations of one gemeente on one lemma. Only members who may read drafts see them,
// and only their own gemeente's: the query is scoped to the workspace id.
import { assertCan, can } from "../access/assert-role.ts";
import { requireLemma } from "../corrections/core-text.ts";
import type { ServiceContext } from "../service-context.ts";
import { ANNOTATION_SELECT, toAnnotationView, type TAnnotationView } from "./annotation-view.ts";

export interface TLemmaAnnotations {
  canWrite: boolean;
  /** On their passage, in text order. */
  anchored: TAnnotationView[];
  /** Could not be found again after a change of the core text: to review. */
  orphans: TAnnotationView[];
}

export async function listAnnotations({ db, viewer }: ServiceContext, gemeenteSlug: string, lemmaSlug: string): Promise<TLemmaAnnotations> {
  const workspace = await assertCan(db, viewer, gemeenteSlug, "drafts.read");
  const lemma = requireLemma(lemmaSlug);
  if (viewer.kind !== "user") throw new Error("unreachable: assertCan admits users only");
  const rows = await db.annotation.findMany({
    where: { gemeenteId: workspace.id, lemmaSlug },
    orderBy: { createdAt: "asc" },
    select: ANNOTATION_SELECT,
  });
  const canModerate = can(viewer, gemeenteSlug, "annotations.moderate");
  const views = rows.map((row) => toAnnotationView(row, viewer.userId, canModerate));
  const blockOrder = new Map([...lemma.blocks, ...lemma.relevance.blocks].map((block, index) => [block.id, index]));
  const anchored = views
    .filter((view) => view.anchor.status === "ANCHORED")
    .sort(
      (a, b) =>
        (blockOrder.get(a.blockId) ?? Infinity) - (blockOrder.get(b.blockId) ?? Infinity) ||
        a.selectors.position.start - b.selectors.position.start ||
        a.createdAt.getTime() - b.createdAt.getTime(),
    );
  return {
    canWrite: can(viewer, gemeenteSlug, "drafts.write"),
    anchored,
    orphans: views.filter((view) => view.anchor.status === "ORPHAN"),
  };
}
