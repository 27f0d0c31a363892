import { describe, expect, it } from "vitest";
import { HIGHLIGHT_START as S, HIGHLIGHT_STOP as E, highlightSegments, stripHighlightMarkers } from "./highlight-segments";

describe("highlightSegments", () => {
  it("splits a ts_headline result into plain and highlighted parts", () => {
    expect(highlightSegments(`De ${S}gemeenten${E} en de ${S}gemeente${E} Zwolle`)).toEqual([
      { text: "De ", highlight: false },
      { text: "gemeenten", highlight: true },
      { text: " en de ", highlight: false },
      { text: "gemeente", highlight: true },
      { text: " Zwolle", highlight: false },
    ]);
  });

  it("keeps HTML in the text as text (React escapes it)", () => {
    expect(highlightSegments(`<script>alert(1)</script> ${S}<b>${E}`)).toEqual([
      { text: "<script>alert(1)</script> ", highlight: false },
      { text: "<b>", highlight: true },
    ]);
  });

  it("merges adjacent highlights and tolerates unbalanced markers", () => {
    expect(highlightSegments(`${S}rode${E}${S} draad${E}`)).toEqual([{ text: "rode draad", highlight: true }]);
    expect(highlightSegments(`stray${E} stop ${S}open`)).toEqual([
      { text: "stray stop ", highlight: false },
      { text: "open", highlight: true },
    ]);
    expect(highlightSegments("")).toEqual([]);
  });

  it("strips markers", () => {
    expect(stripHighlightMarkers(`a${S}b${E}c`)).toBe("abc");
  });
});
