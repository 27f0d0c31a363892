// Which offline copies sign-out may delete, with several tabs on one section: a copy goes
// only when no tab that wrote to it still has something the server has not vouched for.
import { describe, expect, it } from "vitest";
import { deletableCopies, markersCoveredByThisTab, parseOfflineCopyMarker, type TOfflineCopyMarker } from "./offline-copies";

const PREFIX = "trendweb-lokaal:offline-copy:";
const STORE = "trendweb-lokaal:user-1:section/zwolle/ambt-onder-druk";
const OTHER_STORE = "trendweb-lokaal:user-1:section/zwolle/regionale-economie";

function marker(storeName: string, tabId: string | null, state: "saved" | "pending", changedAt = 1_000): TOfflineCopyMarker {
  const key = `${PREFIX}${storeName}${tabId === null ? "" : `#${tabId}`}`;
  return parseOfflineCopyMarker(key, JSON.stringify({ state, changedAt }))!;
}

describe("parseOfflineCopyMarker", () => {
  it("reads per-tab markers, markers from before tabs had their own, and ignores other keys", () => {
    expect(parseOfflineCopyMarker(`${PREFIX}${STORE}#tab-a`, JSON.stringify({ state: "pending", changedAt: 42 }))).toMatchObject({ storeName: STORE, tabId: "tab-a", state: "pending", changedAt: 42 });
    expect(parseOfflineCopyMarker(`${PREFIX}${STORE}`, "saved")).toMatchObject({ storeName: STORE, tabId: null, state: "saved" });
    expect(parseOfflineCopyMarker("iets-anders", "saved")).toBeNull();
  });

  it("counts an unreadable marker as pending, so its copy is kept", () => {
    expect(parseOfflineCopyMarker(`${PREFIX}${STORE}#tab-a`, "{kapot")).toMatchObject({ state: "pending" });
  });
});

describe("deletableCopies", () => {
  it("keeps a copy while any tab on it is pending, even when another tab on it is saved", () => {
    const result = deletableCopies([marker(STORE, "tab-a", "pending"), marker(STORE, "tab-b", "saved"), marker(OTHER_STORE, "tab-b", "saved")]);
    expect(result).toEqual({ deletable: [OTHER_STORE], kept: 1 });
  });

  it("deletes a copy every tab of which is saved", () => {
    expect(deletableCopies([marker(STORE, "tab-a", "saved"), marker(STORE, "tab-b", "saved")])).toEqual({ deletable: [STORE], kept: 0 });
  });
});

describe("markersCoveredByThisTab", () => {
  const markers = [
    marker(STORE, "closed-early", "pending", 1_000),
    marker(STORE, "closed-late", "pending", 9_500),
    marker(STORE, "still-open", "pending", 1_000),
    marker(STORE, null, "pending", 0),
    marker(STORE, "me", "saved", 10_000),
    marker(OTHER_STORE, "closed-early", "pending", 1_000),
  ];

  it("clears closed tabs whose last change this tab loaded, and nothing else", () => {
    const covered = markersCoveredByThisTab(markers, STORE, { ownTabId: "me", openTabs: new Set(["me", "still-open"]), loadStartedAt: 10_000 });
    // closed-late changed the copy less than the write margin before this tab loaded it.
    expect(covered.map((entry) => entry.tabId)).toEqual(["closed-early", null]);
  });

  it("clears nothing when the browser cannot tell which tabs are open", () => {
    expect(markersCoveredByThisTab(markers, STORE, { ownTabId: "me", openTabs: null, loadStartedAt: 10_000 })).toEqual([]);
  });
});
