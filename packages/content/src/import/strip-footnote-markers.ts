/**
 * Removes footnote markers that the OCR turned into stray characters
 * (`? ® * ™ ° ” ’ " ' # % ¢ ! >` or digits glued to a word or sentence end),
 * without touching real punctuation:
 *
 * - `® ™ ¢ ° * #` never occur in the running text: always removed.
 * - straight `'` becomes an apostrophe inside a word (`zo'n` → `zo’n`), an opening
 *   quote before a word (`'geborgde’` → `‘geborgde’`), `’50` before a year;
 *   anywhere else it is a marker. Straight `"` is always a marker.
 * - `’` and `”` at the end of a word are kept only when they close a quote opened
 *   earlier in the same paragraph; `“` is kept only when closed later.
 * - after `.`, `?` or `!`, a run of `? ! % > :` and digits is a marker — except a
 *   thousands group (`1.000`).
 * - `word?` before `:`, `;` or `,` is a marker; a `?` ending a sentence is a real question.
 */
export function stripFootnoteMarkers(text: string): string {
  let out = text.replace(/[®™¢°*#]/g, "");
  out = normaliseStraightQuotes(out);
  out = balanceQuotes(out);
  out = out.replace(/(\p{L})\?(?=[:;,])/gu, "$1");
  // Marker after a sentence end: "is.?2", "2025.8", "12%.1", "profiteren??" (not "1.000").
  out = out.replace(/([.?!])([?!%>:]|\d)+(?=[\s’”)]|$)/g, (match: string, punct: string, _last: string, offset: number) => {
    const tail = match.slice(1);
    const before = out.charAt(offset - 1);
    if (punct === "." && /^\d{3}$/.test(tail) && /\d/.test(before)) return match;
    return punct;
  });
  return out.replace(/\s{2,}/g, " ").replace(/\s+([.,;:])(?=\s|$)/g, "$1").trim();
}

function normaliseStraightQuotes(text: string): string {
  return text
    .replace(/"/g, "")
    .replace(/'’|’'/g, "’")
    .replace(/(\p{L})'(?=\p{L})/gu, "$1’")
    .replace(/(^|[\s(])'(?=\d)/gu, "$1’")
    .replace(/(^|[\s(])'(?=\p{L})/gu, "$1‘")
    .replace(/'/g, "");
}

/** Keeps `’`/`”` that close an open quote, apostrophes inside words, drops the rest. */
function balanceQuotes(text: string): string {
  const chars = [...text];
  let openSingle = 0;
  let openDouble = 0;
  const out: string[] = [];
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i]!;
    const prev = chars[i - 1] ?? " ";
    const next = chars[i + 1] ?? " ";
    if (c === "‘") {
      openSingle++;
      out.push(c);
    } else if (c === "’") {
      const inWord = /[\p{L}\p{N}+]/u.test(prev) && /\p{L}/u.test(next);
      const beforeYear = /\s/.test(prev) && /\d/.test(next);
      if (inWord || beforeYear) out.push(c);
      else if (openSingle > 0) {
        openSingle--;
        out.push(c);
      }
      // else: a marker, dropped
    } else if (c === "“") {
      if (chars.slice(i + 1).includes("”")) {
        openDouble++;
        out.push(c);
      }
    } else if (c === "”") {
      if (openDouble > 0) {
        openDouble--;
        out.push(c);
      }
    } else {
      out.push(c);
    }
  }
  return out.join("");
}
