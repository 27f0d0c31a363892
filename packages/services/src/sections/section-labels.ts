import type { LocalSectionStatus, RelevanceRating } from "@trendweb/db/node";

export const SECTION_STATUSES = ["NIET_GESTART", "CONCEPT", "TER_REVIEW", "GEREED"] as const satisfies readonly LocalSectionStatus[];
export const RELEVANCE_RATINGS = ["HOOG", "MIDDEL", "LAAG", "NVT"] as const satisfies readonly RelevanceRating[];
