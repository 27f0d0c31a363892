// How a relevance rating is shown in comparisons: never colour alone, always with text and a
// symbol (filled dots: more is more relevant), and the colour as an extra cue.
import type { RelevanceRating } from "@trendweb/db";
import { RATING_LABELS } from "@/lib/workspace-labels";

export const RATING_SYMBOLS: Record<RelevanceRating, string> = { HOOG: "●●●", MIDDEL: "●●○", LAAG: "●○○", NVT: "–" };
export const RATING_SHORT: Record<RelevanceRating, string> = { HOOG: "H", MIDDEL: "M", LAAG: "L", NVT: "nvt" };

export function ratingText(rating: RelevanceRating | null): string {
  return rating ? RATING_LABELS[rating] : "Geen oordeel";
}

export { RATING_LABELS };
