/**
 * Lowercase ASCII slug: diacritics stripped, anything else than letters and
 * digits becomes a single hyphen. "Bestaans(on)zekerheid" → "bestaansonzekerheid".
 */
export function slugify(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[()]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}
