// Sorting the overview's rows by a column, from GET parameters (`?sorteer=…&richting=…`), so
// it works without JavaScript. Unknown keys fall back to the gemeente name.
import { trendweb } from "@trendweb/content";
import { cellRank, type TOverviewRow } from "./province-overview.ts";

export type TSortDirection = "oplopend" | "aflopend";

/** `gemeente`, `gepubliceerd`, `hoog`, or a lemma slug. */
export interface TOverviewSort {
  key: string;
  direction: TSortDirection;
}

const FIXED_KEYS = ["gemeente", "gepubliceerd", "hoog"];

export function parseOverviewSort(raw: { sorteer?: string | string[]; richting?: string | string[] }): TOverviewSort {
  const key = Array.isArray(raw.sorteer) ? raw.sorteer[0] : raw.sorteer;
  const direction = Array.isArray(raw.richting) ? raw.richting[0] : raw.richting;
  const known = key && (FIXED_KEYS.includes(key) || trendweb.lemmas.some((lemma) => lemma.slug === key));
  return { key: known ? key : "gemeente", direction: direction === "aflopend" ? "aflopend" : "oplopend" };
}

/**
 * Rows in the requested order. "Oplopend" means the natural reading order of the column:
 * A–Z for names, most first for counts, HOOG first for a lemma. Ties keep name order.
 */
export function sortOverviewRows(rows: readonly TOverviewRow[], sort: TOverviewSort): TOverviewRow[] {
  const byName = (a: TOverviewRow, b: TOverviewRow) => a.gemeente.name.localeCompare(b.gemeente.name, "nl");
  const value = (row: TOverviewRow): number => {
    if (sort.key === "gepubliceerd") return -row.totals.published;
    if (sort.key === "hoog") return -row.totals.byRating.HOOG;
    return cellRank(row.cells[sort.key]);
  };
  const sign = sort.direction === "aflopend" ? -1 : 1;
  return [...rows].sort((a, b) => {
    if (sort.key === "gemeente") return sign * byName(a, b);
    return sign * (value(a) - value(b)) || byName(a, b);
  });
}
