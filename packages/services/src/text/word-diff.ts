// Word-level differences between two texts, in a shape that can be stored as JSON (the
// outdated flag keeps one) and rendered by the web app's WordDiff component.
import { diffWords } from "diff";

export interface TWordDiffPart {
  value: string;
  added?: true;
  removed?: true;
}

export function wordDiff(before: string, after: string): TWordDiffPart[] {
  return diffWords(before, after).map((part) => ({
    value: part.value,
    ...(part.added ? { added: true as const } : {}),
    ...(part.removed ? { removed: true as const } : {}),
  }));
}

/** True when the parts describe any change at all. */
export function hasChanges(parts: readonly TWordDiffPart[]): boolean {
  return parts.some((part) => part.added || part.removed);
}
