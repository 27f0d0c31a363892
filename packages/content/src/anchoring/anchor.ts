// Finds a described passage again in a block's (possibly changed) text. In order:
// 1. position — the text at the stored offsets is still the quote;
// 2. quote    — exact occurrences of the quote, the best one chosen by its context
//               (prefix, suffix) and closeness to the old position;
// 3. fuzzy    — approximate occurrences (Myers' bit-parallel algorithm, approx-string-match)
//               scored the same way, with the quote's own similarity weighing most.
// A candidate whose confidence is below ANCHOR_THRESHOLD is not used: the annotation becomes
// an orphan for someone to review. It is never silently attached to another passage — this
// is why a lone exact occurrence with unrelated context on both sides is refused as well.
import search from "approx-string-match";
import type { TTextSelectors } from "./selectors";

export type TAnchorMethod = "position" | "quote" | "fuzzy";
export type TAnchorResult =
  | { orphan?: undefined; start: number; end: number; confidence: number; method: TAnchorMethod }
  | { orphan: true };

/** Below this confidence (0–1) a candidate is not trusted. */
export const ANCHOR_THRESHOLD = 0.75;
/** The quote itself must be at least this similar for a fuzzy match. */
const MIN_QUOTE_SIMILARITY = 0.75;

const WEIGHTS = { quote: 50, prefix: 20, suffix: 20, position: 2 };
const CONTENT_WEIGHT = WEIGHTS.quote + WEIGHTS.prefix + WEIGHTS.suffix;

export interface TAnchorOptions {
  threshold?: number;
}

export function anchor(selectors: TTextSelectors, blockText: string, options: TAnchorOptions = {}): TAnchorResult {
  const threshold = options.threshold ?? ANCHOR_THRESHOLD;
  const { exact, prefix, suffix } = selectors.quote;
  const oldStart = selectors.position.start;

  // 1. Position.
  if (blockText.slice(oldStart, selectors.position.end) === exact && selectors.position.end - oldStart === exact.length) {
    return { start: oldStart, end: selectors.position.end, confidence: 1, method: "position" };
  }

  // Confidence comes from the quote and its context; closeness to the old position only
  // breaks ties between otherwise equal candidates.
  const score = (start: number, end: number, quoteSimilarity: number) => {
    const prefixSimilarity = similarity(prefix, blockText.slice(Math.max(0, start - prefix.length), start));
    const suffixSimilarity = similarity(suffix, blockText.slice(end, end + suffix.length));
    const closeness = 1 - Math.min(1, Math.abs(start - oldStart) / Math.max(blockText.length, 1));
    const confidence = (WEIGHTS.quote * quoteSimilarity + WEIGHTS.prefix * prefixSimilarity + WEIGHTS.suffix * suffixSimilarity) / CONTENT_WEIGHT;
    return { confidence, rank: confidence + (WEIGHTS.position * closeness) / CONTENT_WEIGHT };
  };

  // 2. Exact quote.
  let best: { start: number; end: number; confidence: number; rank: number } | null = null;
  for (let at = blockText.indexOf(exact); at !== -1; at = blockText.indexOf(exact, at + 1)) {
    const candidate = { start: at, end: at + exact.length, ...score(at, at + exact.length, 1) };
    if (!best || candidate.rank > best.rank) best = candidate;
  }
  if (best && best.confidence >= threshold) return { start: best.start, end: best.end, confidence: best.confidence, method: "quote" };

  // 3. Fuzzy (also when exact occurrences exist but none sits in the right context: the
  // passage itself may have been edited while a copy of the old wording lives elsewhere).
  best = null;
  const maxErrors = Math.floor(exact.length * (1 - MIN_QUOTE_SIMILARITY));
  if (maxErrors === 0) return { orphan: true };
  // approx-string-match returns only the lowest-cost matches, so an unedited copy elsewhere
  // would hide the edited passage: search the neighbourhood of the old position as well.
  const windowStart = Math.max(0, oldStart - exact.length);
  const neighbourhood = search(blockText.slice(windowStart, oldStart + 2 * exact.length + maxErrors), exact, maxErrors).map((match) => ({
    ...match,
    start: match.start + windowStart,
    end: match.end + windowStart,
  }));
  for (const match of [...neighbourhood, ...search(blockText, exact, maxErrors)]) {
    const quoteSimilarity = 1 - match.errors / exact.length;
    const { confidence, rank } = score(match.start, match.end, quoteSimilarity);
    // Never 1: an approximate match is always less certain than an exact one.
    const candidate = { start: match.start, end: match.end, confidence: Math.min(confidence, 0.99), rank };
    if (!best || candidate.rank > best.rank) best = candidate;
  }
  return best && best.confidence >= threshold ? { start: best.start, end: best.end, confidence: best.confidence, method: "fuzzy" } : { orphan: true };
}

/**
 * 1 − normalised Levenshtein distance between the expected context and the text found
 * there. An empty expected context (the passage was at the block's edge) constrains nothing.
 */
function similarity(expected: string, actual: string): number {
  if (expected.length === 0) return 1;
  return 1 - levenshtein(expected, actual) / Math.max(expected.length, actual.length);
}

function levenshtein(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}
