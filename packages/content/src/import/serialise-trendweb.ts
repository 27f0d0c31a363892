import type { TTrendweb } from "../schema";

/** The committed JSON form: two-space indent, trailing newline. */
export function serialiseTrendweb(trendweb: TTrendweb): string {
  return `${JSON.stringify(trendweb, null, 2)}\n`;
}
