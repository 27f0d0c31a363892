import { describe, expect, it } from "vitest";
import { coversStateVector, SAVE_TEXTS, saveStatus, saveText, type TSaveInputs } from "./save-state";

const sv = (entries: Record<number, number>) => new Map(Object.entries(entries).map(([client, clock]) => [Number(client), clock]));

/** Connected, synced, vouched for, nothing waiting for an acknowledgement: saved. */
const saved: TSaveInputs = { connection: "connected", synced: true, vouched: true, unacknowledged: 0 };

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
  it("says Opgeslagen only when vouched for and everything sent since is acknowledged", () => {
    expect(saveStatus(saved)).toBe("saved");
    expect(saveText(saved)).toBe("Opgeslagen");
  });

  it.each<[string, Partial<TSaveInputs>]>([
    ["before the first connection", { connection: "connecting", synced: false }],
    ["before the handshake finished", { synced: false }],
    ["before an answer vouched for what this browser holds", { vouched: false }],
    ["while a change waits for its acknowledgement", { unacknowledged: 1 }],
  ])("says Opslaan… %s", (_case, change) => {
    expect(saveText({ ...saved, ...change })).toBe(SAVE_TEXTS.saving);
  });

  it("says offline while disconnected, whatever it knew before", () => {
    expect(saveText({ ...saved, connection: "disconnected" })).toBe("Offline – wijzigingen blijven bewaard op dit apparaat");
    expect(saveStatus({ ...saved, connection: "disconnected", synced: false, unacknowledged: 3 })).toBe("offline");
  });
});
