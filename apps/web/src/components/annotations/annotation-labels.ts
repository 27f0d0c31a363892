import type { AnnotationType, AnnotationVisibility } from "@trendweb/db";

/** The services' Dutch labels, handed from the server page to the client components. */
export interface TAnnotationLabels {
  types: Record<AnnotationType, string>;
  visibilities: Record<AnnotationVisibility, string>;
}
