// What sets one gemeente's section apart from the other gemeenten' sections of the same lemma:
// tf-idf over the current public sections of that lemma, computed in PostgreSQL.
//
// Why PostgreSQL and not a stop-word list in JavaScript: its Dutch snowball dictionary
// (`dutch_stem`, the one `to_tsvector('dutch', …)` and our search use) both drops Dutch stop
// words and stems, so "woning", "woningen" and "woningbouw's" count as one term; a plain word
// list would score every inflection separately. `ts_parse` splits the text exactly as the
// search index does, `ts_lexize` gives the stem (an empty array for a stop word). A term is
// shown as the word form the gemeente itself used most. Score = tf / section length ×
// ln((N + 1) / (df + 1)): a term that every section uses scores 0 and is never shown.
//
// Published sections never change (the publications migration refuses updates), so the
// result for one set of publications is cached in memory.
import type { PrismaClient } from "@trendweb/db/node";

export const TERMS_PER_GEMEENTE = 6;
const CACHE_LIMIT = 200;
const cache = new Map<string, Map<string, string[]>>();

interface TTermRow {
  gemeente: string;
  term: string;
}

/** Distinguishing terms by gemeente slug, best first, for the lemma's current public sections. */
export async function distinguishingTerms(
  db: PrismaClient,
  lemmaSlug: string,
  sections: readonly { publicationId: string }[],
): Promise<Map<string, string[]>> {
  const key = `${lemmaSlug}:${sections.map((section) => section.publicationId).sort().join(",")}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const ids = sections.map((section) => section.publicationId);
  const rows = ids.length < 2 ? [] : await db.$queryRaw<TTermRow[]>`
    WITH docs AS (
      SELECT g.slug AS gemeente, s."plainText" AS body
      FROM "PublicationSection" s
      JOIN "Publication" p ON p.id = s."publicationId"
      JOIN "Gemeente" g ON g.id = p."gemeenteId"
      WHERE s."publicationId" = ANY(${ids}::text[]) AND s."lemmaSlug" = ${lemmaSlug}
    ),
    words AS (
      SELECT d.gemeente, lower(t.token) AS word
      FROM docs d
      CROSS JOIN LATERAL ts_parse('default', d.body) t
      JOIN ts_token_type('default') tt ON tt.tokid = t.tokid
      WHERE tt.alias IN ('asciiword', 'word', 'hword_asciipart', 'hword_part') AND char_length(t.token) >= 3
    ),
    stems AS (
      SELECT gemeente, word, (ts_lexize('dutch_stem', word))[1] AS stem FROM words
    ),
    counts AS (
      SELECT gemeente, stem, count(*) AS tf, mode() WITHIN GROUP (ORDER BY word) AS shown
      FROM stems WHERE stem IS NOT NULL
      GROUP BY gemeente, stem
    ),
    lengths AS (SELECT gemeente, sum(tf) AS len FROM counts GROUP BY gemeente),
    df AS (SELECT stem, count(*) AS df FROM counts GROUP BY stem),
    n AS (SELECT count(*) AS n FROM docs),
    scored AS (
      SELECT c.gemeente, c.shown, c.tf::float8 / l.len * ln((n.n + 1)::float8 / (df.df + 1)) AS score
      FROM counts c JOIN lengths l USING (gemeente) JOIN df USING (stem) CROSS JOIN n
    ),
    ranked AS (
      SELECT gemeente, shown, row_number() OVER (PARTITION BY gemeente ORDER BY score DESC, char_length(shown) DESC, shown) AS rank
      FROM scored WHERE score > 0
    )
    SELECT gemeente, shown AS term FROM ranked WHERE rank <= ${TERMS_PER_GEMEENTE} ORDER BY gemeente, rank`;
  const terms = new Map<string, string[]>();
  for (const row of rows) terms.set(row.gemeente, [...(terms.get(row.gemeente) ?? []), row.term]);
  if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value!);
  cache.set(key, terms);
  return terms;
}
