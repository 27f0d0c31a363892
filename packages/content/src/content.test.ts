import { describe, expect, it } from "vitest";
import { GEMEENTEN, blockPlainText, getLemma, lemmaPlainText, lemmasAlphabetical, trendweb } from "./index";
import { findOcrDebris } from "./find-ocr-debris";
import type { TBlock } from "./schema";

const TITLES: Record<string, string> = {
  A: "Van mobiliteit naar bereikbaarheid",
  B: "Regionale economie",
  C: "Woningbouw: op zoek naar balans tussen vraag en aanbod",
  D: "Droger en natter: naar een watersysteem met draagkracht",
  E: "Meer bouwen met en voor natuur",
  F: "Een groene gezonde leefomgeving",
  G: "Demografische ontwikkelingen",
  H: "Toenemend debat over zorg en gezondheid",
  I: "Meer aandacht voor mentaal welbevinden onder jongeren",
  J: "Bestaans(on)zekerheid",
  K: "Een arbeidsmarkt met steeds meer gaten",
  L: "Herontdekking van de gemeenschap",
  M: "Sport en cultuur: hoge verwachtingen en financiële kwetsbaarheid",
  N: "Ontwikkelingen in democratie en burgerschap",
  O: "Ambt onder druk",
  P: "In de frontlinie tegen ondermijning",
  Q: "Onzekere overheidsfinanciën",
  R: "Regionale samenwerking",
  S: "Onrust op het wereldtoneel",
  T: "Digitale overheid: kwetsbaarheden en kansen",
};

/** The "Klik hier en lees meer over" lists as printed (H, I and M have none). */
const SEE_ALSO: Record<string, string> = {
  A: "CGJK", B: "EKRS", C: "AEGP", D: "CEFR", E: "BCDF", F: "AGLM", G: "AKLS", H: "", I: "", J: "ABKQ",
  K: "AGHP", L: "FIMN", M: "", N: "MOPR", O: "LNPS", P: "IJOT", Q: "EHIS", R: "DHNT", S: "BGLT", T: "BKOR",
};

/** Gemeenten named in the text (the footnote of lemma O that names Zwolle is not part of the content). */
const MENTIONS: Record<string, Record<string, number>> = {
  A: { enschede: 4, zwolle: 4, almelo: 1, dalfsen: 1, deventer: 1, kampen: 1, ommen: 1, wierden: 1 },
  C: { deventer: 2, zwolle: 2, almelo: 1, dalfsen: 1, enschede: 1, hengelo: 1, kampen: 1, "olst-wijhe": 1 },
  E: { zwolle: 1 },
  G: { enschede: 1, hengelo: 1, zwolle: 1 },
  I: { hardenberg: 2, zwolle: 1 },
  J: { almelo: 1, deventer: 1, enschede: 1 },
  S: { staphorst: 1 },
  T: { enschede: 2, zwolle: 2, "hof-van-twente": 1 },
};

function allBlocks(): { where: string; block: TBlock }[] {
  return [
    ...trendweb.intro.map((block) => ({ where: "intro", block })),
    ...trendweb.threadsIntro.map((block) => ({ where: "draden", block })),
    ...trendweb.threads.flatMap((t) => t.blocks.map((block) => ({ where: t.slug, block }))),
    ...trendweb.lemmas.flatMap((l) => [...l.blocks, ...l.relevance.blocks].map((block) => ({ where: l.letter, block }))),
  ];
}

function allTexts(): { where: string; text: string }[] {
  return [
    ...allBlocks().map(({ block }) => ({ where: block.id, text: blockPlainText(block) })),
    ...trendweb.lemmas.flatMap((l) => [
      { where: `${l.letter} title`, text: l.title },
      ...l.figures.map((f) => ({ where: f.id, text: f.source ? `${f.caption} Bron: ${f.source}` : f.caption })),
    ]),
  ];
}

