// The editor keeps an offline copy of each section in IndexedDB (y-indexeddb), so that text
// typed without a connection survives a reload. On sign-out those copies should not stay on a
// shared computer, but a copy may hold text the server never received, and deleting that would
// lose work. So each copy carries a marker in localStorage: "saved" once the server vouched
// that everything in it is committed, "pending" otherwise. Sign-out deletes the saved copies
// and keeps the pending ones (they merge on the next sign-in).

const MARKER_PREFIX = "trendweb-lokaal:offline-copy:";

export type TOfflineCopyState = "saved" | "pending";

export function markOfflineCopy(storeName: string, state: TOfflineCopyState): void {
  try {
    window.localStorage.setItem(MARKER_PREFIX + storeName, state);
  } catch {
    // Storage full or blocked: the copy then counts as pending (kept), the safe side.
  }
}

/** Deletes every offline copy marked saved; returns how many pending copies were kept. */
export function removeSavedOfflineCopies(): { removed: number; kept: number } {
  let removed = 0;
  let kept = 0;
  if (typeof window === "undefined" || typeof indexedDB === "undefined") return { removed, kept };
  const markers = Object.keys(window.localStorage).filter((key) => key.startsWith(MARKER_PREFIX));
  for (const marker of markers) {
    if (window.localStorage.getItem(marker) !== "saved") {
      kept += 1;
      continue;
    }
    // Not awaited: while an editor still has the store open the deletion waits ("blocked")
    // and completes as soon as the page navigates away after signing out.
    indexedDB.deleteDatabase(marker.slice(MARKER_PREFIX.length));
    window.localStorage.removeItem(marker);
    removed += 1;
  }
  return { removed, kept };
}
