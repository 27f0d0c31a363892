import { describe, expect, it } from "vitest";
import { segmentText, type THighlight } from "./text-segments";

const h = (id: string, start: number, end: number, number = 1): THighlight => ({ id, number, start, end });

describe("segmentText", () => {
  it("returns the whole text as one run without highlights", () => {
    expect(segmentText("Hallo wereld", 0, [])).toEqual([{ start: 0, text: "Hallo wereld", covering: [], starting: [], ending: [] }]);
  });

  it("splits at the boundaries of overlapping highlights", () => {
    const a = h("a", 0, 5);
    const b = h("b", 3, 9, 2);
    const segments = segmentText("Hallo wereld", 0, [a, b]);
    expect(segments.map((segment) => [segment.text, segment.covering.map((x) => x.id).join("")])).toEqual([
      ["Hal", "a"],
      ["lo", "ab"],
      [" wer", "b"],
      ["eld", ""],
    ]);
    expect(segments[0]!.starting).toEqual([a]);
    expect(segments[1]!.ending).toEqual([a]);
    expect(segments[2]!.ending).toEqual([b]);
  });

  it("works in block offsets for a list item and marks start and end only where they are", () => {
    // Block "Wonen\nWerken": the highlight runs from "nen" into "Wer".
    const across = h("x", 2, 9);
    const first = segmentText("Wonen", 0, [across]);
    const second = segmentText("Werken", 6, [across]);
    expect(first.map((segment) => segment.text)).toEqual(["Wo", "nen"]);
    expect(first[1]!.ending).toEqual([]);
    expect(second.map((segment) => [segment.start, segment.text])).toEqual([
      [6, "Wer"],
      [9, "ken"],
    ]);
    expect(second[0]!.starting).toEqual([]);
    expect(second[0]!.ending).toEqual([across]);
  });
});
