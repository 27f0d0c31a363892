import type { LocalSectionStatus, RelevanceRating } from "@trendweb/db";

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
