import type { RelevanceRating } from "@trendweb/db";
import { RATING_SYMBOLS, ratingText } from "./rating-labels";
import styles from "./comparison.module.css";

/** A rating as symbol + text on its colour, e.g. "●●● Hoog". */
export function RatingBadge({ rating }: { rating: RelevanceRating | null }) {
  return (
    <span className={`${styles.rating} ${rating ? styles[`rating${rating}`] : styles.ratingNone}`}>
      {rating && <span aria-hidden="true">{RATING_SYMBOLS[rating]} </span>}
      {ratingText(rating)}
    </span>
  );
}
