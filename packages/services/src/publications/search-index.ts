// Published local sections in the search index (/zoeken): per gemeente and lemma, the text of
// the newest OPENBAAR publication that is not withdrawn. Council-only and withdrawn versions
// are never indexed (the index is public). Runs in the publishing / withdrawing transaction.
import type { Prisma } from "@trendweb/db/node";

export function publishedSectionDocumentId(gemeenteSlug: string, lemmaSlug: string): string {
  return `published:${gemeenteSlug}:${lemmaSlug}`;
}

export async function reindexPublishedSections(tx: Prisma.TransactionClient, gemeente: { id: string; slug: string; name: string }, lemmaSlugs: readonly string[]): Promise<void> {
  const ids: string[] = [];
  for (const lemmaSlug of lemmaSlugs) {
    const id = publishedSectionDocumentId(gemeente.slug, lemmaSlug);
    const newest = await tx.publicationSection.findFirst({
      where: { lemmaSlug, publication: { gemeenteId: gemeente.id, visibility: "OPENBAAR", withdrawnAt: null } },
      orderBy: { publication: { version: "desc" } },
      select: { lemmaLetter: true, coreTitle: true, plainText: true, publication: { select: { version: true } } },
    });
    if (!newest || newest.plainText.trim() === "") {
      await tx.searchDocument.deleteMany({ where: { id } });
      continue;
    }
    const document = {
      kind: "LOCAL_SECTION" as const,
      path: `/g/${gemeente.slug}/publicaties/${newest.publication.version}#trend-${lemmaSlug}`,
      title: `${newest.coreTitle} – ${gemeente.name}`,
      letter: newest.lemmaLetter,
      body: newest.plainText,
      gemeenteId: gemeente.id,
    };
    await tx.searchDocument.upsert({ where: { id }, create: { id, ...document }, update: document });
    ids.push(id);
  }
  if (ids.length === 0) return;
  // Prisma cannot write tsvector columns; weights as for the core content (title A, body B).
  await tx.$executeRaw`
    UPDATE "SearchDocument"
    SET tsv = setweight(to_tsvector('dutch', title), 'A') || setweight(to_tsvector('dutch', body), 'B')
    WHERE id = ANY(${ids})`;
}
