// Adding an annotation to a passage of the core text. The browser sends offsets in the
// block's plain text and the text it saw there; the server checks them against the current
// text (with corrections) and builds the selectors itself.
import { describe } from "@trendweb/content/anchoring";
import { assertCan, can } from "../access/assert-role.ts";
import { AppError } from "../app-error.ts";
import { currentBlockText, requireLemma } from "../corrections/core-text.ts";
import { parseInput } from "../parse-input.ts";
import type { ServiceContext } from "../service-context.ts";
import { announceAnnotationChange } from "./annotation-events.ts";
import { ZNewAnnotation, type TNewAnnotation } from "./annotation-input.ts";
import { ANNOTATION_SELECT, toAnnotationView, type TAnnotationView } from "./annotation-view.ts";

export async function createAnnotation({ db, viewer }: ServiceContext, gemeenteSlug: string, lemmaSlug: string, input: TNewAnnotation): Promise<TAnnotationView> {
  const workspace = await assertCan(db, viewer, gemeenteSlug, "drafts.write");
  if (viewer.kind !== "user") throw new Error("unreachable: assertCan admits users only");
  const lemma = requireLemma(lemmaSlug);
  const wanted = parseInput(ZNewAnnotation, input);
  const { text } = await currentBlockText(db, lemma, wanted.blockId);
  if (wanted.end > text.length || wanted.end <= wanted.start || text.slice(wanted.start, wanted.end) !== wanted.exact) {
    throw new AppError("CONFLICT", "De kerntekst is intussen gewijzigd. Laad de pagina opnieuw en selecteer de passage nog eens.");
  }
  const row = await db.annotation.create({
    data: {
      gemeenteId: workspace.id,
      lemmaSlug,
      blockId: wanted.blockId,
      selectors: describe(text, wanted.start, wanted.end),
      type: wanted.type,
      visibility: wanted.visibility,
      body: wanted.body,
      authorId: viewer.userId,
    },
    select: ANNOTATION_SELECT,
  });
  await announceAnnotationChange(db, workspace.id, lemmaSlug);
  return toAnnotationView(row, viewer.userId, can(viewer, gemeenteSlug, "annotations.moderate"));
}
