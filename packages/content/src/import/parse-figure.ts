import { cleanText } from "./clean-text";

export interface TParsedFigure {
  number: number | null;
  caption: string;
  source: string | null;
}

/** "Figuur 2: Aandeel … Bron: Provincie Overijssel®" → number, caption, source. */
export function parseFigure(text: string, lemmaLetter?: string): TParsedFigure {
  const match = /^Figuur (\d+):\s*(.*)$/s.exec(text.trim());
  const number = match ? Number(match[1]) : null;
  const body = match ? match[2]! : text;
  const bron = body.indexOf("Bron:");
  const caption = cleanText([bron >= 0 ? body.slice(0, bron) : body], lemmaLetter);
  const source = bron >= 0 ? cleanSource(body.slice(bron + "Bron:".length), lemmaLetter) : null;
  return { number, caption, source: source || null };
}

/** A source ends in footnote debris: `?`, quotes, a lone one- or two-digit marker. */
function cleanSource(text: string, lemmaLetter?: string): string {
  return cleanText([text], lemmaLetter)
    .replace(/[\s?’”'"!%]+$/u, "")
    .replace(/\s\d{1,2}$/, "")
    .trim();
}
