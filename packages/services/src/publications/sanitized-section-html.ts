// Read-time sanitizing of published sections, memoized: a published section never changes
// (database triggers refuse every UPDATE), so its sanitized HTML is computed once per section
// id and process. Bounded by total size so a long-running server keeps a fixed ceiling.
import { LRUCache } from "lru-cache";
import { sanitizePublishedHtml } from "./sanitize-html.ts";

/** About 16 MB of sanitized HTML (JavaScript strings: two bytes per character). */
const MAX_CHARACTERS = 8_000_000;

const sanitizedById = new LRUCache<string, string>({ maxSize: MAX_CHARACTERS, sizeCalculation: (html) => Math.max(1, html.length) });

/** `sanitizePublishedHtml(html)` of the published section `sectionId`, computed once. */
export function sanitizedSectionHtml(sectionId: string, html: string): string {
  let sanitized = sanitizedById.get(sectionId);
  if (sanitized === undefined) {
    sanitized = sanitizePublishedHtml(html);
    sanitizedById.set(sectionId, sanitized);
  }
  return sanitized;
}
