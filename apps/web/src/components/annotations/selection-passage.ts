// Turns the browser's text selection inside the annotatable core text into a passage of one
// block: the block id and start/end offsets in its plain text (what the anchoring library
// and the server count in). The text is rendered as pieces (`data-block-id`, one per
// paragraph or list item) of runs (`data-offset` = where the run starts in the block's
// text); hidden labels and reference numbers between the runs are not counted.

export interface TPassage {
  blockId: string;
  start: number;
  end: number;
  exact: string;
}

export type TSelectionResult = { passage: TPassage } | { error: string } | null;

interface TPoint {
  blockId: string;
  offset: number;
}

function locate(node: Node, offset: number): TPoint | null {
  const element = node.nodeType === Node.TEXT_NODE ? node.parentElement : (node as Element);
  const piece = element?.closest<HTMLElement>("[data-block-id]");
  if (!piece) return null;
  const blockId = piece.dataset.blockId!;
  const run = node.nodeType === Node.TEXT_NODE ? node.parentElement?.closest<HTMLElement>("[data-offset]") : null;
  if (run && piece.contains(run)) return { blockId, offset: Number(run.dataset.offset) + offset };
  // An element boundary, or a point in a label between runs: the nearest run edge.
  let last = Number(piece.dataset.pieceStart ?? 0);
  for (const candidate of piece.querySelectorAll<HTMLElement>("[data-offset]")) {
    const range = document.createRange();
    range.selectNodeContents(candidate);
    const where = range.comparePoint(node, offset);
    const start = Number(candidate.dataset.offset);
    if (where < 0) return { blockId, offset: start };
    if (where === 0) return { blockId, offset: offset === 0 ? start : start + (candidate.textContent?.length ?? 0) };
    last = start + (candidate.textContent?.length ?? 0);
  }
  return { blockId, offset: last };
}

/**
 * The passage selected inside `root`, `null` when nothing (or nothing there) is selected,
 * or a Dutch message when the selection cannot become one passage.
 */
export function passageFromSelection(selection: Selection | null, root: HTMLElement, blockTexts: ReadonlyMap<string, string>): TSelectionResult {
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  if (!root.contains(range.startContainer) || !root.contains(range.endContainer)) return null;
  const from = locate(range.startContainer, range.startOffset);
  let to = locate(range.endContainer, range.endOffset);
  if (!from) return { error: "Begin de selectie in de tekst van een alinea of lijst." };
  const text = blockTexts.get(from.blockId);
  if (text === undefined) return null;
  // A triple click ends the selection at the start of the next block: keep the first block.
  if (!to || (to.blockId !== from.blockId && to.offset === 0)) to = { blockId: from.blockId, offset: text.length };
  if (to.blockId !== from.blockId) return { error: "Selecteer een passage binnen één alinea of lijst; een aantekening hoort bij één tekstblok." };
  let start = Math.min(from.offset, to.offset);
  let end = Math.max(from.offset, to.offset);
  while (start < end && /\s/.test(text[start]!)) start += 1;
  while (end > start && /\s/.test(text[end - 1]!)) end -= 1;
  if (end <= start) return null;
  return { passage: { blockId: from.blockId, start, end, exact: text.slice(start, end) } };
}
