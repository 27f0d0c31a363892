import type { LocalSectionStatus, RelevanceRating } from "@trendweb/db/node";

export const SECTION_STATUSES = ["NIET_GESTART", "CONCEPT", "TER_REVIEW", "GEREED"] as const satisfies readonly LocalSectionStatus[];
export const RELEVANCE_RATINGS = ["HOOG", "MIDDEL", "LAAG", "NVT"] as const satisfies readonly RelevanceRating[];

export const STATUS_LABELS: Record<LocalSectionStatus, string> = {
  NIET_GESTART: "Niet gestart",
  CONCEPT: "Concept",
  TER_REVIEW: "Ter review",
  GEREED: "Gereed",
};

export const RATING_LABELS: Record<RelevanceRating, string> = {
  HOOG: "Hoog",
  MIDDEL: "Middel",
  LAAG: "Laag",
  NVT: "Niet van toepassing",
};
