// The other readings of a publication: comparison between versions, the JSON document and the
// Atom feed, each with the access rules of the publication itself.
import { createGemeenten, createMembers, createTestDatabase, type TestDatabase } from "@trendweb/db/testing";
import type { PublicationVisibility, RelevanceRating } from "@trendweb/db/node";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { ANONYMOUS, loadViewer, type TViewer } from "../access/viewer.ts";
import { comparePublications } from "./compare-publications.ts";
import { publicationDocument, ZPublicationDocument } from "./publication-document.ts";
import { publicationFeed } from "./publication-feed.ts";
import { getPublication } from "./read-publications.ts";

const ECONOMIE = { lemmaSlug: "regionale-economie", lemmaLetter: "B", coreTitle: "Regionale economie" };
const WONEN = { lemmaSlug: "woningbouw-op-zoek-naar-balans-tussen-vraag-en-aanbod", lemmaLetter: "C", coreTitle: "Woningbouw" };
const GROEN = { lemmaSlug: "een-groene-gezonde-leefomgeving", lemmaLetter: "F", coreTitle: "Een groene, gezonde leefomgeving" };

describe("publication formats", () => {
  let database: TestDatabase;
  const viewers: Record<string, TViewer> = {};
  const ctx = (who: string) => ({ db: database.db, viewer: viewers[who] ?? ANONYMOUS });

  async function publication(gemeente: string, version: number, visibility: PublicationVisibility, sections: { lemma: typeof ECONOMIE; text: string; rating: RelevanceRating | null }[], withdrawnReason?: string) {
    const { id: gemeenteId } = await database.db.gemeente.findUniqueOrThrow({ where: { slug: gemeente } });
    await database.db.publication.create({
      data: {
        gemeenteId,
        version,
        visibility,
        coverNote: `Brief bij versie ${version}`,
        publishedByName: "Gert Griffier",
        publishedAt: new Date(Date.UTC(2026, 2, version)),
        ...(withdrawnReason ? { withdrawnAt: new Date(Date.UTC(2026, 3, version)), withdrawnByName: "Gert Griffier", withdrawalReason: withdrawnReason } : {}),
        sections: {
          create: sections.map((section, index) => ({
            position: index + 1,
            ...section.lemma,
            html: `<p>${section.text}</p>`,
            plainText: section.text,
            status: "GEREED",
            rating: section.rating,
            coreVersion: 0,
            coreVersionAtPublication: 0,
            annotations: [{ blockId: "b1", type: "KANS", quote: "de regio", body: "Kans voor Zwolle", createdAt: "2026-02-01T10:00:00.000Z" }],
          })),
        },
      },
    });
  }

  beforeAll(async () => {
    database = await createTestDatabase(inject("postgresAdminUrl"));
    await createGemeenten(database.db);
    const ids = await createMembers(database.db, [
      ["raadslid", "zwolle", "RAADSLID"],
      ["griffierEnschede", "enschede", "GRIFFIER"],
    ] as const);
    for (const [key, id] of Object.entries(ids)) viewers[key] = await loadViewer(database.db, id);

    await publication("zwolle", 1, "OPENBAAR", [
      { lemma: ECONOMIE, text: "Zwolle is de motor van de regio.", rating: "HOOG" },
      { lemma: WONEN, text: "Er wordt gebouwd.", rating: "MIDDEL" },
    ]);
    await publication("zwolle", 2, "OPENBAAR", [
      { lemma: ECONOMIE, text: "Zwolle is de sterke motor van de hele regio.", rating: "MIDDEL" },
      { lemma: GROEN, text: "De IJssel stijgt.", rating: "HOOG" },
    ]);
    await publication("zwolle", 3, "RAAD", [{ lemma: ECONOMIE, text: "Vertrouwelijk voor de raad.", rating: "HOOG" }]);
    await publication("zwolle", 4, "OPENBAAR", [{ lemma: ECONOMIE, text: "Verkeerd.", rating: "LAAG" }], "Verkeerde brief.");
    await publication("enschede", 1, "RAAD", [{ lemma: ECONOMIE, text: "Enschede.", rating: "LAAG" }]);
  });
  afterAll(() => database.drop());

  describe("comparePublications", () => {
    it("compares with the previous valid version by default: changed, added and removed lemmas, word by word", async () => {
      const comparison = await comparePublications(ctx("anonymous"), "zwolle", 2);
      expect(comparison).toMatchObject({ version: 2, against: 1, older: 1, newer: 2, unavailable: null, choices: [1] });
      expect(comparison.lemmas.map((lemma) => [lemma.lemmaLetter, lemma.change])).toEqual([
        ["B", "GEWIJZIGD"],
        ["C", "VERWIJDERD"],
        ["F", "TOEGEVOEGD"],
      ]);
      const economie = comparison.lemmas[0]!;
      expect(economie).toMatchObject({ ratingBefore: "HOOG", ratingAfter: "MIDDEL" });
      expect(economie.parts.filter((part) => part.added).map((part) => part.value.trim())).toEqual(["sterke", "hele"]);
      expect(economie.parts.filter((part) => part.removed)).toEqual([]);
      expect(comparison.lemmas[1]!.parts).toEqual([{ value: "Er wordt gebouwd.", removed: true }]);
      expect(comparison.lemmas[2]!.parts).toEqual([{ value: "De IJssel stijgt.", added: true }]);
    });

    it("compares with a chosen version, newer or older, when the viewer may read it", async () => {
      const raad = await comparePublications(ctx("raadslid"), "zwolle", 2, 3);
      expect(raad).toMatchObject({ older: 2, newer: 3, choices: [3, 1] });
      expect(raad.lemmas.map((lemma) => lemma.change)).toEqual(["GEWIJZIGD", "VERWIJDERD"]);
      await expect(comparePublications(ctx("anonymous"), "zwolle", 2, 3)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
      await expect(comparePublications(ctx("griffierEnschede"), "zwolle", 2, 3)).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(comparePublications(ctx("raadslid"), "zwolle", 2, 99)).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(comparePublications(ctx("raadslid"), "zwolle", 2, 2)).rejects.toMatchObject({ code: "INVALID_INPUT" });
    });

    it("leaves withdrawn versions out of comparisons", async () => {
      expect(await comparePublications(ctx("anonymous"), "zwolle", 4)).toMatchObject({ unavailable: "DEZE_INGETROKKEN", lemmas: [] });
      expect(await comparePublications(ctx("anonymous"), "zwolle", 2, 4)).toMatchObject({ unavailable: "ANDERE_INGETROKKEN", lemmas: [] });
      expect(await comparePublications(ctx("anonymous"), "zwolle", 1)).toMatchObject({ unavailable: "GEEN_EERDERE_VERSIE", choices: [2] });
    });
  });

  describe("publicationDocument (JSON)", () => {
    it("validates and carries the open-government metadata and the frozen content", async () => {
      const document = publicationDocument(await getPublication(ctx("anonymous"), "zwolle", 2), "https://trendweb.example.nl/");
      expect(ZPublicationDocument.parse(JSON.parse(JSON.stringify(document)))).toEqual(document);
      expect(document).toMatchObject({
        identifier: "https://trendweb.example.nl/g/zwolle/publicaties/2",
        identifiers: { json: "https://trendweb.example.nl/g/zwolle/publicaties/2.json", pdf: "https://trendweb.example.nl/g/zwolle/publicaties/2/pdf" },
        title: "Trendweb Zwolle, versie 2",
        version: 2,
        publisher: { name: "gemeente Zwolle", cbsCode: "GM0193", tooi: "https://identifier.overheid.nl/tooi/id/gemeente/gm0193" },
        language: "nl",
        audience: "OPENBAAR",
        licence: { name: "CC0 1.0" },
        dates: { published: "2026-03-02T00:00:00.000Z", withdrawn: null },
        status: "GELDIG",
        withdrawal: null,
      });
      expect(document.sections.map((section) => [section.lemma.letter, section.rating, section.text])).toEqual([
        ["B", "MIDDEL", "Zwolle is de sterke motor van de hele regio."],
        ["F", "HOOG", "De IJssel stijgt."],
      ]);
      expect(document.sections[0]!.annotations).toEqual([{ type: "KANS", quote: "de regio", body: "Kans voor Zwolle", created: "2026-02-01T10:00:00.000Z" }]);
    });

    it("shows a withdrawn version as withdrawn, and a council-only one without an open licence", async () => {
      const withdrawn = publicationDocument(await getPublication(ctx("anonymous"), "zwolle", 4), "https://trendweb.example.nl");
      expect(ZPublicationDocument.safeParse(withdrawn).success).toBe(true);
      expect(withdrawn).toMatchObject({ status: "INGETROKKEN", dates: { withdrawn: "2026-04-04T00:00:00.000Z" }, withdrawal: { reason: "Verkeerde brief." } });
      const raad = publicationDocument(await getPublication(ctx("raadslid"), "zwolle", 3), "https://trendweb.example.nl");
      expect(raad).toMatchObject({ audience: "RAAD", licence: null });
    });
  });

  describe("publicationFeed (Atom)", () => {
    it("lists the OPENBAAR publications of one gemeente, newest first, withdrawn ones marked", async () => {
      const xml = await publicationFeed({ db: database.db }, "zwolle", "https://trendweb.example.nl");
      expect(xml).toMatch(/^<\?xml version="1.0" encoding="utf-8"\?>\s*<feed xmlns="http:\/\/www.w3.org\/2005\/Atom">/);
      expect(xml).toContain('<link rel="self" href="https://trendweb.example.nl/g/zwolle/publicaties/feed.xml"/>');
      const entries = [...xml.matchAll(/<entry>[\s\S]*?<title type="html"><!\[CDATA\[(.*?)\]\]><\/title>\s*<id>(.*?)<\/id>/g)].map((match) => [match[1], match[2]]);
      expect(entries).toEqual([
        ["Trendweb Zwolle, versie 4 (ingetrokken)", "https://trendweb.example.nl/g/zwolle/publicaties/4"],
        ["Trendweb Zwolle, versie 2", "https://trendweb.example.nl/g/zwolle/publicaties/2"],
        ["Trendweb Zwolle, versie 1", "https://trendweb.example.nl/g/zwolle/publicaties/1"],
      ]);
      expect(xml).not.toContain("Vertrouwelijk");
      expect(xml).not.toContain("publicaties/3");
      const enschede = await publicationFeed({ db: database.db }, "enschede", "https://trendweb.example.nl");
      expect(enschede).not.toContain("<entry>");
      await expect(publicationFeed({ db: database.db }, "bestaat-niet", "https://trendweb.example.nl")).rejects.toMatchObject({ code: "NOT_FOUND" });
    });
  });
});
