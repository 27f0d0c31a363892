import { GEMEENTEN } from "../gemeenten";
import type { TMention } from "../schema";

/**
 * Gemeenten named in a text: whole words, case-sensitive ("kampen" is also a verb;
 * "Zwolse" is not "Zwolle"). Most named first, then alphabetical.
 */
export function countMentions(text: string): TMention[] {
  const mentions: TMention[] = [];
  for (const gemeente of GEMEENTEN) {
    const name = gemeente.name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}-])${name}(?![\\p{L}\\p{N}]|-\\p{L})`, "gu");
    const count = text.match(pattern)?.length ?? 0;
    if (count > 0) mentions.push({ gemeente: gemeente.slug, count });
  }
  return mentions.sort((a, b) => b.count - a.count || a.gemeente.localeCompare(b.gemeente, "nl"));
}
