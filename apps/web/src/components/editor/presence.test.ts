import { describe, expect, it } from "vitest";
import { presentPeople, readAwarenessUser, safeColor } from "./presence";

describe("presence", () => {
  it("lists each person once, yourself first, then by name", () => {
    const states = new Map<number, unknown>([
      [1, { user: { id: "b", name: "Bram", color: "#1f5fa8" } }],
      [2, { user: { id: "self", name: "Ik", color: "#b3261e" } }],
      [3, { user: { id: "a", name: "Anne", color: "#1b6e3a" } }],
      [4, { user: { id: "b", name: "Bram", color: "#1f5fa8" } }],
      [5, {}],
    ]);
    expect(presentPeople(states, "self").map((person) => [person.name, person.isSelf])).toEqual([
      ["Ik", true],
      ["Anne", false],
      ["Bram", false],
    ]);
  });

  it("does not trust what other browsers send", () => {
    expect(readAwarenessUser({ user: { id: "x", name: "  Eve\n  ", color: "red; background:url(//evil)" } })).toEqual({
      id: "x",
      name: "Eve",
      color: "#595959",
    });
    expect(readAwarenessUser({ user: { id: "x", name: 42 } })).toBeNull();
    expect(readAwarenessUser({ user: { id: "", name: "Leeg" } })).toBeNull();
    expect(readAwarenessUser({ user: { id: "x", name: "   " } })).toBeNull();
    expect(readAwarenessUser(null)).toBeNull();
    expect(readAwarenessUser({ user: { id: "x", name: "a".repeat(500) } })?.name).toHaveLength(80);
    expect(safeColor("#A0b1C2")).toBe("#A0b1C2");
  });
});
