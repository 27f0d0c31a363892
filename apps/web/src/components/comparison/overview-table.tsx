// The province matrix as an accessible table: caption, th scopes, sortable columns through
// plain links (GET parameters, no JavaScript) with aria-sort, and each cell's rating as
// text/symbol on its colour, linking to the comparison of that lemma.
import { comparisonPath, MAX_COMPARED, type TOverviewRow, type TOverviewSort, type TProvinceOverview } from "@trendweb/services";
import Link from "next/link";
import { RATING_SHORT, ratingText } from "./rating-labels";
import styles from "./comparison.module.css";

function sortHref(sort: TOverviewSort, key: string): string {
  const direction = sort.key === key && sort.direction === "oplopend" ? "aflopend" : "oplopend";
  return `/overzicht?sorteer=${encodeURIComponent(key)}&richting=${direction}`;
}

function ariaSort(sort: TOverviewSort, key: string): "ascending" | "descending" | undefined {
  if (sort.key !== key) return undefined;
  return sort.direction === "oplopend" ? "ascending" : "descending";
}

function SortHeader({ sort, sortKey, children, label }: { sort: TOverviewSort; sortKey: string; children: React.ReactNode; label: string }) {
  const current = sort.key === sortKey ? (sort.direction === "oplopend" ? " ▲" : " ▼") : "";
  return (
    <th scope="col" className="utrecht-table__header-cell" aria-sort={ariaSort(sort, sortKey)}>
      <Link className={`utrecht-link ${styles.sortLink}`} href={sortHref(sort, sortKey)}>
        {children}
        <span aria-hidden="true">{current}</span>
        <span className="visually-hidden">{label}</span>
      </Link>
    </th>
  );
}

/** The gemeente first, then up to five others that published the lemma, for the cell's link. */
function compareWith(overview: TProvinceOverview, row: TOverviewRow, lemmaSlug: string): string[] {
  const others = overview.rows.filter((other) => other !== row && other.cells[lemmaSlug]?.published).map((other) => other.gemeente.slug);
  return [row.gemeente.slug, ...others.slice(0, MAX_COMPARED - 1)];
}

export function OverviewTable({ overview, rows, sort }: { overview: TProvinceOverview; rows: TOverviewRow[]; sort: TOverviewSort }) {
  return (
    <div className="table-scroll">
      <table className={`utrecht-table ${styles.matrix}`}>
        <caption className="utrecht-table__caption">
          Relevantie per gemeente en trend, uit de openbare publicaties (H = hoog, M = middel, L = laag, nvt = niet van toepassing, – = niet gepubliceerd)
        </caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            <SortHeader sort={sort} sortKey="gemeente" label=" (sorteer op naam)">
              Gemeente
            </SortHeader>
            {overview.lemmas.map((lemma) => (
              <SortHeader key={lemma.slug} sort={sort} sortKey={lemma.slug} label={` ${lemma.title} (sorteer op relevantie)`}>
                <abbr title={lemma.title}>{lemma.letter}</abbr>
              </SortHeader>
            ))}
            <SortHeader sort={sort} sortKey="gepubliceerd" label=" (sorteer op aantal)">
              Gepubliceerd
            </SortHeader>
            <SortHeader sort={sort} sortKey="hoog" label=" (sorteer op aantal)">
              Hoog
            </SortHeader>
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {rows.map((row) => (
            <tr key={row.gemeente.slug} className="utrecht-table__row">
              <th scope="row" className="utrecht-table__header-cell">
                {row.gemeente.name}
              </th>
              {overview.lemmas.map((lemma) => {
                const cell = row.cells[lemma.slug]!;
                if (!cell.published) {
                  return (
                    <td key={lemma.slug} className={`utrecht-table__cell ${styles.empty}`}>
                      <span aria-hidden="true">–</span>
                      <span className="visually-hidden">niet gepubliceerd</span>
                    </td>
                  );
                }
                return (
                  <td key={lemma.slug} className={`utrecht-table__cell ${cell.rating ? styles[`rating${cell.rating}`] : styles.ratingNone}`}>
                    {/* A plain link (not next/link): 500 of them, each one less client component in
                        the page. Its purpose is clear in context: the row and column headers. */}
                    <a href={comparisonPath(lemma.slug, compareWith(overview, row, lemma.slug))}>
                      <span aria-hidden="true">{cell.rating ? RATING_SHORT[cell.rating] : "?"}</span>
                      <span className="visually-hidden">{ratingText(cell.rating)}</span>
                    </a>
                  </td>
                );
              })}
              <td className="utrecht-table__cell">{row.totals.published}</td>
              <td className="utrecht-table__cell">{row.totals.byRating.HOOG}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr className="utrecht-table__row">
            <th scope="row" className="utrecht-table__header-cell">
              Gepubliceerd
            </th>
            {overview.lemmas.map((lemma) => (
              <td key={lemma.slug} className="utrecht-table__cell">
                {overview.columnTotals[lemma.slug]!.published}
              </td>
            ))}
            <td className="utrecht-table__cell">{overview.total.published}</td>
            <td className="utrecht-table__cell" />
          </tr>
          <tr className="utrecht-table__row">
            <th scope="row" className="utrecht-table__header-cell">
              Hoog
            </th>
            {overview.lemmas.map((lemma) => (
              <td key={lemma.slug} className="utrecht-table__cell">
                {overview.columnTotals[lemma.slug]!.byRating.HOOG}
              </td>
            ))}
            <td className="utrecht-table__cell" />
            <td className="utrecht-table__cell">{overview.total.byRating.HOOG}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
