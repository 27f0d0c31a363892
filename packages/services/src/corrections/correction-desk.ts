// What the redactie sees when correcting a lemma: the current (corrected) text of every
// core block and its version number.
import type { TLemma } from "@trendweb/content";
import { assertCanGlobally } from "../access/assert-role.ts";
import type { ServiceContext } from "../service-context.ts";
import { correctedBlockTexts, getCorrectedLemma, requireLemma } from "./core-text.ts";

export interface TCorrectionDesk {
  lemma: TLemma;
  /** Block id → number of corrections so far (absent: the pristine import). */
  versions: Record<string, number>;
}

export async function getCorrectionDesk({ db, viewer }: ServiceContext, lemmaSlug: string): Promise<TCorrectionDesk> {
  assertCanGlobally(viewer, "core.correct");
  requireLemma(lemmaSlug);
  const [lemma, corrected] = await Promise.all([getCorrectedLemma(db, lemmaSlug), correctedBlockTexts(db, lemmaSlug)]);
  return { lemma, versions: Object.fromEntries([...corrected].map(([blockId, current]) => [blockId, current.version])) };
}
