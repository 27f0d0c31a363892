// The PDF is read back with pdf.js (unpdf), as a reader or screen reader would: its text per
// page, metadata, structure tree and link annotations.
import { extractText, getDocumentProxy, getMeta } from "unpdf";
import { describe, expect, it } from "vitest";
import type { TPublishedSection } from "../read-publications.ts";
import { buildPublicationPdf, publicationPdfFileName, type TPdfPublication } from "./publication-pdf.ts";

function section(position: number, lemmaSlug: string, lemmaLetter: string, coreTitle: string, html: string): TPublishedSection {
  return { position, lemmaSlug, lemmaLetter, coreTitle, html, plainText: "", status: "GEREED", rating: "HOOG", coreVersion: 0, coreVersionAtPublication: 0, outdatedSince: null, annotations: [] };
}

const LONG = `<p>${"Zwolle groeit en de regio groeit mee. ".repeat(120)}</p>`;

function publication(withdrawn: boolean): TPdfPublication {
  return {
    gemeente: { slug: "zwolle", name: "Zwolle", cbsCode: "GM0193" },
    publication: {
      id: "p1",
      version: 3,
      visibility: "OPENBAAR",
      publishedAt: new Date("2026-03-01T10:00:00Z"),
      publishedByName: "Gerda Griffier",
      withdrawn: withdrawn ? { at: new Date("2026-03-04T09:30:00Z"), byName: "Gerda Griffier", reason: "Verkeerde bijlage meegestuurd." } : null,
      sectionCount: 3,
      coverNote: "Geachte leden van de raad,\n\nHierbij ontvangt u de lokale Trendweb.",
      sections: [
        section(1, "regionale-economie", "B", "Regionale economie", `<h3>Werk in de regio</h3><p>Tekst met <strong>vet</strong>, <em>schuin</em> en <a href="https://example.org/banen">een link</a>.</p><ul><li>eerste punt</li><li>tweede <strong>punt</strong></li></ul><ol start="4"><li>vierde stap</li></ol>${LONG}`),
        section(2, "woningbouw", "D", "Woningbouw", ""),
        { ...section(3, "klimaat", "F", "Klimaatverandering", "<p>Dijken aan de ĳssel: Ş →😀 en daarna € gewoon.</p>"), annotations: [{ blockId: "b1", quote: "stijgende zeespiegel", body: "Geldt ook voor de IJssel.", type: "VRAAG", createdAt: new Date() }] },
      ],
    },
  };
}

async function read(pdf: Buffer) {
  const doc = await getDocumentProxy(new Uint8Array(pdf));
  const { text } = await extractText(doc, { mergePages: false });
  return { doc, pages: text };
}

describe("buildPublicationPdf", () => {
  it("has a cover page, a table of contents with the right page numbers and every lemma with its text", async () => {
    const { doc, pages } = await read(await buildPublicationPdf(publication(false)));
    expect(pages[0]).toContain("Trendweb Zwolle, versie 3");
    expect(pages[0]).toContain("gepubliceerd op 1 maart 2026 om 11:00 door Gerda Griffier, griffie van Zwolle");
    expect(pages[0]).toContain("Aanbiedingsbrief");
    expect(pages[0]).toContain("Hierbij ontvangt u de lokale Trendweb.");
    expect(pages[0]).not.toContain("INGETROKKEN");

    expect(pages[1]).toMatch(/^Inhoud\n/);
    const toc = [...pages[1]!.matchAll(/^([A-T])\. (.+) (\d+)$/gm)].map((m) => ({ title: `${m[1]}. ${m[2]}`, page: Number(m[3]) }));
    expect(toc.map((entry) => entry.title)).toEqual(["B. Regionale economie", "D. Woningbouw", "F. Klimaatverandering"]);
    // The long first section runs over two pages: the numbers come from the real layout.
    expect(toc.map((entry) => entry.page)).toEqual([3, 5, 6]);
    for (const entry of toc) expect(pages[entry.page - 1]!.startsWith(entry.title)).toBe(true);
    expect(doc.numPages).toBe(6);

    expect(pages[2]).toContain("Relevantie voor Zwolle: hoog. Status bij publicatie: gereed.");
    expect(pages[2]).toContain("Werk in de regio\nTekst met vet, schuin en een link.\n• eerste punt\n• tweede punt\n4. vierde stap");
    expect(pages[4]).toContain("Zwolle heeft bij deze trend (nog) geen eigen tekst geschreven.");
    expect(pages[5]).toContain("Vraag bij de passage “stijgende zeespiegel”\nGeldt ook voor de IJssel.");
    // Characters the standard fonts cannot show are simplified, never garbling what follows.
    expect(pages[5]).toContain("Dijken aan de ijssel: S -> en daarna € gewoon.");
    expect(pages[3]).toContain("Trendweb Zwolle, versie 3 · pagina 4 van 6");
  });

  it("is tagged: language, title shown, structure with headings, paragraphs, lists and links", async () => {
    const { doc } = await read(await buildPublicationPdf(publication(false)));
    const { info } = await getMeta(doc);
    expect(info).toMatchObject({ Title: "Trendweb Zwolle, versie 3", Author: "Gerda Griffier, griffie van Zwolle", Language: "nl-NL" });
    expect(await doc.getMarkInfo()).toMatchObject({ Marked: true });
    expect(await doc.getOutline()).toEqual(expect.arrayContaining([expect.objectContaining({ title: "B. Regionale economie" })]));

    const page = await doc.getPage(3);
    const roles: string[] = [];
    const walk = (node: { role?: string; children?: unknown[] }) => {
      if (node.role) roles.push(node.role);
      for (const child of node.children ?? []) walk(child as never);
    };
    walk((await page.getStructTree()) as never);
    expect(roles).toEqual(expect.arrayContaining(["Document", "H2", "H3", "H4", "P", "L", "LI", "Lbl", "LBody", "Link"]));
    const links = (await page.getAnnotations()).filter((annotation) => annotation.subtype === "Link");
    expect(links.map((link) => link.url)).toEqual(["https://example.org/banen"]);
  });

  it("marks a withdrawn publication on the cover and on every page", async () => {
    const { pages } = await read(await buildPublicationPdf(publication(true)));
    expect(pages[0]).toContain("INGETROKKEN op 4 maart 2026 om 10:30 door Gerda Griffier.");
    expect(pages[0]).toContain("Reden: Verkeerde bijlage meegestuurd.");
    for (const page of pages) expect(page).toContain("· INGETROKKEN · pagina");
    expect(publicationPdfFileName(publication(true))).toBe("trendweb-zwolle-versie-3-ingetrokken.pdf");
    expect(publicationPdfFileName(publication(false))).toBe("trendweb-zwolle-versie-3.pdf");
  });
});
