import { describe as suite, expect, it } from "vitest";
import { anchor, ANCHOR_THRESHOLD, describe, ZTextSelectors, type TAnchorResult } from "./index";

const TEXT =
  "De energietransitie vraagt veel van gemeenten. Netcongestie remt de bouw van woningen en bedrijven. " +
  "Lokale energiecoöperaties spelen een steeds grotere rol in de wijken. Tegelijk stijgen de kosten voor huishoudens.";
const PASSAGE = "Netcongestie remt de bouw van woningen en bedrijven.";

function selectorsFor(text: string, passage: string, occurrence = 0) {
  let start = -1;
  for (let n = 0; n <= occurrence; n += 1) start = text.indexOf(passage, start + 1);
  if (start === -1) throw new Error(`passage not found: ${passage}`);
  return describe(text, start, start + passage.length);
}

function anchored(result: TAnchorResult) {
  if (result.orphan) throw new Error("expected an anchor, got an orphan");
  return result;
}

suite("describe", () => {
  it("builds a TextQuoteSelector with context and a TextPositionSelector", () => {
    const selectors = selectorsFor(TEXT, PASSAGE);
    expect(selectors.quote).toEqual({
      type: "TextQuoteSelector",
      exact: PASSAGE,
      prefix: TEXT.slice(TEXT.indexOf(PASSAGE) - 32, TEXT.indexOf(PASSAGE)),
      suffix: " Lokale energiecoöperaties spele",
    });
    expect(selectors.quote.prefix).toBe("nergietransitie vraagt veel van gemeenten. ".slice(-32));
    expect(selectors.position).toEqual({ type: "TextPositionSelector", start: TEXT.indexOf(PASSAGE), end: TEXT.indexOf(PASSAGE) + PASSAGE.length });
    expect(ZTextSelectors.parse(selectors)).toEqual(selectors);
  });

  it("keeps context within the block and refuses empty or out-of-range passages", () => {
    expect(describe("Kort.", 0, 5).quote).toMatchObject({ exact: "Kort.", prefix: "", suffix: "" });
    expect(() => describe(TEXT, 5, 5)).toThrow(RangeError);
    expect(() => describe(TEXT, -1, 5)).toThrow(RangeError);
    expect(() => describe(TEXT, 0, TEXT.length + 1)).toThrow(RangeError);
    expect(() => describe(TEXT, 1.5, 4)).toThrow(RangeError);
  });
});

