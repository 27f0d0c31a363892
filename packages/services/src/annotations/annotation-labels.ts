import type { AnnotationType, AnnotationVisibility } from "@trendweb/db/node";

export const ANNOTATION_TYPES = ["LOKALE_DATA", "BELEID", "KANS", "RISICO", "VRAAG"] as const satisfies readonly AnnotationType[];
export const ANNOTATION_VISIBILITIES = ["WERKRUIMTE", "OPENBAAR"] as const satisfies readonly AnnotationVisibility[];

export const ANNOTATION_TYPE_LABELS: Record<AnnotationType, string> = {
  LOKALE_DATA: "Lokale data",
  BELEID: "Beleid",
  KANS: "Kans",
  RISICO: "Risico",
  VRAAG: "Vraag",
};

export const ANNOTATION_VISIBILITY_LABELS: Record<AnnotationVisibility, string> = {
  WERKRUIMTE: "Alleen de werkruimte",
  OPENBAAR: "Openbaar bij publicatie",
};
