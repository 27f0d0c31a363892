// Full-text index of the core Trendweb (lemmas, rode draden, introduction) for /zoeken, with
// the redactie's corrections applied (the seed rebuilds it on every start; a correction
// re-indexes its lemma). Rows of other kinds (published local sections) are left alone.
import { blockPlainText, lemmaPlainText, trendweb, type TBlock, type TLemma } from "@trendweb/content";
import type { Prisma, PrismaClient, SearchDocumentKind } from "@trendweb/db/node";
import { correctedLemmas, getCorrectedLemma } from "../corrections/core-text.ts";

const CORE_KINDS: SearchDocumentKind[] = ["LEMMA", "THREAD", "INTRO"];

export interface CoreSearchDocument {
  id: string;
  kind: SearchDocumentKind;
  path: string;
  title: string;
  letter: string | null;
  body: string;
}

const plain = (blocks: TBlock[]) => blocks.map(blockPlainText).join("\n\n");

function lemmaSearchDocument(lemma: TLemma): CoreSearchDocument {
  return {
    id: `lemma:${lemma.letter.toLowerCase()}`,
    kind: "LEMMA",
    path: `/lemma/${lemma.slug}`,
    title: lemma.title,
    letter: lemma.letter,
    // lemmaPlainText starts with the title, which is indexed with its own weight.
    body: lemmaPlainText(lemma).slice(lemma.title.length).trimStart(),
  };
}

/** The search documents of the core content: 20 lemmas (as given), 3 threads, the introduction. */
export function coreSearchDocuments(lemmas: readonly TLemma[] = trendweb.lemmas): CoreSearchDocument[] {
  return [
    ...lemmas.map(lemmaSearchDocument),
    ...trendweb.threads.map((thread) => ({
      id: `thread:${thread.slug}`,
      kind: "THREAD" as const,
      path: `/rode-draden/${thread.slug}`,
      title: thread.title,
      letter: null,
      body: plain(thread.blocks),
    })),
    {
      id: "intro",
      kind: "INTRO" as const,
      path: "/inleiding",
      title: "Inleiding",
      letter: null,
      body: [plain(trendweb.intro), plain(trendweb.threadsIntro)].join("\n\n"),
    },
  ];
}

/** Replaces the core rows of the search index; returns how many documents it indexed. */
export async function indexCoreContent(db: PrismaClient): Promise<number> {
  const documents = coreSearchDocuments(await correctedLemmas(db));
  await db.$transaction([
    db.searchDocument.deleteMany({ where: { kind: { in: CORE_KINDS } } }),
    db.searchDocument.createMany({ data: documents }),
    // Prisma cannot write tsvector columns; title weighs more than body in the ranking.
    db.$executeRaw`
      UPDATE "SearchDocument"
      SET tsv = setweight(to_tsvector('dutch', title), 'A') || setweight(to_tsvector('dutch', body), 'B')
      WHERE kind IN ('LEMMA', 'THREAD', 'INTRO')`,
  ]);
  return documents.length;
}

/** After a correction: the lemma's row with its current text, in the correcting transaction. */
export async function reindexCoreLemma(tx: Prisma.TransactionClient, lemmaSlug: string): Promise<void> {
  const { id, ...document } = lemmaSearchDocument(await getCorrectedLemma(tx, lemmaSlug));
  await tx.searchDocument.upsert({ where: { id }, create: { id, ...document }, update: document });
  await tx.$executeRaw`
    UPDATE "SearchDocument"
    SET tsv = setweight(to_tsvector('dutch', title), 'A') || setweight(to_tsvector('dutch', body), 'B')
    WHERE id = ${id}`;
}
