// What a gemeente's local sections hold right now, read for publishing: the committed text
// (compacted state + the tail of updates, so the last acknowledged edit is included even
// before the collab server refreshed its renderings), status, rating, outdated flag, the
// core version and the OPENBAAR annotations.
import { trendweb, type TLemma } from "@trendweb/content";
import { ZTextSelectors } from "@trendweb/content/anchoring";
import { renderProseMirrorJson, type TProseMirrorNode } from "@trendweb/content/section-rendering";
import type { AnnotationType, LocalSectionStatus, Prisma, PrismaClient, RelevanceRating } from "@trendweb/db/node";
import * as Y from "yjs";

type Reader = PrismaClient | Prisma.TransactionClient;

export interface TSectionState {
  lemma: TLemma;
  status: LocalSectionStatus;
  rating: RelevanceRating | null;
  outdatedSince: Date | null;
}

/** Status, rating and outdated flag of all 20 lemmas, in the core's order (A–T). */
export async function sectionStates(db: Reader, gemeenteId: string): Promise<TSectionState[]> {
  const rows = await db.localSection.findMany({ where: { gemeenteId }, select: { lemmaSlug: true, status: true, rating: true, outdatedSince: true } });
  const bySlug = new Map(rows.map((row) => [row.lemmaSlug, row]));
  return trendweb.lemmas.map((lemma) => {
    const row = bySlug.get(lemma.slug);
    return { lemma, status: row?.status ?? "NIET_GESTART", rating: row?.rating ?? null, outdatedSince: row?.outdatedSince ?? null };
  });
}

/** The committed ProseMirror JSON of a section; an empty document when nobody wrote yet. */
export async function committedSectionJson(db: Reader, gemeenteId: string, lemmaSlug: string): Promise<TProseMirrorNode> {
  const document = await db.collabDocument.findUnique({ where: { gemeenteId_lemmaSlug: { gemeenteId, lemmaSlug } }, select: { name: true, state: true } });
  if (!document) return { type: "doc", content: [] };
  const tail = await db.collabUpdate.findMany({ where: { documentName: document.name }, orderBy: { id: "asc" }, select: { update: true } });
  const doc = new Y.Doc();
  try {
    Y.applyUpdate(doc, document.state);
    for (const entry of tail) Y.applyUpdate(doc, entry.update);
    return renderProseMirrorJson(doc);
  } finally {
    doc.destroy();
  }
}

/**
 * Core text versions of a lemma: the number of editorial corrections of its blocks in force
 * now, and the number in force when a verouderd section was last up to date.
 */
export async function coreVersions(db: Reader, lemmaSlug: string, outdatedSince: Date | null): Promise<{ current: number; writtenAgainst: number }> {
  const current = await db.coreBlockCorrection.count({ where: { lemmaSlug } });
  if (!outdatedSince) return { current, writtenAgainst: current };
  const writtenAgainst = await db.coreBlockCorrection.count({ where: { lemmaSlug, createdAt: { lt: outdatedSince } } });
  return { current, writtenAgainst };
}

export interface TPublishedAnnotation {
  blockId: string;
  type: AnnotationType;
  /** The annotated passage of the core text. */
  quote: string;
  /** Plain text; always rendered as text. */
  body: string;
  createdAt: string;
}

/** The gemeente's OPENBAAR annotations on the lemma, with their quotes, oldest first. */
export async function publicAnnotations(db: Reader, gemeenteId: string, lemmaSlug: string): Promise<TPublishedAnnotation[]> {
  const rows = await db.annotation.findMany({
    where: { gemeenteId, lemmaSlug, visibility: "OPENBAAR" },
    orderBy: { createdAt: "asc" },
    select: { blockId: true, type: true, selectors: true, body: true, createdAt: true },
  });
  return rows.map((row) => {
    const selectors = ZTextSelectors.safeParse(row.selectors);
    return {
      blockId: row.blockId,
      type: row.type,
      quote: selectors.success ? selectors.data.quote.exact : "",
      body: row.body,
      createdAt: row.createdAt.toISOString(),
    };
  });
}
