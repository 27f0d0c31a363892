// The editor keeps an offline copy of each section in IndexedDB (y-indexeddb), so that text
// typed without a connection survives a reload. On sign-out those copies should not stay on a
// shared computer, but a copy may hold text the server never received, and deleting that would
// lose work. So every tab that has a copy open keeps a marker in localStorage: "saved" once the
// server vouched that everything in that tab is committed, "pending" otherwise (with the time
// of its last change). Sign-out deletes a copy only when no marker of it is pending.
//
// Markers are per tab: two tabs on one section share the copy, and one tab being saved says
// nothing about what the other wrote offline. A tab that was closed while pending leaves its
// marker behind (its text is in the copy); the next tab that loads the copy and gets it all
// saved removes that marker. "Closed" is told by a Web Lock each tab holds while it lives.

const MARKER_PREFIX = "trendweb-lokaal:offline-copy:";
const TAB_LOCK_PREFIX = "trendweb-lokaal:open-tab:";
/**
 * IndexedDB writes the copy shortly after a change; a closed tab's marker is only cleared by a
 * tab that loaded the copy at least this long after that tab's last change.
 */
const WRITE_MARGIN_MS = 2_000;

export type TOfflineCopyState = "saved" | "pending";

export interface TOfflineCopyMarker {
  key: string;
  storeName: string;
  /** null for markers written before markers were per tab. */
  tabId: string | null;
  state: TOfflineCopyState;
  /** When a pending tab last changed the copy (epoch ms; 0 when unknown). */
  changedAt: number;
}

/** This tab's id (per page load). */
const TAB_ID = typeof crypto !== "undefined" && "randomUUID" in crypto ? crypto.randomUUID() : `${Date.now()}-${Math.random()}`;

export function parseOfflineCopyMarker(key: string, value: string | null): TOfflineCopyMarker | null {
  if (!key.startsWith(MARKER_PREFIX) || value === null) return null;
  const rest = key.slice(MARKER_PREFIX.length);
  const hash = rest.lastIndexOf("#");
  const storeName = hash < 0 ? rest : rest.slice(0, hash);
  const tabId = hash < 0 ? null : rest.slice(hash + 1);
  if (value === "saved" || value === "pending") return { key, storeName, tabId, state: value, changedAt: 0 };
  try {
    const parsed = JSON.parse(value) as { state?: unknown; changedAt?: unknown };
    const state = parsed.state === "saved" ? "saved" : "pending";
    return { key, storeName, tabId, state, changedAt: typeof parsed.changedAt === "number" ? parsed.changedAt : 0 };
  } catch {
    // Unreadable: count it as pending (the copy is kept), the safe side.
    return { key, storeName, tabId, state: "pending", changedAt: 0 };
  }
}

/** Copies every marker of which says saved (these may be deleted), and how many are kept. */
export function deletableCopies(markers: readonly TOfflineCopyMarker[]): { deletable: string[]; kept: number } {
  const stores = new Set(markers.map((marker) => marker.storeName));
  const pending = new Set(markers.filter((marker) => marker.state === "pending").map((marker) => marker.storeName));
  return { deletable: [...stores].filter((storeName) => !pending.has(storeName)), kept: pending.size };
}

/**
 * Markers of `storeName` left by tabs that are closed now and whose last change was written
 * before this tab loaded the copy: all they wrote is in this tab, so once it is saved they
 * can go. `openTabs` null (the browser cannot tell which tabs are open) clears nothing.
 */
export function markersCoveredByThisTab(
  markers: readonly TOfflineCopyMarker[],
  storeName: string,
  options: { ownTabId: string; openTabs: ReadonlySet<string> | null; loadStartedAt: number },
): TOfflineCopyMarker[] {
  const { ownTabId, openTabs, loadStartedAt } = options;
  if (!openTabs) return [];
  return markers.filter(
    (marker) =>
      marker.storeName === storeName &&
      marker.tabId !== ownTabId &&
      (marker.tabId === null || !openTabs.has(marker.tabId)) &&
      marker.changedAt + WRITE_MARGIN_MS <= loadStartedAt,
  );
}

// ---------------------------------------------------------------- browser side

function readMarkers(): TOfflineCopyMarker[] {
  return Object.keys(window.localStorage).flatMap((key) => {
    const marker = parseOfflineCopyMarker(key, window.localStorage.getItem(key));
    return marker ? [marker] : [];
  });
}

let holdingTabLock = false;

/** Holds this tab's Web Lock until the tab is gone (other tabs query it to see it is open). */
function holdTabLock(): void {
  if (holdingTabLock || typeof navigator === "undefined" || !navigator.locks) return;
  holdingTabLock = true;
  void navigator.locks.request(TAB_LOCK_PREFIX + TAB_ID, () => new Promise<never>(() => undefined)).catch(() => undefined);
}

async function openTabs(): Promise<Set<string> | null> {
  if (typeof navigator === "undefined" || !navigator.locks) return null;
  try {
    const { held = [] } = await navigator.locks.query();
    return new Set(held.flatMap(({ name }) => (name?.startsWith(TAB_LOCK_PREFIX) ? [name.slice(TAB_LOCK_PREFIX.length)] : [])));
  } catch {
    return null;
  }
}

/** Records this tab's state of the copy (pending: called again on every change). */
export function markOfflineCopy(storeName: string, state: TOfflineCopyState): void {
  holdTabLock();
  try {
    window.localStorage.setItem(`${MARKER_PREFIX}${storeName}#${TAB_ID}`, JSON.stringify({ state, changedAt: Date.now() }));
  } catch {
    // Storage full or blocked: the copy keeps whatever marker it had; without one it is not
    // deleted at sign-out (only marked copies are).
  }
}

/** This tab is saved: removes the markers of closed tabs whose text it loaded (see above). */
export async function forgetCopiesOfClosedTabs(storeName: string, loadStartedAt: number): Promise<void> {
  const covered = markersCoveredByThisTab(readMarkers(), storeName, { ownTabId: TAB_ID, openTabs: await openTabs(), loadStartedAt });
  for (const marker of covered) window.localStorage.removeItem(marker.key);
}

/** Deletes every offline copy that no tab marks pending; returns how many copies were kept. */
export function removeSavedOfflineCopies(): { removed: number; kept: number } {
  if (typeof window === "undefined" || typeof indexedDB === "undefined") return { removed: 0, kept: 0 };
  const markers = readMarkers();
  const { deletable, kept } = deletableCopies(markers);
  for (const storeName of deletable) {
    // Not awaited: while an editor still has the store open the deletion waits ("blocked")
    // and completes as soon as the page navigates away after signing out.
    indexedDB.deleteDatabase(storeName);
    for (const marker of markers) if (marker.storeName === storeName) window.localStorage.removeItem(marker.key);
  }
  return { removed: deletable.length, kept };
}
