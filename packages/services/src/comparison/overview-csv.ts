// The overview as CSV for a spreadsheet. Separator `;` and a UTF-8 byte order mark, with
// CRLF line ends: that is what Excel with Dutch regional settings opens correctly by double-
// click (it reads `,` as the decimal separator, and without the BOM it garbles é and ë).
import { stringify } from "csv-stringify/sync";
import type { RelevanceRating } from "@trendweb/db/node";
import type { TOverviewCell, TProvinceOverview } from "./province-overview.ts";

const RATING_TEXT: Record<RelevanceRating, string> = { HOOG: "Hoog", MIDDEL: "Middel", LAAG: "Laag", NVT: "Niet van toepassing" };

export function cellText(cell: TOverviewCell | undefined): string {
  if (!cell?.published) return "niet gepubliceerd";
  return cell.rating ? RATING_TEXT[cell.rating] : "geen oordeel";
}

export function overviewCsv(overview: TProvinceOverview): string {
  const header = ["Gemeente", "CBS-code", "Publicatie", ...overview.lemmas.map((lemma) => `${lemma.letter}. ${lemma.title}`), "Gepubliceerd", "Hoog", "Middel", "Laag", "Niet van toepassing"];
  const rows = overview.rows.map((row) => [
    row.gemeente.name,
    row.gemeente.cbsCode,
    row.publication ? `versie ${row.publication.version}, ${row.publication.publishedAt.toISOString().slice(0, 10)}` : "geen",
    ...overview.lemmas.map((lemma) => cellText(row.cells[lemma.slug])),
    row.totals.published,
    row.totals.byRating.HOOG,
    row.totals.byRating.MIDDEL,
    row.totals.byRating.LAAG,
    row.totals.byRating.NVT,
  ]);
  const totalsRow = (label: string, pick: (lemmaSlug: string) => number, total: number) => [label, "", "", ...overview.lemmas.map((lemma) => pick(lemma.slug)), total, "", "", "", ""];
  const footer = [
    totalsRow("Totaal gepubliceerd", (slug) => overview.columnTotals[slug]!.published, overview.total.published),
    totalsRow("Totaal hoog", (slug) => overview.columnTotals[slug]!.byRating.HOOG, overview.total.byRating.HOOG),
  ];
  return stringify([header, ...rows, ...footer], { delimiter: ";", bom: true, record_delimiter: "windows" });
}
