import type { THighlightSegment } from "@/lib/search/highlight-segments";

/** Search highlights as <mark>; the text itself is escaped by React like any other text. */
export function HighlightedText({ segments }: { segments: readonly THighlightSegment[] }) {
  return (
    <>
      {segments.map((segment, index) => (segment.highlight ? <mark key={index}>{segment.text}</mark> : segment.text))}
    </>
  );
}
