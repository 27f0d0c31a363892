import type { TSnapshotSummary } from "@trendweb/services";

/** How a version is called in the history: its name, or what kind of version it is. */
export function snapshotTitle(snapshot: Pick<TSnapshotSummary, "kind" | "name">): string {
  if (snapshot.kind === "NAMED") return snapshot.name ?? "Bewaarde versie";
  return snapshot.name ?? "Automatisch bewaard";
}
