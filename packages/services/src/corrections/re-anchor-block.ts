// Re-anchoring every gemeente's annotations on one block after its text changed (an
// editorial correction now, a new edition later). Found again: the selectors are rebuilt
// over the new text and the confidence is kept at its lowest so far (an approximate move
// stays visible). Not found with enough confidence: the annotation becomes an orphan with
// its old selectors intact, for review. Runs inside the caller's transaction.
import { anchor, describe, ZTextSelectors } from "@trendweb/content/anchoring";
import type { Prisma } from "@trendweb/db/node";

export interface TReanchorOutcome {
  anchored: number;
  orphaned: number;
}

export async function reanchorBlock(tx: Prisma.TransactionClient, lemmaSlug: string, blockId: string, newText: string): Promise<TReanchorOutcome> {
  const annotations = await tx.annotation.findMany({
    where: { lemmaSlug, blockId },
    select: { id: true, selectors: true, anchorConfidence: true, anchorStatus: true },
  });
  const outcome: TReanchorOutcome = { anchored: 0, orphaned: 0 };
  for (const annotation of annotations) {
    const selectors = ZTextSelectors.parse(annotation.selectors);
    const found = anchor(selectors, newText);
    if (found.orphan) {
      outcome.orphaned += 1;
      await tx.annotation.update({ where: { id: annotation.id }, data: { anchorStatus: "ORPHAN", anchorConfidence: 0 } });
      continue;
    }
    outcome.anchored += 1;
    // An orphan found again (the text was put back) starts over from this match.
    const previous = annotation.anchorStatus === "ORPHAN" ? 1 : annotation.anchorConfidence;
    await tx.annotation.update({
      where: { id: annotation.id },
      data: { anchorStatus: "ANCHORED", anchorConfidence: Math.min(previous, found.confidence), selectors: describe(newText, found.start, found.end) },
    });
  }
  return outcome;
}
