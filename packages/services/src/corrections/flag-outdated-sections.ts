// Marks every gemeente's local section of a lemma "verouderd" after its core text changed,
// appending the word diff of each change to the ones not yet reviewed.
import type { Prisma } from "@trendweb/db/node";
import type { TWordDiffPart } from "../text/word-diff.ts";

/** One entry of `LocalSection.outdatedDiff`. */
export interface TOutdatedChange {
  /** The correction's id, or `editie:<label>` for a new edition. */
  correctionId: string;
  blockId: string;
  at: string;
  parts: TWordDiffPart[];
}

/** Returns the number of sections flagged (newly or again). Runs inside the caller's transaction. */
export async function flagOutdatedSections(tx: Prisma.TransactionClient, lemmaSlug: string, changes: TOutdatedChange[], at: Date): Promise<number> {
  if (changes.length === 0) return 0;
  const sections = await tx.localSection.findMany({ where: { lemmaSlug }, select: { id: true, outdatedSince: true, outdatedDiff: true } });
  for (const section of sections) {
    const earlier = section.outdatedSince && Array.isArray(section.outdatedDiff) ? (section.outdatedDiff as unknown as TOutdatedChange[]) : [];
    await tx.localSection.update({
      where: { id: section.id },
      data: { outdatedSince: section.outdatedSince ?? at, outdatedDiff: [...earlier, ...changes] as never },
    });
  }
  return sections.length;
}
