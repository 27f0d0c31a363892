// pdfkit's standard fonts (Helvetica) only encode WinAnsi (Windows-1252); any other character
// garbles the rest of the line. Text for the PDF is brought into that set: compatibility forms
// unfolded (ĳ → ij), accents dropped where the letter has no WinAnsi form (ş → s), a few symbols
// spelled out, pictographs left out, anything else "?". The HTML and JSON keep the original, and
// the PDF carries it too as ActualText for assistive technology (see publication-pdf.ts).
const WIN_ANSI_EXTRAS = "€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ";

const SPELLED: Record<string, string> = {
  "ł": "l",
  "Ł": "L",
  "đ": "d",
  "Đ": "D",
  "ı": "i",
  "→": "->",
  "←": "<-",
  "⇒": "=>",
  "−": "-",
  "≤": "<=",
  "≥": ">=",
  "≠": "!=",
  "✓": "v",
  "✔": "v",
  "′": "'",
  "″": '"',
};

function isWinAnsi(char: string): boolean {
  const code = char.codePointAt(0)!;
  return char === "\n" || (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || WIN_ANSI_EXTRAS.includes(char);
}

function replacement(char: string): string {
  if (char in SPELLED) return SPELLED[char]!;
  if (/\p{Extended_Pictographic}|[\u200b-\u200f\u2060\ufe0f]/u.test(char)) return "";
  if (/\s/u.test(char)) return " ";
  const unfolded = char.normalize("NFKD").replace(/\p{M}/gu, "");
  if (unfolded && [...unfolded].every(isWinAnsi)) return unfolded;
  return "?";
}

export function toWinAnsi(text: string): string {
  let out = "";
  for (const char of text) out += isWinAnsi(char) ? char : replacement(char);
  return out;
}
