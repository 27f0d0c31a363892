// The chart view of the overview: per lemma a bar of how many gemeenten rate it hoog, middel,
// laag or niet van toepassing. The SVG is one image with a summary label; the counts are
// also printed as text beside each bar and listed in full below it (the text alternative).
import { RELEVANCE_RATINGS, type TProvinceOverview } from "@trendweb/services";
import { RATING_LABELS, RATING_SHORT } from "./rating-labels";
import styles from "./comparison.module.css";

const FILL = { HOOG: "#c2560c", MIDDEL: "#e0a526", LAAG: "#3d7fb4", NVT: "#8c8c8c" } as const;
const ROW = 22;
const LABEL = 34;
const BAR = 300;
const TEXT = 170;

export function OverviewChart({ overview }: { overview: TProvinceOverview }) {
  const unit = BAR / 25;
  const height = overview.lemmas.length * ROW + 8;
  const summary = (slug: string) =>
    RELEVANCE_RATINGS.map((rating) => `${RATING_SHORT[rating]} ${overview.columnTotals[slug]!.byRating[rating]}`).join(" · ");
  return (
    <figure className={styles.chart} aria-labelledby="diagram-bijschrift">
      <figcaption id="diagram-bijschrift">Aantal gemeenten per relevantie, per trend (van de 25)</figcaption>
      <ul className={styles.legend}>
        {RELEVANCE_RATINGS.map((rating) => (
          <li key={rating}>
            <svg width="14" height="14" aria-hidden="true">
              <rect width="14" height="14" fill={FILL[rating]} />
            </svg>{" "}
            {RATING_SHORT[rating]} = {RATING_LABELS[rating]}
          </li>
        ))}
      </ul>
      <svg viewBox={`0 0 ${LABEL + BAR + TEXT} ${height}`} width={LABEL + BAR + TEXT} role="img" aria-label="Staafdiagram; de cijfers staan als tekst naast elke staaf en in de lijst hieronder.">
        {overview.lemmas.map((lemma, index) => {
          const y = index * ROW + 4;
          let x = LABEL;
          return (
            <g key={lemma.slug}>
              <text x={0} y={y + 14} fontSize="13" fill="#1a1a1a">
                {lemma.letter}
              </text>
              <rect x={LABEL} y={y} width={BAR} height={ROW - 6} fill="#f1f1f1" />
              {RELEVANCE_RATINGS.map((rating) => {
                const width = overview.columnTotals[lemma.slug]!.byRating[rating] * unit;
                const rect = width > 0 ? <rect key={rating} x={x} y={y} width={width} height={ROW - 6} fill={FILL[rating]} stroke="#fff" /> : null;
                x += width;
                return rect;
              })}
              <text x={LABEL + BAR + 8} y={y + 14} fontSize="12" fill="#1a1a1a">
                {summary(lemma.slug)}
              </text>
            </g>
          );
        })}
      </svg>
      <details>
        <summary>Het diagram als tekst</summary>
        <ul className="utrecht-unordered-list">
          {overview.lemmas.map((lemma) => {
            const totals = overview.columnTotals[lemma.slug]!;
            return (
              <li key={lemma.slug} className="utrecht-unordered-list__item">
                {lemma.letter}. {lemma.title}: {RELEVANCE_RATINGS.map((rating) => `${totals.byRating[rating]} ${RATING_LABELS[rating].toLowerCase()}`).join(", ")}; {25 - totals.published}{" "}
                niet gepubliceerd
              </li>
            );
          })}
        </ul>
      </details>
    </figure>
  );
}
