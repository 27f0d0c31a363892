// Full-text index of the core Trendweb (lemmas, rode draden, introduction) for /zoeken.
// Idempotent: every run replaces the core rows in one transaction; rows of other kinds
// (published local sections, later issues) are left alone.
import { blockPlainText, lemmaPlainText, trendweb, type TBlock } from "@trendweb/content";
import type { PrismaClient, SearchDocumentKind } from "@trendweb/db/node";

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

/** The search documents of the core content: 20 lemmas, 3 threads, the introduction. */
export function coreSearchDocuments(): CoreSearchDocument[] {
  return [
    ...trendweb.lemmas.map((lemma) => ({
      id: `lemma:${lemma.letter.toLowerCase()}`,
      kind: "LEMMA" as const,
      path: `/lemma/${lemma.slug}`,
      title: lemma.title,
      letter: lemma.letter,
      // lemmaPlainText starts with the title, which is indexed with its own weight.
      body: lemmaPlainText(lemma).slice(lemma.title.length).trimStart(),
    })),
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
  const documents = coreSearchDocuments();
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