suite("anchor", () => {
  const selectors = selectorsFor(TEXT, PASSAGE);

  it("uses the position when the text is unchanged", () => {
    expect(anchor(selectors, TEXT)).toEqual({ start: selectors.position.start, end: selectors.position.end, confidence: 1, method: "position" });
  });

  it("finds the quote after an edit before it", () => {
    const edited = TEXT.replace("vraagt veel van", "vraagt in de komende raadsperiode heel veel van");
    const result = anchored(anchor(selectors, edited));
    expect(result.method).toBe("quote");
    expect(edited.slice(result.start, result.end)).toBe(PASSAGE);
    expect(result.confidence).toBeGreaterThan(0.9); // the prefix changed a little
    expect(result.confidence).toBeLessThan(1);
    const farBefore = "Samenvatting vooraf, met veel extra woorden. " + TEXT;
    expect(anchor(selectors, farBefore)).toMatchObject({ method: "quote", confidence: 1 }); // only the offset moved
  });

  it("prefers the edited passage in its context over an unedited copy elsewhere", () => {
    const text = `Begin. ${PASSAGE} Midden van de tekst hier. Elders: ${PASSAGE}`;
    const quote = describe(text, 7, 7 + PASSAGE.length);
    const edited = text.replace("Netcongestie remt de bouw", "Netcongestie remt vooral de bouw");
    const result = anchored(anchor(quote, edited));
    expect(result).toMatchObject({ start: 7, method: "fuzzy" });
  });

  it("keeps the position after an edit behind the quote", () => {
    const edited = TEXT.replace("kosten voor huishoudens", "kosten voor veel huishoudens in Overijssel");
    expect(anchor(selectors, edited)).toMatchObject({ method: "position", confidence: 1 });
  });

  it("anchors fuzzily, with lower confidence, after a word is inserted inside the quote", () => {
    const edited = TEXT.replace("de bouw van woningen", "de bouw van nieuwe woningen");
    const result = anchored(anchor(selectors, edited));
    expect(result.method).toBe("fuzzy");
    expect(edited.slice(result.start, result.end)).toBe("Netcongestie remt de bouw van nieuwe woningen en bedrijven.");
    expect(result.confidence).toBeLessThan(1);
    expect(result.confidence).toBeGreaterThanOrEqual(ANCHOR_THRESHOLD);
  });

  it("anchors an OCR correction inside the quote (a diacritic fixed) fuzzily", () => {
    const ocr = TEXT.replace("energiecoöperaties", "energiecooperaties");
    const quote = selectorsFor(ocr, "Lokale energiecooperaties spelen een steeds grotere rol");
    const corrected = TEXT; // the redactie restores the diaeresis
    const result = anchored(anchor(quote, corrected));
    expect(result.method).toBe("fuzzy");
    expect(corrected.slice(result.start, result.end)).toBe("Lokale energiecoöperaties spelen een steeds grotere rol");
    expect(result.confidence).toBeGreaterThan(0.9);
    expect(result.confidence).toBeLessThan(1);
  });

  it("anchors fuzzily when the correction also shifts the text", () => {
    const ocr = "Inleiding van de trend. " + TEXT.replace("Netcongestie remt", "Netcongcstie remt");
    const quote = selectorsFor(ocr, "Netcongcstie remt de bouw van woningen");
    const result = anchored(anchor(quote, TEXT));
    expect(TEXT.slice(result.start, result.end)).toBe("Netcongestie remt de bouw van woningen");
    expect(result.method).toBe("fuzzy");
  });

  suite("duplicated passages", () => {
    const SENTENCE = "Dit vraagt om samenwerking in de regio.";
    const DUPLICATED = `Over wonen: de vraag groeit snel. ${SENTENCE} Over werk: de krapte blijft groot. ${SENTENCE} Tot slot.`;

    it("picks the occurrence whose context matches, not the first one", () => {
      const second = selectorsFor(DUPLICATED, SENTENCE, 1);
      const edited = "Voorwoord. " + DUPLICATED;
      const result = anchored(anchor(second, edited));
      expect(result.method).toBe("quote");
      expect(result.start).toBe(edited.lastIndexOf(SENTENCE));
      const first = selectorsFor(DUPLICATED, SENTENCE, 0);
      expect(anchored(anchor(first, edited)).start).toBe(edited.indexOf(SENTENCE));
    });

    it("uses closeness to the old position when the contexts are equally good", () => {
      const repeated = "Ja. Ja. Ja. Ja.";
      const third = describe(repeated, 8, 11);
      const edited = "Nee. " + repeated;
      const result = anchored(anchor(third, edited));
      expect(result.start).toBe(5 + 8);
    });

    it("orphans an annotation whose copy was deleted instead of moving it to the other copy", () => {
      const second = selectorsFor(DUPLICATED, SENTENCE, 1);
      const edited = DUPLICATED.replace(` Over werk: de krapte blijft groot. ${SENTENCE}`, " Over werk: zie elders.");
      expect(edited.split(SENTENCE)).toHaveLength(2);
      expect(anchor(second, edited)).toEqual({ orphan: true });
    });
  });

  suite("deletions", () => {
    it("orphans a deleted passage", () => {
      const edited = TEXT.replace(`${PASSAGE} `, "");
      expect(anchor(selectors, edited)).toEqual({ orphan: true });
    });

    it("orphans a passage that was rewritten beyond recognition", () => {
      const edited = TEXT.replace(PASSAGE, "Het stroomnet zit vol, waardoor projecten vertraging oplopen.");
      expect(anchor(selectors, edited)).toEqual({ orphan: true });
    });

    it("orphans when the block is emptied", () => {
      expect(anchor(selectors, "")).toEqual({ orphan: true });
    });

    it("matches a short quote fuzzily only within its bounds, a very short one never", () => {
      const name = describe("De wijk Stadshagen groeit.", 8, 18);
      expect(anchor(name, "De wijk Stadhagen groeit.")).toMatchObject({ start: 8, end: 17, method: "fuzzy" });
      const tiny = describe("Ja. Nee.", 0, 3);
      expect(anchor(tiny, "Jo. Nee.")).toEqual({ orphan: true });
    });
  });

  it("lets the caller demand more confidence", () => {
    const edited = TEXT.replace("de bouw van woningen", "de bouw van nieuwe woningen");
    expect(anchor(selectors, edited, { threshold: 0.999 })).toEqual({ orphan: true });
  });

  it("works on list blocks (items joined by newlines)", () => {
    const list = "Wonen\nWerken\nZorg voor ouderen";
    const quote = describe(list, list.indexOf("Werken"), list.indexOf("Werken") + 6);
    const edited = "Mobiliteit\n" + list;
    expect(anchored(anchor(quote, edited))).toMatchObject({ start: edited.indexOf("Werken"), method: "quote" });
  });
});
