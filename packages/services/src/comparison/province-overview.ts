// The province at a glance (/overzicht): 25 gemeenten × 20 lemmas, the relevance rating of
// each gemeente's current public section, with totals per gemeente and per lemma. Public data
// only (see public-sections.ts); anyone may ask.
import { GEMEENTEN, trendweb } from "@trendweb/content";
import type { RelevanceRating } from "@trendweb/db/node";
import type { ServiceContext } from "../service-context.ts";
import { RELEVANCE_RATINGS } from "../sections/section-labels.ts";
import { latestPublicRatings } from "./public-sections.ts";

/** `published: false` = no current public section; `rating: null` = published without a rating. */
export interface TOverviewCell {
  published: boolean;
  rating: RelevanceRating | null;
}

export interface TOverviewTotals {
  published: number;
  byRating: Record<RelevanceRating, number>;
}

export interface TOverviewRow {
  gemeente: { slug: string; name: string; cbsCode: string };
  publication: { version: number; publishedAt: Date } | null;
  /** By lemma slug. */
  cells: Record<string, TOverviewCell>;
  totals: TOverviewTotals;
}

export interface TProvinceOverview {
  lemmas: { slug: string; letter: string; title: string }[];
  rows: TOverviewRow[];
  /** By lemma slug. */
  columnTotals: Record<string, TOverviewTotals>;
  total: TOverviewTotals;
}

const emptyTotals = (): TOverviewTotals => ({ published: 0, byRating: { HOOG: 0, MIDDEL: 0, LAAG: 0, NVT: 0 } });

function count(totals: TOverviewTotals, cell: TOverviewCell): void {
  if (!cell.published) return;
  totals.published += 1;
  if (cell.rating) totals.byRating[cell.rating] += 1;
}

export async function getProvinceOverview({ db }: ServiceContext): Promise<TProvinceOverview> {
  const { publications, ratings } = await latestPublicRatings(db);
  const lemmas = trendweb.lemmas.map(({ slug, letter, title }) => ({ slug, letter, title }));
  const publicationBySlug = new Map(publications.map((publication) => [publication.gemeenteSlug, publication]));
  const ratingByCell = new Map(ratings.map((row) => [`${row.gemeenteSlug}/${row.lemmaSlug}`, row.rating]));
  const columnTotals = Object.fromEntries(lemmas.map((lemma) => [lemma.slug, emptyTotals()]));
  const total = emptyTotals();

  const rows = [...GEMEENTEN]
    .sort((a, b) => a.name.localeCompare(b.name, "nl"))
    .map((gemeente): TOverviewRow => {
      const publication = publicationBySlug.get(gemeente.slug);
      const totals = emptyTotals();
      const cells: Record<string, TOverviewCell> = {};
      for (const lemma of lemmas) {
        const key = `${gemeente.slug}/${lemma.slug}`;
        const cell: TOverviewCell = { published: ratingByCell.has(key), rating: ratingByCell.get(key) ?? null };
        cells[lemma.slug] = cell;
        count(totals, cell);
        count(columnTotals[lemma.slug]!, cell);
        count(total, cell);
      }
      return {
        gemeente: { slug: gemeente.slug, name: gemeente.name, cbsCode: gemeente.cbsCode },
        publication: publication ? { version: publication.version, publishedAt: publication.publishedAt } : null,
        cells,
        totals,
      };
    });
  return { lemmas, rows, columnTotals, total };
}

/** Rank of a cell for sorting: HOOG first, then MIDDEL, LAAG, NVT, published without rating, not published. */
export function cellRank(cell: TOverviewCell | undefined): number {
  if (!cell?.published) return RELEVANCE_RATINGS.length + 1;
  return cell.rating ? RELEVANCE_RATINGS.indexOf(cell.rating) : RELEVANCE_RATINGS.length;
}
