// The gemeenten chosen for a comparison, as they arrive in the URL: `?gemeenten=zwolle,enschede`
// (shareable links) or `?gemeenten=zwolle&gemeenten=enschede` (the picker, a plain GET form).
// Bad input is never an error page: unknown names are dropped with a message, and a choice of
// fewer than 2 or more than 6 is kept as it is (the picker shows it) with a message.
import { GEMEENTEN } from "@trendweb/content";

export const MIN_COMPARED = 2;
export const MAX_COMPARED = 6;

export type TComparisonMode = "naast-elkaar" | "verschil";

export interface TComparisonChoice {
  /** Known gemeente slugs in the order given, without duplicates. */
  gemeenten: string[];
  /** Whether the visitor chose at all (no choice: a default selection is shown). */
  chosen: boolean;
  mode: TComparisonMode;
  /** Dutch messages about the input, each saying what to do. */
  problems: string[];
}

const KNOWN = new Set(GEMEENTEN.map((gemeente) => gemeente.slug));

function values(raw: string | string[] | undefined): string[] {
  const list = Array.isArray(raw) ? raw : raw === undefined ? [] : [raw];
  return list.flatMap((entry) => entry.split(",")).map((entry) => entry.trim().toLowerCase()).filter(Boolean);
}

export function parseComparisonChoice(raw: { gemeenten?: string | string[]; modus?: string | string[] }): TComparisonChoice {
  const given = values(raw.gemeenten);
  const unknown = [...new Set(given.filter((slug) => !KNOWN.has(slug)))];
  const gemeenten = [...new Set(given.filter((slug) => KNOWN.has(slug)))];
  const problems: string[] = [];
  if (unknown.length) {
    problems.push(
      `${unknown.map((slug) => `"${slug.slice(0, 40)}"`).join(", ")} ${unknown.length === 1 ? "is geen Overijsselse gemeente en is" : "zijn geen Overijsselse gemeenten en zijn"} weggelaten. Kies gemeenten uit de lijst.`,
    );
  }
  // The picker always sends `modus`: a submitted form with nothing ticked is a choice of none.
  const chosen = given.length > 0 || raw.modus !== undefined;
  if (chosen && gemeenten.length < MIN_COMPARED) {
    problems.push(`Kies ten minste ${MIN_COMPARED} gemeenten om te vergelijken; u koos er ${gemeenten.length}. Vink er meer aan en kies Vergelijken.`);
  }
  if (gemeenten.length > MAX_COMPARED) {
    problems.push(`Kies ten hoogste ${MAX_COMPARED} gemeenten om te vergelijken; u koos er ${gemeenten.length}. Zet het vinkje uit bij de gemeenten die u niet nodig hebt en kies Vergelijken.`);
  }
  const modus = Array.isArray(raw.modus) ? raw.modus[0] : raw.modus;
  return { gemeenten, chosen, mode: modus === "verschil" ? "verschil" : "naast-elkaar", problems };
}

/** The shareable address of a comparison. */
export function comparisonPath(lemmaSlug: string, gemeenten: readonly string[], mode: TComparisonMode = "naast-elkaar"): string {
  const query = new URLSearchParams();
  if (gemeenten.length) query.set("gemeenten", gemeenten.join(","));
  if (mode === "verschil") query.set("modus", "verschil");
  const search = query.toString().replaceAll("%2C", ",");
  return `/vergelijk/${lemmaSlug}${search ? `?${search}` : ""}`;
}
