// ts_headline marks matches with characters from Unicode's private use area, which never
// occur in the content; splitting on them gives text segments that React escapes itself,
// so no HTML from the database is ever injected into a page.

/** Start of a highlighted match (U+E000). */
export const HIGHLIGHT_START = "\uE000";
/** End of a highlighted match (U+E001). */
export const HIGHLIGHT_STOP = "\uE001";

export interface THighlightSegment {
  text: string;
  highlight: boolean;
}

/**
 * Splits a ts_headline result into plain and highlighted segments. Unbalanced or nested
 * markers never leak into the text: a stray stop is dropped, an unclosed start runs to the end.
 */
export function highlightSegments(marked: string): THighlightSegment[] {
  const segments: THighlightSegment[] = [];
  let inside = false;
  let current = "";
  const flush = () => {
    if (current) {
      const last = segments.at(-1);
      if (last && last.highlight === inside) last.text += current;
      else segments.push({ text: current, highlight: inside });
    }
    current = "";
  };
  for (const char of marked) {
    if (char === HIGHLIGHT_START || char === HIGHLIGHT_STOP) {
      flush();
      inside = char === HIGHLIGHT_START;
    } else {
      current += char;
    }
  }
  flush();
  return segments;
}

/** Removes the marker characters, e.g. from text before it is indexed. */
export function stripHighlightMarkers(text: string): string {
  return text.replaceAll(HIGHLIGHT_START, "").replaceAll(HIGHLIGHT_STOP, "");
}
