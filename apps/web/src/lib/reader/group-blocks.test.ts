import type { TBlock, TFigure } from "@trendweb/content";
import { describe, expect, it } from "vitest";
import { groupBoxes, placeFigures } from "./group-blocks";

const p = (id: string): TBlock => ({ id, type: "paragraph", text: id });
const h = (id: string, level: 2 | 3 = 2, box?: true): TBlock => ({ id, type: "heading", level, text: id, ...(box ? { box } : {}) });
const fig = (id: string, afterBlockId: string | null): TFigure => ({ id, number: 1, caption: id, source: null, afterBlockId });

const ids = (items: ReturnType<typeof groupBoxes>) =>
  items.map((item) =>
    item.kind === "box"
      ? { box: item.heading.id, items: item.items.map((inner) => (inner.kind === "block" ? inner.block.id : inner.figure.id)) }
      : item.kind === "block"
        ? item.block.id
        : item.figure.id,
  );

describe("placeFigures", () => {
  it("puts figures after their anchor block, unanchored ones first, keeping their order", () => {
    const flow = placeFigures([p("b1"), p("b2")], [fig("f1", "b2"), fig("f0", null), fig("f2", "b2")]);
    expect(flow.map((item) => (item.kind === "block" ? item.block.id : item.figure.id))).toEqual(["f0", "b1", "b2", "f1", "f2"]);
  });
});

describe("groupBoxes", () => {
  it("gathers a box with the blocks and figures up to the next heading", () => {
    const flow = placeFigures([p("b1"), h("box", 2, true), p("b3"), h("sub", 3), p("b5"), h("next"), p("b7")], [fig("f1", "b3")]);
    expect(ids(groupBoxes(flow))).toEqual(["b1", { box: "box", items: ["b3", "f1", "sub", "b5"] }, "next", "b7"]);
  });

  it("lets a box follow a box", () => {
    expect(ids(groupBoxes(placeFigures([h("x", 2, true), p("a"), h("y", 2, true), p("b")])))).toEqual([
      { box: "x", items: ["a"] },
      { box: "y", items: ["b"] },
    ]);
  });
});
