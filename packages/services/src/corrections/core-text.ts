// The current core text of a lemma: the package's pristine import with the newest
// editorial correction of each block applied. Blocks are addressed by their stable id.
import { blockPlainText, getLemma, trendweb, type TBlock, type TLemma } from "@trendweb/content";
import type { Prisma, PrismaClient } from "@trendweb/db/node";
import { AppError } from "../app-error.ts";

type Reader = Pick<PrismaClient, "coreBlockCorrection"> | Prisma.TransactionClient;

export interface TCurrentBlockText {
  text: string;
  /** 0 = the pristine import; N = the N-th correction. */
  version: number;
}

export function requireLemma(lemmaSlug: string): TLemma {
  const lemma = getLemma(lemmaSlug);
  if (!lemma) throw new AppError("NOT_FOUND", "Deze trend bestaat niet. Kies een trend uit het web of de lijst.");
  return lemma;
}

/** Body and relevance blocks: the core text that can be annotated and corrected. */
export function coreBlocks(lemma: TLemma): TBlock[] {
  return [...lemma.blocks, ...lemma.relevance.blocks];
}

export function requireBlock(lemma: TLemma, blockId: string): TBlock {
  const block = coreBlocks(lemma).find((candidate) => candidate.id === blockId);
  if (!block) throw new AppError("NOT_FOUND", "Dit tekstblok bestaat niet (meer) in deze trend. Laad de pagina opnieuw.");
  return block;
}

/** The newest text of every block of the lemma that has been corrected (others: pristine). */
export async function correctedBlockTexts(db: Reader, lemmaSlug: string): Promise<Map<string, TCurrentBlockText>> {
  const rows = await db.coreBlockCorrection.findMany({
    where: { lemmaSlug },
    orderBy: [{ blockId: "asc" }, { version: "desc" }],
    distinct: ["blockId"],
    select: { blockId: true, text: true, version: true },
  });
  return new Map(rows.map((row) => [row.blockId, { text: row.text, version: row.version }]));
}

export async function currentBlockText(db: Reader, lemma: TLemma, blockId: string): Promise<TCurrentBlockText> {
  const block = requireBlock(lemma, blockId);
  const newest = await db.coreBlockCorrection.findFirst({ where: { lemmaSlug: lemma.slug, blockId }, orderBy: { version: "desc" }, select: { text: true, version: true } });
  return newest ?? { text: blockPlainText(block), version: 0 };
}

/** A block with a corrected plain text (list items are separated by newlines). */
export function withText(block: TBlock, text: string): TBlock {
  return block.type === "list" ? { ...block, items: text.split("\n") } : { ...block, text };
}

function applyCorrections(lemma: TLemma, corrected: ReadonlyMap<string, { text: string }>): TLemma {
  if (corrected.size === 0) return lemma;
  const apply = (blocks: TBlock[]) => blocks.map((block) => (corrected.has(block.id) ? withText(block, corrected.get(block.id)!.text) : block));
  return { ...lemma, blocks: apply(lemma.blocks), relevance: { ...lemma.relevance, blocks: apply(lemma.relevance.blocks) } };
}

/** The lemma as readers should see it now: every corrected block replaced. Public data. */
export async function getCorrectedLemma(db: Reader, lemmaSlug: string): Promise<TLemma> {
  return applyCorrections(requireLemma(lemmaSlug), await correctedBlockTexts(db, lemmaSlug));
}

/** All twenty lemmas as readers should see them now, in one query. */
export async function correctedLemmas(db: Reader): Promise<TLemma[]> {
  const rows = await db.coreBlockCorrection.findMany({
    orderBy: [{ lemmaSlug: "asc" }, { blockId: "asc" }, { version: "desc" }],
    distinct: ["lemmaSlug", "blockId"],
    select: { lemmaSlug: true, blockId: true, text: true },
  });
  return trendweb.lemmas.map((lemma) => applyCorrections(lemma, new Map(rows.filter((row) => row.lemmaSlug === lemma.slug).map((row) => [row.blockId, row]))));
}