describe("structure", () => {
  it("has the edition metadata", () => {
    expect(trendweb.edition).toEqual({ id: "trendweb-2025", title: "Trendweb 2025", publisher: "Trendbureau Overijssel", year: 2025, number: 3 });
  });

  it("has 20 lemmas A–T in document order with their exact titles", () => {
    expect(trendweb.lemmas.map((l) => [l.letter, l.title])).toEqual(Object.entries(TITLES));
  });

  it("derives lowercase ASCII slugs from the titles", () => {
    expect(getLemma("bestaansonzekerheid")?.letter).toBe("J");
    expect(getLemma("onzekere-overheidsfinancien")?.letter).toBe("Q");
    for (const lemma of trendweb.lemmas) expect(lemma.slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(new Set(trendweb.lemmas.map((l) => l.slug)).size).toBe(20);
  });

  it("has the introduction and the three rode draden", () => {
    expect(trendweb.intro.length).toBeGreaterThan(5);
    expect(trendweb.threads.map((t) => [t.number, t.slug, t.title])).toEqual([
      [1, "samenhang-en-samenwerking", "Samenhang en samenwerking"],
      [2, "waarden-en-ethiek", "Waarden en ethiek"],
      [3, "de-snelheid-van-ontwikkelingen", "De snelheid van ontwikkelingen"],
    ]);
    // The thread titles in capitals inside the introduction are not headings there.
    expect(trendweb.intro.some((b) => b.type === "heading" && /SAMENHANG|WAARDEN/.test(b.text))).toBe(false);
  });

  it("gives every lemma a relevance section with content", () => {
    for (const lemma of trendweb.lemmas) {
      const expected = lemma.letter === "M" ? "Relevantie voor gemeenten" : "Relevantie voor Overijsselse gemeenten";
      expect(lemma.relevance.heading, lemma.letter).toBe(expected);
      const words = lemma.relevance.blocks.map(blockPlainText).join(" ").split(/\s+/).length;
      expect(words, lemma.letter).toBeGreaterThan(40);
    }
  });

  it("gives every block a unique, stable id", () => {
    const ids = allBlocks().map(({ block }) => block.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const { where, block } of allBlocks()) {
      if (/^[A-T]$/.test(where)) expect(block.id).toMatch(new RegExp(`^${where.toLowerCase()}-(body|rel)-\\d{2}(-\\d+)?$`));
    }
  });

  it("marks the boxes named in the content notes", () => {
    const boxes = trendweb.lemmas.flatMap((l) => l.blocks.filter((b) => b.type === "heading" && b.box).map((b) => blockPlainText(b)));
    expect(boxes).toEqual(expect.arrayContaining(["Wat is AI?", "Noaberschap", "Grijs voor groen"]));
  });
});

describe("cross-references", () => {
  it("match the printed lists and point at existing lemmas", () => {
    const letters = new Set(trendweb.lemmas.map((l) => l.letter));
    for (const lemma of trendweb.lemmas) {
      expect(lemma.seeAlso.join(""), lemma.letter).toBe(SEE_ALSO[lemma.letter]);
      for (const letter of lemma.seeAlso) expect(letters.has(letter)).toBe(true);
    }
  });
});

describe("figures", () => {
  it("keeps the 46 captions with their sources and positions", () => {
    const figures = trendweb.lemmas.flatMap((l) => l.figures.map((f) => ({ lemma: l, figure: f })));
    expect(figures.length).toBe(46);
    for (const { lemma, figure } of figures) {
      expect(figure.caption.length, figure.id).toBeGreaterThan(10);
      if (figure.afterBlockId !== null) expect(lemma.blocks.some((b) => b.id === figure.afterBlockId), figure.id).toBe(true);
    }
    const withoutSource = figures.filter(({ figure }) => figure.source === null).map(({ figure }) => figure.id);
    expect(withoutSource).toEqual(["a-fig-08", "d-fig-01", "q-fig-01"]);
    const bySource = Object.fromEntries(figures.map(({ figure }) => [figure.id, figure.source]));
    expect(bySource["a-fig-01"]).toBe("Ministerie van Infrastructuur en Waterstaat");
    expect(bySource["m-fig-01"]).toBe("Kunsten ’92 (2024)");
    expect(bySource["o-fig-01"]).toBe("Ipsos I&O");
  });
});

describe("mentions of gemeenten", () => {
  it("counts whole, case-sensitive names per lemma", () => {
    const actual = Object.fromEntries(
      trendweb.lemmas.filter((l) => l.mentions.length > 0).map((l) => [l.letter, Object.fromEntries(l.mentions.map((m) => [m.gemeente, m.count]))]),
    );
    expect(actual).toEqual(MENTIONS);
  });

  it("only names gemeenten from the list", () => {
    const slugs = new Set(GEMEENTEN.map((g) => g.slug));
    for (const lemma of trendweb.lemmas) for (const m of lemma.mentions) expect(slugs.has(m.gemeente)).toBe(true);
  });
});

describe("clean text", () => {
  it("contains no OCR debris anywhere", () => {
    const hits = allTexts().flatMap(({ where, text }) => findOcrDebris(text).map((hit) => `${where}: ${hit.pattern}: …${hit.excerpt}…`));
    expect(hits).toEqual([]);
  });

  it("contains no word split by a line-end hyphen", () => {
    // "woon- en zorgcentrum", "korte- als lange-termijnoplossingen" are real; "bereik- baarheid" is not.
    const broken = allTexts().flatMap(({ where, text }) =>
      [...text.matchAll(/\p{L}+- (?!(?:en|of|tot|als|noch)\b)\p{Ll}+/gu)].map((m) => `${where}: ${m[0]}`),
    );
    expect(broken).toEqual([]);
    const text = allTexts().map((t) => t.text).join("\n");
    for (const real of ["kabinet-Schoof", "STOMP-principe", "woon- en zorgcentrum", "EU-lidstaten", "mbo-opleiding"]) {
      expect(text.toLowerCase()).toContain(real.toLowerCase());
    }
  });

  it("restores misread diacritics and words", () => {
    const text = allTexts().map((t) => t.text).join("\n");
    for (const word of ["financiële", "ideeën", "creëren", "patiënten", "coöperatieve", "invloed", "Iedereen", "beïnvloed", "Oekraïne"]) {
      expect(text).toContain(word);
    }
    for (const wrong of ["financiéle", "ideeén", "creéren", "pati€nten", "codperatieve", "invioed", "ledereen", "ﬂ"]) {
      expect(text).not.toContain(wrong);
    }
    expect(lemmaPlainText(getLemma("digitale-overheid-kwetsbaarheden-en-kansen")!)).not.toMatch(/\bAl\b/);
  });

  it("keeps real questions and quotes", () => {
    const text = allTexts().map((t) => t.text).join("\n");
    expect(text).toContain("Wat is AI?");
    expect(text).toContain("wie mogen daarvan profiteren? In Overijssel");
    expect(text).toContain("‘Alles hangt met alles samen’ is een uitspraak");
  });

  it("drops page furniture and chart labels", () => {
    const text = allTexts().map((t) => t.text).join("\n");
    for (const junk of ["LEMMA", "KLIK EN GA NAAR", "Ecanamische", "Bredewelvaartdoelen", "Dudgettaeffec", "Klik hier"]) {
      expect(text).not.toContain(junk);
    }
  });
});

describe("helpers", () => {
  it("sorts DE LIJST with Dutch collation", () => {
    const titles = lemmasAlphabetical().map((l) => l.title);
    expect(titles[0]).toBe("Ambt onder druk");
    expect(titles.at(-1)).toBe("Woningbouw: op zoek naar balans tussen vraag en aanbod");
    expect([...titles].sort((a, b) => a.localeCompare(b, "nl"))).toEqual(titles);
  });

  it("gives plain text for blocks and lemmas", () => {
    expect(blockPlainText({ id: "x-1", type: "list", items: ["een", "twee"] })).toBe("een\ntwee");
    const lemma = getLemma("regionale-economie")!;
    const text = lemmaPlainText(lemma);
    expect(text.startsWith("Regionale economie")).toBe(true);
    expect(text).toContain("Relevantie voor Overijsselse gemeenten");
    expect(text).toContain("Bron: CBS");
    expect(getLemma("bestaat-niet")).toBeUndefined();
  });
});
