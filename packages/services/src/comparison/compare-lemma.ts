// One lemma across gemeenten (/vergelijk/[slug]): the corrected core text, the chosen
// gemeenten' current public sections side by side with what distinguishes each, or a word
// diff between the first two. Public data only (see public-sections.ts); anyone may ask.
import { GEMEENTEN, type TLemma } from "@trendweb/content";
import { getCorrectedLemma, requireLemma } from "../corrections/core-text.ts";
import type { ServiceContext } from "../service-context.ts";
import { wordDiff, type TWordDiffPart } from "../text/word-diff.ts";
import { MAX_COMPARED, MIN_COMPARED, type TComparisonChoice } from "./comparison-choice.ts";
import { distinguishingTerms } from "./distinguishing-terms.ts";
import { latestPublicSections, withSafeHtml, type TPublicSectionWithHtml } from "./public-sections.ts";

export interface TComparisonColumn {
  slug: string;
  name: string;
  /** Null: this gemeente has no current public section of the lemma. */
  section: TPublicSectionWithHtml | null;
  terms: string[];
}

export interface TLemmaComparison {
  lemma: TLemma;
  /** All 25 gemeenten for the picker, with whether each has published this lemma. */
  gemeenten: { slug: string; name: string; published: boolean; selected: boolean }[];
  /** The gemeenten shown (the choice, or a default of published ones when nothing was chosen). */
  selected: string[];
  columns: TComparisonColumn[];
  diff: { left: TComparisonColumn; right: TComparisonColumn; parts: TWordDiffPart[] } | null;
  /** Dutch messages: the input's problems, then the comparison's. */
  problems: string[];
  publishedCount: number;
}

// Published sections never change, so a diff between two of them is computed once (diffWords
// takes tens of milliseconds for two 400-word sections).
const DIFF_CACHE_LIMIT = 100;
const diffCache = new Map<string, TWordDiffPart[]>();

function cachedWordDiff(lemmaSlug: string, left: TPublicSectionWithHtml, right: TPublicSectionWithHtml): TWordDiffPart[] {
  const key = `${lemmaSlug}:${left.publicationId}:${right.publicationId}`;
  let parts = diffCache.get(key);
  if (!parts) {
    parts = wordDiff(left.plainText, right.plainText);
    if (diffCache.size >= DIFF_CACHE_LIMIT) diffCache.delete(diffCache.keys().next().value!);
    diffCache.set(key, parts);
  }
  return parts;
}

export async function compareLemma({ db }: ServiceContext, lemmaSlug: string, choice: TComparisonChoice): Promise<TLemmaComparison> {
  requireLemma(lemmaSlug);
  // Nothing chosen: the first six (by name) that published, whose texts are then fetched.
  const [lemma, byDefault] = await Promise.all([
    getCorrectedLemma(db, lemmaSlug),
    choice.chosen ? Promise.resolve([]) : latestPublicSections(db, lemmaSlug, []).then((all) => all.slice(0, MAX_COMPARED).map((section) => section.gemeenteSlug)),
  ]);
  const selected = choice.chosen ? choice.gemeenten : byDefault;
  const sections = await latestPublicSections(db, lemma.slug, selected.length <= MAX_COMPARED ? selected : []);
  const bySlug = new Map(sections.map((section) => [section.gemeenteSlug, section]));
  const problems = [...choice.problems];
  const showColumns = selected.length <= MAX_COMPARED;
  const terms = showColumns ? await distinguishingTerms(db, lemma.slug, sections) : new Map<string, string[]>();
  const names = new Map(GEMEENTEN.map((gemeente) => [gemeente.slug, gemeente.name]));
  const columns: TComparisonColumn[] = showColumns
    ? selected.map((slug) => {
        const section = bySlug.get(slug);
        return { slug, name: names.get(slug) ?? slug, section: section ? withSafeHtml(section) : null, terms: terms.get(slug) ?? [] };
      })
    : [];

  let diff: TLemmaComparison["diff"] = null;
  if (choice.mode === "verschil" && showColumns) {
    const [left, right] = columns.filter((column) => column.section);
    if (left && right) diff = { left, right, parts: cachedWordDiff(lemma.slug, left.section!, right.section!) };
    else problems.push(`Voor de verschilweergave zijn ${MIN_COMPARED} gekozen gemeenten nodig die deze trend hebben gepubliceerd. Kies er meer.`);
  }
  if (sections.length === 0) problems.push("Nog geen enkele gemeente heeft deze trend openbaar gepubliceerd. Kijk later nog eens.");

  return {
    lemma,
    gemeenten: GEMEENTEN.map((gemeente) => ({ slug: gemeente.slug, name: gemeente.name, published: bySlug.has(gemeente.slug), selected: selected.includes(gemeente.slug) })).sort(
      (a, b) => a.name.localeCompare(b.name, "nl"),
    ),
    selected,
    columns,
    diff,
    problems,
    publishedCount: sections.length,
  };
}
