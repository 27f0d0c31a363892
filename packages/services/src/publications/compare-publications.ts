// What changed between two versions of one gemeente's publication, per lemma and word by
// word (the shared wordDiff). Both versions are read through getPublication, so the access
// rules are the same as for reading them. Withdrawn versions take no part in comparisons.
import { trendweb } from "@trendweb/content";
import type { RelevanceRating } from "@trendweb/db/node";
import { AppError } from "../app-error.ts";
import type { ServiceContext } from "../service-context.ts";
import { hasChanges, wordDiff, type TWordDiffPart } from "../text/word-diff.ts";
import type { TVersionRef } from "./publication-input.ts";
import { getPublication, listPublications, type TPublicationGemeente, type TPublishedSection } from "./read-publications.ts";

export type TLemmaChange = "TOEGEVOEGD" | "VERWIJDERD" | "GEWIJZIGD" | "ONGEWIJZIGD";

export const LEMMA_CHANGE_LABELS: Record<TLemmaChange, string> = {
  TOEGEVOEGD: "Nieuw in deze versie",
  VERWIJDERD: "Niet meer opgenomen",
  GEWIJZIGD: "Gewijzigd",
  ONGEWIJZIGD: "Ongewijzigd",
};

export interface TLemmaVersionChange {
  lemmaSlug: string;
  lemmaLetter: string;
  coreTitle: string;
  change: TLemmaChange;
  /** Word diff of the section text, older → newer. */
  parts: TWordDiffPart[];
  ratingBefore: RelevanceRating | null;
  ratingAfter: RelevanceRating | null;
}

export type TComparisonUnavailable = "DEZE_INGETROKKEN" | "ANDERE_INGETROKKEN" | "GEEN_EERDERE_VERSIE";

export interface TPublicationComparison {
  gemeente: TPublicationGemeente;
  /** The version whose page this is. */
  version: number;
  /** The version it is compared with (older or newer), when a comparison is possible. */
  against: number | null;
  older: number | null;
  newer: number | null;
  /** Other versions this viewer may compare with (readable, not withdrawn), newest first. */
  choices: number[];
  unavailable: TComparisonUnavailable | null;
  lemmas: TLemmaVersionChange[];
}

const LEMMA_ORDER = new Map(trendweb.lemmas.map((lemma, index) => [lemma.slug, index]));

function compareSections(before: TPublishedSection[], after: TPublishedSection[]): TLemmaVersionChange[] {
  const older = new Map(before.map((section) => [section.lemmaSlug, section]));
  const newer = new Map(after.map((section) => [section.lemmaSlug, section]));
  const slugs = [...new Set([...older.keys(), ...newer.keys()])].sort((a, b) => (LEMMA_ORDER.get(a) ?? 99) - (LEMMA_ORDER.get(b) ?? 99));
  return slugs.map((slug) => {
    const was = older.get(slug);
    const is = newer.get(slug);
    const any = (is ?? was)!;
    const parts = wordDiff(was?.plainText ?? "", is?.plainText ?? "");
    const ratingBefore = was?.rating ?? null;
    const ratingAfter = is?.rating ?? null;
    const change: TLemmaChange = !was ? "TOEGEVOEGD" : !is ? "VERWIJDERD" : hasChanges(parts) || ratingBefore !== ratingAfter ? "GEWIJZIGD" : "ONGEWIJZIGD";
    return { lemmaSlug: slug, lemmaLetter: any.lemmaLetter, coreTitle: any.coreTitle, change, parts, ratingBefore, ratingAfter };
  });
}

/**
 * Compares `ref` with version `against`, or by default with the newest earlier version that
 * is not withdrawn. Asking for a version the viewer may not read is refused as reading it is.
 */
export async function comparePublications(ctx: ServiceContext, gemeenteSlug: string, ref: TVersionRef, against?: number): Promise<TPublicationComparison> {
  const view = await getPublication(ctx, gemeenteSlug, ref);
  const version = view.publication.version;
  if (against === version) throw new AppError("INVALID_INPUT", "Kies een andere versie om mee te vergelijken.");
  const list = await listPublications(ctx, gemeenteSlug);
  const choices = list.publications.filter((entry) => !entry.withdrawn && entry.version !== version).map((entry) => entry.version);
  const base = { gemeente: view.gemeente, version, choices, lemmas: [] as TLemmaVersionChange[] };
  const unavailable = (reason: TComparisonUnavailable, other: number | null = null): TPublicationComparison => ({ ...base, against: other, older: null, newer: null, unavailable: reason });

  if (view.publication.withdrawn) return unavailable("DEZE_INGETROKKEN");
  let otherVersion = against;
  if (otherVersion === undefined) {
    otherVersion = choices.find((candidate) => candidate < version);
    if (otherVersion === undefined) return unavailable("GEEN_EERDERE_VERSIE");
  }
  const other = await getPublication(ctx, gemeenteSlug, otherVersion);
  if (other.publication.withdrawn) return unavailable("ANDERE_INGETROKKEN", otherVersion);

  const [before, after] = otherVersion < version ? [other, view] : [view, other];
  return {
    ...base,
    against: otherVersion,
    older: before.publication.version,
    newer: after.publication.version,
    unavailable: null,
    lemmas: compareSections(before.publication.sections, after.publication.sections),
  };
}
