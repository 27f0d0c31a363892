import "server-only";
import { db } from "@trendweb/db";
import type { TPublicationVisibility } from "@trendweb/services";
import { publicationVisibility } from "@trendweb/services/publication-visibility";
import { LRUCache } from "lru-cache";

// A version's visibility never changes once published, so a found one is remembered for the
// life of the process (bounded); unknown versions are asked again, as they may be published.
const remembered = new LRUCache<string, TPublicationVisibility>({ max: 20_000 });

/** The visibility of a published version, from memory after the first request. */
export async function knownPublicationVisibility(gemeente: string, version: number): Promise<TPublicationVisibility | null> {
  const key = `${gemeente}\n${version}`;
  const hit = remembered.get(key);
  if (hit) return hit;
  const visibility = await publicationVisibility(db, gemeente, version);
  if (visibility) remembered.set(key, visibility);
  return visibility;
}
