import type { TLemmaLetter } from "../schema";
import { fixOcrWords } from "./fix-ocr-words";

/**
 * The "Klik hier en lees meer over:" list: icons read as junk prefixes (`v `, `e `,
 * `é `, `‘ `, `& `, `°`, glued `oOntwikkelingen`), labels that differ from titles in
 * accents or wording. Labels resolve accent-insensitively to a lemma title, else
 * through `LABEL_ALIASES`; a line that looks like a label but resolves to nothing
 * fails the import.
 */

/** Labels that use another wording than the lemma title. */
export const LABEL_ALIASES: Readonly<Record<string, TLemmaLetter>> = {
  // An older title of lemma H ("Toenemend debat over zorg en gezondheid").
  "toenemend debat over houdbaarheid zorg": "H",
};

export interface TTitleIndex {
  letter: TLemmaLetter;
  title: string;
}

/** Lowercase, no diacritics, words separated by single spaces. */
export function normaliseLabel(text: string): string {
  return fixOcrWords(text)
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

/** Removes the icon the OCR read in front of a label. */
export function stripLabelIcon(line: string): string {
  return line.trim().replace(/^[^\p{Lu}]{0,3}?\s*(?=\p{Lu})/u, "");
}

export interface TResolvedLabel {
  letter: TLemmaLetter;
  /** The label as printed, icon removed, OCR diacritics restored. */
  label: string;
}

export function resolveCrossReferences(lines: readonly string[], titles: readonly TTitleIndex[], context: string): TResolvedLabel[] {
  const byLabel = new Map<string, TLemmaLetter>();
  for (const { letter, title } of titles) byLabel.set(normaliseLabel(title), letter);
  for (const [label, letter] of Object.entries(LABEL_ALIASES)) byLabel.set(normaliseLabel(label), letter);

  const resolved: TResolvedLabel[] = [];
  for (const raw of lines) {
    const line = stripLabelIcon(raw);
    const words = line.split(/\s+/);
    let match: TResolvedLabel | null = null;
    // Longest prefix of words that is a known label (footnote text may follow on the line).
    for (let n = words.length; n > 0 && !match; n--) {
      const candidate = words.slice(0, n).join(" ");
      const letter = byLabel.get(normaliseLabel(candidate));
      if (letter) match = { letter, label: fixOcrWords(candidate) };
    }
    if (match) {
      resolved.push(match);
    } else if (looksLikeLabel(line)) {
      throw new Error(`${context}: cross-reference "${line}" matches no lemma title or alias`);
    }
  }
  return resolved;
}

/** Two or more words, starting with a capital, letters only (and `:` `(` `)`). */
function looksLikeLabel(line: string): boolean {
  return /^\p{Lu}[\p{L}():’' -]+$/u.test(line) && line.split(/\s+/).length >= 2 && !line.endsWith(".");
}
