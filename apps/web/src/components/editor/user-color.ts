// Caret colours for the people in a section. Each is dark enough for white label text
// (contrast ≥ 4.5:1, WCAG 1.4.3), and a person keeps the same colour on every visit.

export const CARET_COLORS = [
  "#1f5fa8", // blue
  "#b3261e", // red
  "#1b6e3a", // green
  "#7b3fa0", // purple
  "#a14a00", // orange-brown
  "#00687a", // teal
  "#9c1d6b", // magenta
  "#4a5a12", // olive
] as const;

/** A stable colour for a user id (FNV-1a hash of the id). */
export function colorForUser(userId: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < userId.length; index++) {
    hash ^= userId.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return CARET_COLORS[hash % CARET_COLORS.length]!;
}
