// An editorial correction of one block of a lemma's core text (redactie, admin): stored
// as the block's next version, every gemeente's annotations on the block re-anchored, and
// — unless the correction is minor — every local section of the lemma flagged outdated
// with a word diff of the change. One transaction; the package's JSON is never touched.
import { z } from "zod";
import { assertCanGlobally } from "../access/assert-role.ts";
import { AppError } from "../app-error.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { parseInput } from "../parse-input.ts";
import type { ServiceContext } from "../service-context.ts";
import { currentBlockText, requireBlock, requireLemma } from "./core-text.ts";
import { reanchorBlock, type TReanchorOutcome } from "./re-anchor-block.ts";
import { reindexCoreLemma } from "../search/core-search-index.ts";
import { wordDiff } from "../text/word-diff.ts";
import { announceAnnotationChange } from "../annotations/annotation-events.ts";
import { flagOutdatedSections, type TOutdatedChange } from "./flag-outdated-sections.ts";

export type { TOutdatedChange } from "./flag-outdated-sections.ts";

export const ZCorrection = z.strictObject({
  text: z.string(),
  reason: z.string().trim().min(3, "Geef kort de reden van de correctie.").max(500, "Houd de reden kort (hoogstens 500 tekens)."),
  minor: z.boolean().default(false),
});
export type TCorrectionInput = z.input<typeof ZCorrection>;

export interface TCorrectionOutcome extends TReanchorOutcome {
  correctionId: string;
  version: number;
  /** Local sections newly or again flagged outdated. */
  flaggedSections: number;
}

/** Trimmed, single-spaced lines; only lists have more than one line (one per item). */
function normaliseText(text: string, isList: boolean): string {
  const lines = text.split(/\r?\n/).map((line) => line.replace(/\s+/g, " ").trim());
  const kept = isList ? lines.filter((line) => line !== "") : [lines.join(" ").trim()];
  if (kept.length === 0 || kept.every((line) => line === "")) throw new AppError("INVALID_INPUT", "De gecorrigeerde tekst mag niet leeg zijn.");
  return kept.join("\n");
}

export async function correctCoreBlock({ db, viewer }: ServiceContext, lemmaSlug: string, blockId: string, input: TCorrectionInput): Promise<TCorrectionOutcome> {
  const author = assertCanGlobally(viewer, "core.correct");
  const lemma = requireLemma(lemmaSlug);
  const block = requireBlock(lemma, blockId);
  const wanted = parseInput(ZCorrection, input);
  const text = normaliseText(wanted.text, block.type === "list");

  return db.$transaction(async (tx) => {
    const current = await currentBlockText(tx, lemma, blockId);
    if (current.text === text) throw new AppError("INVALID_INPUT", "De tekst is niet gewijzigd; er is niets te corrigeren.");
    const version = current.version + 1;
    const correction = await tx.coreBlockCorrection
      .create({
        data: { lemmaSlug, blockId, version, text, previousText: current.text, reason: wanted.reason, minor: wanted.minor, authorId: author.userId },
        select: { id: true, createdAt: true },
      })
      .catch((error: unknown) => {
        if ((error as { code?: string }).code === "P2002") {
          throw new AppError("CONFLICT", "Iemand anders heeft dit blok zojuist gecorrigeerd. Laad de pagina opnieuw en bekijk de nieuwe tekst.");
        }
        throw error;
      });

    const reanchored = await reanchorBlock(tx, lemmaSlug, blockId, text);

    const change: TOutdatedChange = { correctionId: correction.id, blockId, at: correction.createdAt.toISOString(), parts: wordDiff(current.text, text) };
    const flaggedSections = wanted.minor ? 0 : await flagOutdatedSections(tx, lemmaSlug, [change], correction.createdAt);
    await reindexCoreLemma(tx, lemmaSlug);
    await announceAnnotationChange(tx, null, lemmaSlug);

    await recordAudit(tx, {
      action: "core.corrected",
      actorId: author.userId,
      subject: `${lemmaSlug}#${blockId}`,
      details: { version, minor: wanted.minor, reason: wanted.reason, ...reanchored, flaggedSections },
    });
    return { correctionId: correction.id, version, flaggedSections, ...reanchored };
  });
}
