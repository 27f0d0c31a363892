/**
 * Misread characters and words that can be restored with certainty.
 * Each rule is a plain substitution; the table is the documentation.
 */

interface TWordRule {
  pattern: RegExp;
  replacement: string;
  /** Why the rule is safe. */
  note: string;
}

const WORD_RULES: readonly TWordRule[] = [
  { pattern: /ﬂ/g, replacement: "fl", note: "fl ligature" },
  { pattern: /ﬁ/g, replacement: "fi", note: "fi ligature" },
  // ë printed as é: Dutch has no "ié"/"eé" letter pairs of its own.
  { pattern: /ié/g, replacement: "ië", note: "financiéle → financiële, Belgié → België" },
  { pattern: /eé/g, replacement: "eë", note: "ideeén → ideeën, creéren → creëren" },
  { pattern: /€(?=n)/g, replacement: "ë", note: "pati€nten → patiënten" },
  { pattern: /\b([Cc])o(?:d|o)peratie/g, replacement: "$1oöperatie", note: "codperatieve → coöperatieve" },
  // ï printed as i in known words.
  { pattern: /\b([Gg]e)i(nspireer|soleer|ndexeer|nteresseer|ntimideer|nitie)/g, replacement: "$1ï$2", note: "geinspireerd → geïnspireerd" },
  { pattern: /\b([Bb]e)invi?l?oe/g, replacement: "$1ïnvloe", note: "beinvloeden / beinvioed → beïnvloed" },
  { pattern: /\b(in)vl?ioed/g, replacement: "$1vloed", note: "invioed / invlioed → invloed" },
  { pattern: /Oekraine/g, replacement: "Oekraïne", note: "Oekraïne" },
  { pattern: /\b([Ss])uicid/g, replacement: "$1uïcid", note: "suïcide" },
  { pattern: /continuiteit/g, replacement: "continuïteit", note: "continuïteit" },
  { pattern: /barri[eé]re/g, replacement: "barrière", note: "barrière" },
  { pattern: /enqu[eé]te/g, replacement: "enquête", note: "enquête" },
  // Capital I read as lowercase l at the start of a word.
  { pattern: /\bl(eder|emand)/g, replacement: "I$1", note: "ledereen → Iedereen, lemand → Iemand" },
  { pattern: /\b1ZA\b/g, replacement: "IZA", note: "Integraal Zorgakkoord" },
  { pattern: /\b0zb\b/g, replacement: "ozb", note: "onroerendezaakbelasting" },
  { pattern: /(\d) m(?:\?2|2|\?)(?=[\s.,;:]|$)/g, replacement: "$1 m²", note: "square metres" },
  // Single misread words.
  { pattern: /\bafthankelijk/g, replacement: "afhankelijk", note: "misread" },
  { pattern: /\bopperviakte/g, replacement: "oppervlakte", note: "misread" },
  { pattern: /\bwelllicht\b/g, replacement: "wellicht", note: "misread" },
  { pattern: /\bpolitiecke\b/g, replacement: "politieke", note: "misread" },
  { pattern: /\bzZijn\b/g, replacement: "zijn", note: "misread" },
  { pattern: /\bhoemt\b/g, replacement: "noemt", note: "misread" },
  { pattern: /leeftijldsopbouw/g, replacement: "leeftijdsopbouw", note: "misread" },
  { pattern: /\bOverijsel\b/g, replacement: "Overijssel", note: "misread" },
  { pattern: /\bAtot en met\b/g, replacement: "A tot en met", note: "lost space" },
  { pattern: /\bSportakkoord I1\b/g, replacement: "Sportakkoord II", note: "Roman numeral" },
];

/** In the digital-government lemma the OCR reads every "AI" as "Al". */
const AI_LEMMA = "T";

export function fixOcrWords(text: string, lemmaLetter?: string): string {
  let out = text;
  for (const rule of WORD_RULES) out = out.replace(rule.pattern, rule.replacement);
  if (lemmaLetter === AI_LEMMA) out = out.replace(/\bAl\b/g, "AI");
  return out;
}

export const OCR_WORD_RULE_COUNT = WORD_RULES.length;
