import data from "../data/trendweb-2025.json";
import { ZTrendweb, type TLemma, type TTrendweb } from "./schema";

/** The core Trendweb 2025, parsed and validated once at module load. */
export const trendweb: TTrendweb = ZTrendweb.parse(data);

const bySlug = new Map<string, TLemma>(trendweb.lemmas.map((lemma) => [lemma.slug, lemma]));
const byLetter = new Map<string, TLemma>(trendweb.lemmas.map((lemma) => [lemma.letter, lemma]));

export function getLemma(slug: string): TLemma | undefined {
  return bySlug.get(slug);
}

export function getLemmaByLetter(letter: string): TLemma | undefined {
  return byLetter.get(letter.toUpperCase());
}

export function getThread(slug: string) {
  return trendweb.threads.find((thread) => thread.slug === slug);
}

/** The lemmas in the order of DE LIJST: alphabetical by title, Dutch collation. */
export function lemmasAlphabetical(): TLemma[] {
  return [...trendweb.lemmas].sort((a, b) => a.title.localeCompare(b.title, "nl"));
}
