// The history of one block of the core text: the pristine import and every correction.
// Public, like the core text itself (authors are shown by name only).
import { blockPlainText } from "@trendweb/content";
import type { PrismaClient } from "@trendweb/db/node";
import { requireBlock, requireLemma } from "./core-text.ts";

export interface TBlockVersion {
  version: number;
  text: string;
  /** null for version 0, the pristine import. */
  correction: { reason: string; minor: boolean; author: string; at: Date } | null;
}

/** Newest first. */
export async function getBlockHistory(db: PrismaClient, lemmaSlug: string, blockId: string): Promise<TBlockVersion[]> {
  const block = requireBlock(requireLemma(lemmaSlug), blockId);
  const rows = await db.coreBlockCorrection.findMany({
    where: { lemmaSlug, blockId },
    orderBy: { version: "desc" },
    select: { version: true, text: true, reason: true, minor: true, createdAt: true, author: { select: { name: true } } },
  });
  return [
    ...rows.map((row) => ({
      version: row.version,
      text: row.text,
      correction: { reason: row.reason, minor: row.minor, author: row.author?.name ?? "Redactie Trendbureau Overijssel", at: row.createdAt },
    })),
    { version: 0, text: blockPlainText(block), correction: null },
  ];
}
