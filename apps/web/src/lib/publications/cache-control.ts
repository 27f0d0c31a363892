import type { TPublicationVisibility } from "@trendweb/services";

/**
 * Council-only answers depend on who asks: never stored by a shared cache. Public ones may
 * be kept briefly (a withdrawal must show within a minute).
 */
export function publicationCacheControl(visibility: TPublicationVisibility): string {
  return visibility === "RAAD" ? "private, no-store" : "public, max-age=60";
}
