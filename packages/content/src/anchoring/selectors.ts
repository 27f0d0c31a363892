// W3C Web Annotation selectors over the canonical plain text of one core block
// (`blockPlainText`): a TextQuoteSelector (the passage with some context either side) and
// a TextPositionSelector (character offsets). https://www.w3.org/TR/annotation-model/#selectors
import { z } from "zod";

/** Characters of context kept before and after the quote. */
export const CONTEXT_LENGTH = 32;

export const ZTextQuoteSelector = z.strictObject({
  type: z.literal("TextQuoteSelector"),
  exact: z.string().min(1),
  prefix: z.string(),
  suffix: z.string(),
});
export type TTextQuoteSelector = z.infer<typeof ZTextQuoteSelector>;

export const ZTextPositionSelector = z
  .strictObject({
    type: z.literal("TextPositionSelector"),
    start: z.number().int().nonnegative(),
    end: z.number().int().positive(),
  })
  .refine((selector) => selector.end > selector.start, "end must be after start");
export type TTextPositionSelector = z.infer<typeof ZTextPositionSelector>;

/** Both selectors of one passage inside one block. */
export const ZTextSelectors = z.strictObject({
  quote: ZTextQuoteSelector,
  position: ZTextPositionSelector,
});
export type TTextSelectors = z.infer<typeof ZTextSelectors>;

/**
 * Describes the passage `blockText.slice(start, end)`. Throws a RangeError for an empty
 * or out-of-range passage (a caller bug, or input that should have been validated).
 */
export function describe(blockText: string, start: number, end: number): TTextSelectors {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > blockText.length || end <= start) {
    throw new RangeError(`passage ${start}–${end} is not inside a text of ${blockText.length} characters`);
  }
  return {
    quote: {
      type: "TextQuoteSelector",
      exact: blockText.slice(start, end),
      prefix: blockText.slice(Math.max(0, start - CONTEXT_LENGTH), start),
      suffix: blockText.slice(end, end + CONTEXT_LENGTH),
    },
    position: { type: "TextPositionSelector", start, end },
  };
}
