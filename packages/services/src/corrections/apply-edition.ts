// "The same machinery carries a future edition": given a new edition's blocks of a lemma,
// every gemeente's annotations are re-anchored on the new text (reanchorBlock, as for a
// correction), annotations on blocks the edition dropped become orphans, and every local
// section of the lemma is flagged outdated with a word diff per changed block. Blocks are
// matched by their stable id. A loading step, not a user action: the caller (an import
// script) is trusted. The edition's content itself is published as a new package JSON.
import { blockPlainText, type TBlock } from "@trendweb/content";
import type { PrismaClient } from "@trendweb/db/node";
import { announceAnnotationChange } from "../annotations/annotation-events.ts";
import { wordDiff } from "../text/word-diff.ts";
import { coreBlocks, correctedBlockTexts, requireLemma } from "./core-text.ts";
import { flagOutdatedSections, type TOutdatedChange } from "./flag-outdated-sections.ts";
import { reanchorBlock } from "./re-anchor-block.ts";

export interface TEditionOutcome {
  changedBlocks: number;
  removedBlocks: number;
  anchored: number;
  orphaned: number;
  flaggedSections: number;
}

export async function applyLemmaEdition(db: PrismaClient, lemmaSlug: string, edition: { label: string; blocks: readonly TBlock[] }): Promise<TEditionOutcome> {
  const lemma = requireLemma(lemmaSlug);
  const newTexts = new Map(edition.blocks.map((block) => [block.id, blockPlainText(block)]));
  return db.$transaction(async (tx) => {
    const corrected = await correctedBlockTexts(tx, lemmaSlug);
    const at = new Date();
    const outcome: TEditionOutcome = { changedBlocks: 0, removedBlocks: 0, anchored: 0, orphaned: 0, flaggedSections: 0 };
    const changes: TOutdatedChange[] = [];
    for (const block of coreBlocks(lemma)) {
      const oldText = corrected.get(block.id)?.text ?? blockPlainText(block);
      const newText = newTexts.get(block.id);
      if (newText === oldText) continue;
      if (newText === undefined) {
        outcome.removedBlocks += 1;
        const { count } = await tx.annotation.updateMany({ where: { lemmaSlug, blockId: block.id }, data: { anchorStatus: "ORPHAN", anchorConfidence: 0 } });
        outcome.orphaned += count;
        changes.push({ correctionId: `editie:${edition.label}`, blockId: block.id, at: at.toISOString(), parts: wordDiff(oldText, "") });
        continue;
      }
      outcome.changedBlocks += 1;
      const reanchored = await reanchorBlock(tx, lemmaSlug, block.id, newText);
      outcome.anchored += reanchored.anchored;
      outcome.orphaned += reanchored.orphaned;
      changes.push({ correctionId: `editie:${edition.label}`, blockId: block.id, at: at.toISOString(), parts: wordDiff(oldText, newText) });
    }
    outcome.flaggedSections = await flagOutdatedSections(tx, lemmaSlug, changes, at);
    if (changes.length > 0) await announceAnnotationChange(tx, null, lemmaSlug);
    return outcome;
  });
}
