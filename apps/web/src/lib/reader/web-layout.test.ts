import { describe, expect, it } from "vitest";
import { computeWebLayout, linkedLetters, wrapWords, type TWebLemmaInput } from "./web-layout";

const lemmas: TWebLemmaInput[] = [
  { letter: "A", slug: "a", title: "Van mobiliteit naar bereikbaarheid", seeAlso: ["C", "B"] },
  { letter: "B", slug: "b", title: "Regionale economie", seeAlso: ["A"] },
  { letter: "C", slug: "c", title: "Woningbouw: op zoek naar balans tussen vraag en aanbod", seeAlso: [] },
  { letter: "D", slug: "d", title: "Droger en natter", seeAlso: ["B"] },
];
const threads = [
  { number: 1, slug: "samenhang", title: "Samenhang en samenwerking" },
  { number: 2, slug: "waarden", title: "Waarden en ethiek" },
];

describe("wrapWords", () => {
  it("wraps greedily without breaking words", () => {
    expect(wrapWords("Woningbouw: op zoek naar balans tussen vraag en aanbod", 22)).toEqual([
      "Woningbouw: op zoek",
      "naar balans tussen",
      "vraag en aanbod",
    ]);
    expect(wrapWords("Bestaans(on)zekerheid", 10)).toEqual(["Bestaans(on)zekerheid"]);
    expect(wrapWords("  ", 10)).toEqual([]);
  });
});

describe("linkedLetters", () => {
  it("links both ways, in letter order, ignoring unknown letters", () => {
    const linked = linkedLetters([...lemmas, { letter: "E", slug: "e", title: "E", seeAlso: ["Z", "E"] }]);
    expect(Object.fromEntries(linked)).toEqual({ A: ["B", "C"], B: ["A", "D"], C: ["A"], D: ["B"], E: [] });
  });
});

describe("computeWebLayout", () => {
  const layout = computeWebLayout(lemmas, threads);

  it("puts the lemmas on a circle, A at the top, clockwise, inside the canvas", () => {
    const [a, b, c, d] = layout.nodes;
    expect(a).toMatchObject({ letter: "A", x: layout.width / 2 });
    expect(a!.y).toBeLessThan(layout.height / 2);
    expect(b!.x).toBeGreaterThan(a!.x); // right
    expect(c!.y).toBeGreaterThan(layout.height / 2); // bottom
    expect(d!.x).toBeLessThan(a!.x); // left
    for (const node of layout.nodes) {
      expect(node.x).toBeGreaterThan(0);
      expect(node.x).toBeLessThan(layout.width);
      for (const line of node.label.lines) {
        expect(line.y).toBeGreaterThan(0);
        expect(line.y).toBeLessThan(layout.height);
      }
    }
    expect(b!.label.anchor).toBe("start");
    expect(d!.label.anchor).toBe("end");
    expect(a!.label.anchor).toBe("middle");
  });

  it("draws each cross-reference once and marks mutual ones", () => {
    expect(layout.edges.map((edge) => [edge.id, edge.mutual])).toEqual([
      ["A-B", true],
      ["A-C", false],
      ["B-D", false],
    ]);
    expect(layout.edges[0]!.d).toMatch(/^M[\d.]+ [\d.]+Q[\d.]+ [\d.]+ [\d.]+ [\d.]+$/);
    expect(layout.nodes.find((node) => node.letter === "B")!.linked).toEqual(["A", "D"]);
  });

  it("stacks the threads in the middle, without overlap", () => {
    const [first, second] = layout.threads;
    expect(first!.x + first!.width / 2).toBe(layout.width / 2);
    expect(second!.y).toBeGreaterThan(first!.y + first!.height);
    expect(first!.lines.map((line) => line.text)).toEqual(["Samenhang en samenwerking"]);
  });

  it("is deterministic", () => {
    expect(computeWebLayout(lemmas, threads)).toEqual(layout);
  });
});
