/** Joins items the Dutch way: "A", "A en B", "A, B en C". */
export function joinDutch(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} en ${items.at(-1)}`;
}
