import { describe, expect, it } from "vitest";
import { hasChanges, wordDiff } from "./word-diff.ts";

describe("wordDiff", () => {
  it("marks removed and added words and keeps the rest", () => {
    const parts = wordDiff("De vergrijzing raakt Zwolle sterk.", "De vergrijzing raakt Deventer sterk.");
    expect(parts.filter((p) => p.removed).map((p) => p.value.trim())).toEqual(["Zwolle"]);
    expect(parts.filter((p) => p.added).map((p) => p.value.trim())).toEqual(["Deventer"]);
    expect(parts.filter((p) => !p.added).map((p) => p.value).join("")).toBe("De vergrijzing raakt Zwolle sterk.");
    expect(parts.filter((p) => !p.removed).map((p) => p.value).join("")).toBe("De vergrijzing raakt Deventer sterk.");
  });

  it("reports no change for equal texts", () => {
    expect(hasChanges(wordDiff("gelijk blijft gelijk", "gelijk blijft gelijk"))).toBe(false);
    expect(hasChanges(wordDiff("a", "b"))).toBe(true);
  });
});
