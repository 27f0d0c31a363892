// Names of collaboration documents (one Yjs document per gemeente and lemma), built and
// parsed in one place: `section/<gemeente-slug>/<lemma-slug>`. Anything else is no document.
import { getLemma } from "./content";
import { getGemeente } from "./gemeenten";

export const DOCUMENT_NAME_PREFIX = "section";

export interface TDocumentRef {
  gemeente: string;
  lemma: string;
}

export function buildDocumentName({ gemeente, lemma }: TDocumentRef): string {
  if (!getGemeente(gemeente)) throw new Error(`Onbekende gemeente: ${gemeente}`);
  if (!getLemma(lemma)) throw new Error(`Onbekend lemma: ${lemma}`);
  return `${DOCUMENT_NAME_PREFIX}/${gemeente}/${lemma}`;
}

/** The gemeente and lemma of a document name, or null for anything that is not one. */
export function parseDocumentName(name: string): TDocumentRef | null {
  const parts = name.split("/");
  if (parts.length !== 3 || parts[0] !== DOCUMENT_NAME_PREFIX) return null;
  const [, gemeente = "", lemma = ""] = parts;
  if (!getGemeente(gemeente) || !getLemma(lemma)) return null;
  return { gemeente, lemma };
}
