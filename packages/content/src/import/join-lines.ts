/**
 * Joins printed lines into running text. A word hyphenated at a line end is
 * joined ("bereik-" + "baarheid" → "bereikbaarheid"); real hyphens stay:
 * - before a capital: "kabinet-" + "Schoof" → "kabinet-Schoof"
 * - after an abbreviation: "EU-" + "lidstaten", "ESG-" + "criteria"
 * - "niet-" compounds: "niet-gebruik"
 * - between the same two vowels: "mbo-" + "opleiding"
 * - a suspended compound: "woon-" + "en zorgcentrum" → "woon- en zorgcentrum"
 */
export function joinLines(lines: readonly string[]): string {
  let text = "";
  for (const raw of lines) {
    const line = raw.trim();
    if (line === "") continue;
    if (text === "") {
      text = line;
    } else if (/\p{L}-$/u.test(text)) {
      const prefix = /([\p{L}\p{N}]+)-$/u.exec(text)?.[1] ?? "";
      if (/^(en|of|tot|noch)\b/.test(line)) text += ` ${line}`;
      else if (keepsHyphen(prefix, line)) text += line;
      else text = text.slice(0, -1) + line;
    } else {
      text += ` ${line}`;
    }
  }
  return text;
}

function keepsHyphen(prefix: string, next: string): boolean {
  const first = next.charAt(0);
  if (!/\p{Ll}/u.test(first)) return true;
  if (/\p{Lu}$/u.test(prefix)) return true;
  if (/^niet$/i.test(prefix)) return true;
  const last = prefix.charAt(prefix.length - 1).toLowerCase();
  return /[aeiou]/.test(last) && last === first.toLowerCase();
}
