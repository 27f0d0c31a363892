import "server-only";
import { getLemma, type TLemma } from "@trendweb/content";
import { db } from "@trendweb/db";
import { correctedBlockTexts, getCorrectedLemma } from "@trendweb/services";
import { isBuildPhase } from "@/env";

export interface TReaderLemma {
  lemma: TLemma;
  /** Ids of blocks the redactie corrected (they link to their history). */
  correctedBlockIds: string[];
}

/**
 * The lemma as readers see it: with the redactie's corrections. At build time there is no
 * database and the pristine text is prerendered; the page is regenerated at run time (on a
 * correction, and periodically), so a build made before a correction catches up by itself.
 */
export async function readerLemma(slug: string): Promise<TReaderLemma | null> {
  const pristine = getLemma(slug);
  if (!pristine) return null;
  if (isBuildPhase()) return { lemma: pristine, correctedBlockIds: [] };
  const [lemma, corrected] = await Promise.all([getCorrectedLemma(db, slug), correctedBlockTexts(db, slug)]);
  return { lemma, correctedBlockIds: [...corrected.keys()] };
}
