/**
 * Patterns that betray OCR debris in cleaned text. Used by the tests to scan the
 * whole output; a hit means a cleaning rule or an editorial correction is missing.
 */
export interface TDebrisPattern {
  name: string;
  pattern: RegExp;
}

export const OCR_DEBRIS_PATTERNS: readonly TDebrisPattern[] = [
  { name: "garbled footnote marker", pattern: /[®™¢°*#]/u },
  { name: "euro sign inside a word", pattern: /€(?!\s?(?:\d|mln\b))/u },
  { name: "ligature", pattern: /[ﬂﬁ]/u },
  { name: "straight quote", pattern: /["']/u },
  { name: "chart or table debris", pattern: /[|\\{}@~<>_]|=(?! \d)/u },
  { name: "bullet read as a letter", pattern: /(?:^|\s)[eo]\s+\p{Lu}|\[e\}@|\bIBR\b|•/u },
  { name: "digits glued to a word", pattern: /\p{Ll}{2}\d/u },
  { name: "footnote number after punctuation", pattern: /\p{L}[.,;:!?’”)]\d{1,2}(?=\s|$)/u },
  { name: "broken hyphenation", pattern: /\p{L}- (?!(?:en|of|tot|als|noch)\b)\p{Ll}/u },
  { name: "doubled punctuation", pattern: /[.,;:]{2,}|\s[.,;:](?:\s|$)/u },
  { name: "misread diacritics", pattern: /ié|eé|\b(?:invioed|ledereen|ledere|lemand|codperatie)/u },
  { name: "lowercase sentence start after full stop", pattern: /\p{L}{2}\.\s+\p{Ll}/u },
];

export interface TDebrisHit {
  pattern: string;
  excerpt: string;
}

/** Real words that look like debris. */
const ALLOWED = ["Platform31"];

export function findOcrDebris(input: string): TDebrisHit[] {
  const text = ALLOWED.reduce((t, word) => t.replaceAll(word, "Platform"), input);
  const hits: TDebrisHit[] = [];
  for (const { name, pattern } of OCR_DEBRIS_PATTERNS) {
    const match = pattern.exec(text);
    if (match) {
      const start = Math.max(0, match.index - 30);
      hits.push({ pattern: name, excerpt: text.slice(start, match.index + match[0].length + 30) });
    }
  }
  return hits;
}
