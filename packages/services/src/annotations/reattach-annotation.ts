// Reviewing an orphan: its author or a griffier attaches it to a passage they select in the
// current core text (possibly another block); the selectors are rebuilt on the server.
import { describe } from "@trendweb/content/anchoring";
import type { z } from "zod";
import { assertCan, can } from "../access/assert-role.ts";
import { AppError } from "../app-error.ts";
import { currentBlockText, requireLemma } from "../corrections/core-text.ts";
import { parseInput } from "../parse-input.ts";
import type { ServiceContext } from "../service-context.ts";
import { announceAnnotationChange } from "./annotation-events.ts";
import { ZNewAnnotation } from "./annotation-input.ts";

export const ZPassage = ZNewAnnotation.pick({ blockId: true, start: true, end: true, exact: true });
export type TPassage = z.input<typeof ZPassage>;

export async function reattachAnnotation({ db, viewer }: ServiceContext, gemeenteSlug: string, annotationId: string, passage: TPassage): Promise<void> {
  const workspace = await assertCan(db, viewer, gemeenteSlug, "drafts.write");
  if (viewer.kind !== "user") throw new Error("unreachable: assertCan admits users only");
  const annotation = await db.annotation.findFirst({ where: { id: annotationId, gemeenteId: workspace.id }, select: { id: true, authorId: true, lemmaSlug: true } });
  if (!annotation) throw new AppError("NOT_FOUND", "Deze aantekening bestaat niet (meer). Laad de pagina opnieuw.");
  if (annotation.authorId !== viewer.userId && !can(viewer, gemeenteSlug, "annotations.moderate")) {
    throw new AppError("FORBIDDEN", "Alleen wie de aantekening schreef of de griffier kan deze opnieuw koppelen.");
  }
  const wanted = parseInput(ZPassage, passage);
  const { text } = await currentBlockText(db, requireLemma(annotation.lemmaSlug), wanted.blockId);
  if (wanted.end > text.length || wanted.end <= wanted.start || text.slice(wanted.start, wanted.end) !== wanted.exact) {
    throw new AppError("CONFLICT", "De kerntekst is intussen gewijzigd. Laad de pagina opnieuw en selecteer de passage nog eens.");
  }
  await db.annotation.update({
    where: { id: annotation.id },
    data: { blockId: wanted.blockId, selectors: describe(text, wanted.start, wanted.end), anchorStatus: "ANCHORED", anchorConfidence: 1 },
  });
  await announceAnnotationChange(db, workspace.id, annotation.lemmaSlug);
}
