import { describe, expect, it } from "vitest";
import { coversStateVector, isCheckOutstanding, needsRecheck, SAVE_TEXTS, saveStatus, saveText, type TSaveInputs } from "./save-state";

const sv = (entries: Record<number, number>) => new Map(Object.entries(entries).map(([client, clock]) => [Number(client), clock]));

/** Connected, synced, check 3 answered with exactly the local state: saved. */
const saved: TSaveInputs = {
  connection: "connected",
  synced: true,
  unsyncedChanges: 0,
  lastCheckSent: 3,
  lastDurable: { id: 3, stateVector: sv({ 1: 10, 2: 5 }) },
  changedSinceCheck: false,
  localStateVector: sv({ 1: 10, 2: 5 }),
};

describe("coversStateVector", () => {
  it("holds when every local clock is at most the committed one", () => {
    expect(coversStateVector(sv({ 1: 10, 2: 5 }), sv({ 1: 10, 2: 4 }))).toBe(true);
    expect(coversStateVector(sv({ 1: 10 }), sv({}))).toBe(true);
    expect(coversStateVector(sv({ 1: 10, 7: 1 }), sv({ 1: 3 }))).toBe(true);
  });

  it("fails when the browser has anything the server has not committed", () => {
    expect(coversStateVector(sv({ 1: 10 }), sv({ 1: 11 }))).toBe(false);
    expect(coversStateVector(sv({ 1: 10 }), sv({ 1: 10, 2: 1 }))).toBe(false);
  });
});

describe("saveStatus", () => {
  it("says Opgeslagen only when everything is vouched for", () => {
    expect(saveStatus(saved)).toBe("saved");
    expect(saveText(saved)).toBe("Opgeslagen");
  });

  it("is saved when the server committed more than this browser has seen", () => {
    expect(saveStatus({ ...saved, lastDurable: { id: 3, stateVector: sv({ 1: 12, 2: 5, 9: 4 }) } })).toBe("saved");
  });

  it.each<[string, Partial<TSaveInputs>]>([
    ["before the first connection", { connection: "connecting", synced: false }],
    ["before the handshake finished", { synced: false }],
    ["while updates are not yet received by the server", { unsyncedChanges: 1 }],
    ["before any check was sent", { lastCheckSent: null, lastDurable: null }],
    ["while the answer to the latest check is outstanding", { lastCheckSent: 4 }],
    ["when no answer arrived at all", { lastDurable: null }],
    ["after a local change made after the check was sent", { changedSinceCheck: true }],
    ["when the answer does not cover a local change", { localStateVector: sv({ 1: 11, 2: 5 }) }],
    ["when the answer does not cover a change from someone else", { localStateVector: sv({ 1: 10, 2: 5, 3: 1 }) }],
  ])("says Opslaan… %s", (_case, change) => {
    expect(saveText({ ...saved, ...change })).toBe(SAVE_TEXTS.saving);
  });

  it("says offline while disconnected, whatever it knew before", () => {
    expect(saveText({ ...saved, connection: "disconnected" })).toBe("Offline – wijzigingen blijven bewaard op dit apparaat");
    expect(saveStatus({ ...saved, connection: "disconnected", synced: false, unsyncedChanges: 3 })).toBe("offline");
  });

  it("never claims a save for an answer to an older check", () => {
    // Check 4 was sent after more typing; the late answer to 3 must not count.
    expect(saveStatus({ ...saved, lastCheckSent: 4, lastDurable: { id: 3, stateVector: sv({ 1: 99, 2: 99 }) } })).toBe("saving");
  });
});

describe("checks", () => {
  it("knows when an answer is outstanding", () => {
    expect(isCheckOutstanding({ lastCheckSent: null, lastDurable: null })).toBe(false);
    expect(isCheckOutstanding({ lastCheckSent: 1, lastDurable: null })).toBe(true);
    expect(isCheckOutstanding({ lastCheckSent: 2, lastDurable: { id: 1, stateVector: sv({}) } })).toBe(true);
    expect(isCheckOutstanding({ lastCheckSent: 2, lastDurable: { id: 2, stateVector: sv({}) } })).toBe(false);
  });

  it("asks again only when an answer came back short and nothing is in flight", () => {
    expect(needsRecheck(saved)).toBe(false);
    expect(needsRecheck({ ...saved, localStateVector: sv({ 1: 11, 2: 5 }) })).toBe(true);
    expect(needsRecheck({ ...saved, lastCheckSent: 4, localStateVector: sv({ 1: 11 }) })).toBe(false);
    expect(needsRecheck({ ...saved, unsyncedChanges: 2, localStateVector: sv({ 1: 11 }) })).toBe(false);
    expect(needsRecheck({ ...saved, connection: "disconnected", localStateVector: sv({ 1: 11 }) })).toBe(false);
    expect(needsRecheck({ ...saved, lastCheckSent: null, lastDurable: null })).toBe(true);
  });
});
