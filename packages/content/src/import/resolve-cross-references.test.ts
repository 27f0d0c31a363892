import { describe, expect, it } from "vitest";
import { resolveCrossReferences, stripLabelIcon } from "./resolve-cross-references";

const titles = [
  { letter: "H" as const, title: "Toenemend debat over zorg en gezondheid" },
  { letter: "M" as const, title: "Sport en cultuur: hoge verwachtingen en financiële kwetsbaarheid" },
  { letter: "N" as const, title: "Ontwikkelingen in democratie en burgerschap" },
  { letter: "Q" as const, title: "Onzekere overheidsfinanciën" },
];

describe("resolveCrossReferences", () => {
  it("strips icon prefixes", () => {
    expect(stripLabelIcon("v Woningbouw: op zoek")).toBe("Woningbouw: op zoek");
    expect(stripLabelIcon("oOntwikkelingen in democratie")).toBe("Ontwikkelingen in democratie");
    expect(stripLabelIcon("° Digitale overheid")).toBe("Digitale overheid");
    expect(stripLabelIcon("“Sport en cultuur")).toBe("Sport en cultuur");
  });

  it("resolves accent-insensitively, through aliases, and past footnote text", () => {
    const lines = [
      "“Sport en cultuur: hoge verwachtingen en financiéle kwetsbaarheid",
      "Onzekere overheidsfinancién",
      "“ Toenemend debat over houdbaarheid zorg",
      "o Ontwikkelingen in democratie en burgerschap 7 Ipsos 1&0 (2024). Monitor Integriteit",
      "Geraadpleegd op 13 mei 2025.",
      "0064",
    ];
    expect(resolveCrossReferences(lines, titles, "test").map((r) => r.letter)).toEqual(["M", "Q", "H", "N"]);
  });

  it("throws on a label that matches nothing", () => {
    expect(() => resolveCrossReferences(["e Een onbekend onderwerp"], titles, "Lemma X")).toThrow(
      'Lemma X: cross-reference "Een onbekend onderwerp" matches no lemma title or alias',
    );
  });
});
