import { z } from "zod";
import { ZBlockId, type TBlock, type TFigure } from "../schema";

/**
 * Editorial corrections (`data/corrections.json`): what the cleaning rules cannot fix,
 * reviewed by hand. Each entry names its scope (lemma letter, or `intro`, `draden`,
 * `draad-1..3`), the id of the block or figure it changes, the start of the text it
 * expects there (so a rule change that shifts ids fails loudly instead of correcting
 * the wrong block), and a short reason.
 */

export const ZCorrectionScope = z.union([
  z.enum(["A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "K", "L", "M", "N", "O", "P", "Q", "R", "S", "T"]),
  z.enum(["intro", "draden", "draad-1", "draad-2", "draad-3"]),
]);
export type TCorrectionScope = z.infer<typeof ZCorrectionScope>;

const review = { needsReview: z.literal(true).optional() };
const ZNewBlock = z.discriminatedUnion("type", [
  z.strictObject({
    type: z.literal("heading"),
    level: z.union([z.literal(2), z.literal(3)]).default(2),
    text: z.string().min(1),
    box: z.literal(true).optional(),
    ...review,
  }),
  z.strictObject({ type: z.literal("paragraph"), text: z.string().min(1), ...review }),
  z.strictObject({ type: z.literal("list"), items: z.array(z.string().min(1)).min(1), ...review }),
]);
export type TNewBlock = z.infer<typeof ZNewBlock>;

const blockTarget = {
  scope: ZCorrectionScope,
  block: ZBlockId,
  /** The block's text (list: items joined by " | ") before correction starts with this. */
  expect: z.string().min(1),
  reason: z.string().min(3),
};

export const ZBlockCorrection = z.discriminatedUnion("action", [
  /** Drop the block (chart labels, footnote text, debris). */
  z.strictObject({ ...blockTarget, action: z.literal("remove") }),
  /** Replace the block by one or more blocks; the first keeps the id, the others get `-2`, `-3`… */
  z.strictObject({ ...blockTarget, action: z.literal("replace"), blocks: z.array(ZNewBlock).min(1) }),
  /** Change properties of a block in place. */
  z.strictObject({
    ...blockTarget,
    action: z.literal("set"),
    level: z.union([z.literal(2), z.literal(3)]).optional(),
    box: z.boolean().optional(),
    needsReview: z.boolean().optional(),
  }),
]);
export type TBlockCorrection = z.infer<typeof ZBlockCorrection>;

export const ZFigureCorrection = z.strictObject({
  scope: ZCorrectionScope,
  figure: ZBlockId,
  expect: z.string().min(1),
  reason: z.string().min(3),
  number: z.number().int().positive().nullable().optional(),
  caption: z.string().min(1).optional(),
  source: z.string().min(1).nullable().optional(),
  afterBlockId: ZBlockId.nullable().optional(),
});
export type TFigureCorrection = z.infer<typeof ZFigureCorrection>;

export const ZCorrections = z.strictObject({
  blocks: z.array(ZBlockCorrection),
  figures: z.array(ZFigureCorrection),
});
export type TCorrections = z.infer<typeof ZCorrections>;

export function blockText(block: TBlock): string {
  return block.type === "list" ? block.items.join(" | ") : block.text;
}

/** Applies the block corrections of one scope to its sections (body, relevance, …). */
export function applyBlockCorrections(
  sections: TBlock[][],
  corrections: readonly TBlockCorrection[],
): TBlock[][] {
  const result = sections.map((blocks) => [...blocks]);
  for (const correction of corrections) {
    const where = result.findIndex((blocks) => blocks.some((b) => b.id === correction.block));
    if (where < 0) throw new Error(`Correction ${correction.scope}/${correction.block}: no such block`);
    const blocks = result[where]!;
    const index = blocks.findIndex((b) => b.id === correction.block);
    const block = blocks[index]!;
    if (!blockText(block).startsWith(correction.expect)) {
      throw new Error(
        `Correction ${correction.scope}/${correction.block}: expected text starting with "${correction.expect}", found "${blockText(block).slice(0, 80)}"`,
      );
    }
    if (correction.action === "remove") {
      blocks.splice(index, 1);
    } else if (correction.action === "replace") {
      const replacement = correction.blocks.map((nb, n) => newBlock(nb, n === 0 ? block.id : `${block.id}-${n + 1}`));
      blocks.splice(index, 1, ...replacement);
    } else {
      const next: TBlock = { ...block };
      if (correction.needsReview === true) next.needsReview = true;
      if (correction.needsReview === false) delete next.needsReview;
      if (next.type === "heading") {
        if (correction.level !== undefined) next.level = correction.level;
        if (correction.box === true) next.box = true;
        if (correction.box === false) delete next.box;
      } else if (correction.level !== undefined || correction.box !== undefined) {
        throw new Error(`Correction ${correction.scope}/${correction.block}: level/box only apply to headings`);
      }
      blocks[index] = next;
    }
  }
  return result;
}

function newBlock(nb: TNewBlock, id: string): TBlock {
  const review = nb.needsReview ? { needsReview: true as const } : {};
  switch (nb.type) {
    case "heading":
      return { id, type: "heading", level: nb.level, text: nb.text, ...(nb.box ? { box: true as const } : {}), ...review };
    case "paragraph":
      return { id, type: "paragraph", text: nb.text, ...review };
    case "list":
      return { id, type: "list", items: nb.items, ...review };
  }
}

export function applyFigureCorrections(figures: readonly TFigure[], corrections: readonly TFigureCorrection[]): TFigure[] {
  const result = [...figures];
  for (const correction of corrections) {
    const index = result.findIndex((f) => f.id === correction.figure);
    if (index < 0) throw new Error(`Correction ${correction.scope}/${correction.figure}: no such figure`);
    const figure = result[index]!;
    if (!figure.caption.startsWith(correction.expect)) {
      throw new Error(`Correction ${correction.scope}/${correction.figure}: expected caption starting with "${correction.expect}", found "${figure.caption.slice(0, 80)}"`);
    }
    result[index] = {
      ...figure,
      ...(correction.number !== undefined ? { number: correction.number } : {}),
      ...(correction.caption !== undefined ? { caption: correction.caption } : {}),
      ...(correction.source !== undefined ? { source: correction.source } : {}),
      ...(correction.afterBlockId !== undefined ? { afterBlockId: correction.afterBlockId } : {}),
    };
  }
  return result;
}
