// Full-text search over the search index (core content; published local sections later).
// Only public content is ever written to the index, so every row is visible to everyone.
import { db, type PrismaClient, type SearchDocumentKind } from "@trendweb/db";
import { z } from "zod";
import { HIGHLIGHT_START, HIGHLIGHT_STOP, highlightSegments, type THighlightSegment } from "../lib/search/highlight-segments";

/** The query as typed: trimmed, at most 200 characters (longer input is cut, not refused). */
export const ZSearchQuery = z
  .string()
  .optional()
  .transform((value) => (value ?? "").trim().slice(0, 200));

export interface TSearchResult {
  id: string;
  kind: SearchDocumentKind;
  path: string;
  letter: string | null;
  title: THighlightSegment[];
  snippet: THighlightSegment[];
  rank: number;
}

const MAX_RESULTS = 30;
const SNIPPET_OPTIONS = `StartSel=${HIGHLIGHT_START}, StopSel=${HIGHLIGHT_STOP}, MaxFragments=2, MaxWords=28, MinWords=12, FragmentDelimiter=" … "`;
const TITLE_OPTIONS = `StartSel=${HIGHLIGHT_START}, StopSel=${HIGHLIGHT_STOP}, HighlightAll=true`;

interface Row {
  id: string;
  kind: SearchDocumentKind;
  path: string;
  letter: string | null;
  title: string;
  snippet: string;
  rank: number;
}

/**
 * Dutch full-text search (websearch syntax: words, "phrases", -exclusions, OR), best first,
 * with highlighted title and snippet. An empty query, or one of stop words only, finds nothing.
 */
export async function searchContent(query: string, client: PrismaClient = db): Promise<TSearchResult[]> {
  const q = ZSearchQuery.parse(query);
  if (!q) return [];
  // ts_rank normalisation 1 divides by 1 + log(length): long lemmas do not win on length alone.
  const rows = await client.$queryRaw<Row[]>`
    WITH q AS (SELECT websearch_to_tsquery('dutch', ${q}) AS query),
    hits AS (
      SELECT d.id, d.kind, d.path, d.letter, d.title, d.body, ts_rank(d.tsv, q.query, 1) AS rank
      FROM "SearchDocument" d, q
      WHERE d.tsv @@ q.query
      ORDER BY rank DESC, d.id
      LIMIT ${MAX_RESULTS}
    )
    SELECT hits.id, hits.kind::text AS kind, hits.path, hits.letter,
           ts_headline('dutch', hits.title, q.query, ${TITLE_OPTIONS}) AS title,
           ts_headline('dutch', hits.body, q.query, ${SNIPPET_OPTIONS}) AS snippet,
           hits.rank::float8 AS rank
    FROM hits, q
    ORDER BY hits.rank DESC, hits.id`;
  return rows.map((row) => ({
    id: row.id,
    kind: row.kind,
    path: row.path,
    letter: row.letter,
    title: highlightSegments(row.title),
    snippet: highlightSegments(row.snippet),
    rank: Number(row.rank),
  }));
}
