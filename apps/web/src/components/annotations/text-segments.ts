// Splits one piece of a block's text (a paragraph, or one list item at `offset`) into the
// runs between highlight boundaries, so overlapping annotations nest without breaking the
// text. Offsets are in the block's plain text, as the anchoring library counts them.

export interface THighlight {
  id: string;
  /** 1, 2, … in the order of the list beside the text. */
  number: number;
  start: number;
  end: number;
}

export interface TTextSegment {
  start: number;
  text: string;
  /** Highlights covering this run. */
  covering: THighlight[];
  /** Highlights that begin at this run's start (and not in an earlier piece). */
  starting: THighlight[];
  /** Highlights that end with this run (and not in a later piece). */
  ending: THighlight[];
}

export function segmentText(text: string, offset: number, highlights: readonly THighlight[]): TTextSegment[] {
  const pieceEnd = offset + text.length;
  const inPiece = highlights.filter((highlight) => highlight.start < pieceEnd && highlight.end > offset);
  const cuts = new Set([offset, pieceEnd]);
  for (const highlight of inPiece) {
    cuts.add(Math.max(offset, highlight.start));
    cuts.add(Math.min(pieceEnd, highlight.end));
  }
  const sorted = [...cuts].sort((a, b) => a - b);
  const segments: TTextSegment[] = [];
  for (let index = 0; index < sorted.length - 1; index += 1) {
    const start = sorted[index]!;
    const end = sorted[index + 1]!;
    if (end === start) continue;
    segments.push({
      start,
      text: text.slice(start - offset, end - offset),
      covering: inPiece.filter((highlight) => highlight.start <= start && highlight.end >= end),
      starting: inPiece.filter((highlight) => highlight.start === start),
      ending: inPiece.filter((highlight) => highlight.end === end),
    });
  }
  return segments;
}
