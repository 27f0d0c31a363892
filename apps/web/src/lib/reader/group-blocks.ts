// The reading order of a lemma body: blocks with their figures placed after `afterBlockId`,
// and boxes ("kaders": a heading with `box: true`) gathered with what they hold.
import type { TBlock, TFigure, THeadingBlock } from "@trendweb/content";

export type TFlowItem = { kind: "block"; block: TBlock } | { kind: "figure"; figure: TFigure };

export type TSectionItem = TFlowItem | { kind: "box"; heading: THeadingBlock; items: TFlowItem[] };

/** Blocks in order, each followed by its figures; figures without an anchor come first. */
export function placeFigures(blocks: readonly TBlock[], figures: readonly TFigure[] = []): TFlowItem[] {
  const byAnchor = new Map<string | null, TFigure[]>();
  for (const figure of figures) byAnchor.set(figure.afterBlockId, [...(byAnchor.get(figure.afterBlockId) ?? []), figure]);
  const figuresAfter = (id: string | null): TFlowItem[] => (byAnchor.get(id) ?? []).map((figure) => ({ kind: "figure", figure }));
  return [...figuresAfter(null), ...blocks.flatMap((block): TFlowItem[] => [{ kind: "block", block }, ...figuresAfter(block.id)])];
}

/**
 * Groups a flow into boxes: a box heading takes the items up to the next heading of the
 * same or a higher level (a level-3 sub-heading stays inside a level-2 box).
 */
export function groupBoxes(flow: readonly TFlowItem[]): TSectionItem[] {
  const result: TSectionItem[] = [];
  let box: Extract<TSectionItem, { kind: "box" }> | null = null;
  for (const item of flow) {
    const heading = item.kind === "block" && item.block.type === "heading" ? item.block : null;
    if (heading && box && heading.level <= box.heading.level) box = null;
    if (heading?.box) {
      box = { kind: "box", heading, items: [] };
      result.push(box);
    } else if (box) {
      box.items.push(item);
    } else {
      result.push(item);
    }
  }
  return result;
}
