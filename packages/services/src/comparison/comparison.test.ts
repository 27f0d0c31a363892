import { createGemeenten, createTestDatabase, type TestDatabase } from "@trendweb/db/testing";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import * as Y from "yjs";
import { ANONYMOUS, type TViewer } from "../access/viewer.ts";
import { publish } from "../publications/publish.ts";
import { withdrawPublication } from "../publications/withdraw.ts";
import { updateSectionMeta } from "../sections/update-section-meta.ts";
import { compareLemma } from "./compare-lemma.ts";
import { parseComparisonChoice } from "./comparison-choice.ts";
import { listOtherGemeentenSections } from "./other-gemeenten-sections.ts";
import { overviewCsv } from "./overview-csv.ts";
import { getProvinceOverview } from "./province-overview.ts";
import { parseOverviewSort, sortOverviewRows } from "./sort-overview.ts";
import { getWorkspaceProgress } from "./workspace-progress.ts";
import { createViewers } from "../testing/create-viewers.ts";

const ECONOMIE = "regionale-economie";
const WONEN = "woningbouw-op-zoek-naar-balans-tussen-vraag-en-aanbod";

const TEXTS = {
  zwolle: "Zwolle groeit als centrumstad. De binnenstad trekt bezoekers en de stationsomgeving krijgt nieuwe kantoren. Kantoren en bezoekers versterken de regio.",
  enschede: "Enschede bouwt op de universiteit. Studenten en startups maken de kennisstad sterk; de universiteit en de startups versterken de regio.",
  deventer: "Deventer heeft een sterke binnenstad en logistiek langs de IJssel. Logistiek en binnenstad versterken de regio.",
} as const;

/** Replaces the section's text in the collaboration document as the editor would (state + one update). */
async function writeSection(database: TestDatabase, gemeente: string, lemma: string, text: string): Promise<void> {
  const { db } = database;
  const name = `section/${gemeente}/${lemma}`;
  const doc = new Y.Doc();
  const existing = await db.collabDocument.findUnique({ where: { name }, include: { updates: true } });
  if (existing) {
    Y.applyUpdate(doc, existing.state);
    for (const row of existing.updates) Y.applyUpdate(doc, row.update);
  }
  const before = Y.encodeStateVector(doc);
  const fragment = doc.getXmlFragment("default");
  fragment.delete(0, fragment.length);
  const paragraph = new Y.XmlElement("paragraph");
  const xmlText = new Y.XmlText();
  xmlText.insert(0, text);
  paragraph.insert(0, [xmlText]);
  fragment.insert(0, [paragraph]);
  const update = Y.encodeStateAsUpdate(doc, before) as Uint8Array<ArrayBuffer>;
  if (!existing) {
    const gemeenteId = (await db.gemeente.findUniqueOrThrow({ where: { slug: gemeente } })).id;
    await db.collabDocument.create({ data: { name, gemeenteId, lemmaSlug: lemma, state: update, json: {}, plainText: text } });
  } else {
    await db.collabUpdate.create({ data: { documentName: name, update } });
    await db.collabDocument.update({ where: { name }, data: { plainText: text } });
  }
}

describe("comparison", () => {
  let database: TestDatabase;
  const viewers: Record<string, TViewer> = {};
  const ctx = (who: string) => ({ db: database.db, viewer: viewers[who] ?? ANONYMOUS });

  beforeAll(async () => {
    database = await createTestDatabase(inject("postgresAdminUrl"));
    const { db } = database;
    await createGemeenten(db);
    const people = {
      griffierZwolle: { email: "griffier@zwolle.example", memberships: [{ gemeente: "zwolle", role: "GRIFFIER" as const }] },
      ambtenaarZwolle: { email: "ambtenaar@zwolle.example", memberships: [{ gemeente: "zwolle", role: "AMBTENAAR" as const }] },
      raadslidZwolle: { email: "raadslid@zwolle.example", memberships: [{ gemeente: "zwolle", role: "RAADSLID" as const }] },
      griffierEnschede: { email: "griffier@enschede.example", memberships: [{ gemeente: "enschede", role: "GRIFFIER" as const }] },
      redactie: { email: "redactie@trendbureau.example", globalRole: "REDACTIE" as const },
      admin: { email: "admin@trendweb.example", globalRole: "ADMIN" as const },
    };
    Object.assign(viewers, await createViewers(db, people));

    for (const [gemeente, rating] of [["zwolle", "HOOG"], ["enschede", "MIDDEL"], ["deventer", "LAAG"]] as const) {
      await writeSection(database, gemeente, ECONOMIE, TEXTS[gemeente]);
      await updateSectionMeta(ctx("admin"), gemeente, ECONOMIE, { status: "GEREED", rating });
      await publish(ctx("admin"), gemeente, { lemmas: [ECONOMIE], coverNote: "Openbaar", visibility: "OPENBAAR" });
    }
    await writeSection(database, "zwolle", WONEN, "Zwolle bouwt woningen aan de rand van de stad.");
    await updateSectionMeta(ctx("admin"), "zwolle", WONEN, { status: "GEREED", rating: "NVT" });
    await publish(ctx("admin"), "zwolle", { lemmas: [ECONOMIE, WONEN], coverNote: "Versie 2", visibility: "OPENBAAR" });

    // Never to be used: a council-only publication newer than Enschede's public one, …
    await writeSection(database, "enschede", ECONOMIE, "Raadsgeheim: alleen voor de raad van Enschede.");
    await publish(ctx("admin"), "enschede", { lemmas: [ECONOMIE], coverNote: "Raad", visibility: "RAAD" });
    // … Deventer's second publication, withdrawn (version 1 applies again), …
    await writeSection(database, "deventer", ECONOMIE, "Ingetrokken tekst van Deventer.");
    await updateSectionMeta(ctx("admin"), "deventer", ECONOMIE, { status: "GEREED", rating: "HOOG" });
    const withdrawn = await publish(ctx("admin"), "deventer", { lemmas: [ECONOMIE], coverNote: "Fout", visibility: "OPENBAAR" });
    await withdrawPublication(ctx("admin"), "deventer", withdrawn.version, { reason: "Verkeerde tekst" });
    // … Almelo's only publication, council-only, and drafts written after publishing.
    await writeSection(database, "almelo", ECONOMIE, "Almelo alleen voor de raad.");
    await publish(ctx("admin"), "almelo", { lemmas: [ECONOMIE], coverNote: "Raad", visibility: "RAAD" });
    await writeSection(database, "zwolle", ECONOMIE, "Geheim concept van Zwolle, na het publiceren geschreven.");
    await updateSectionMeta(ctx("admin"), "zwolle", ECONOMIE, { status: "CONCEPT", rating: "LAAG" });
    await writeSection(database, "hengelo", ECONOMIE, "Concept van Hengelo, nooit gepubliceerd.");
  }, 60_000);
  afterAll(() => database.drop());

  const everythingShown = (value: unknown) => JSON.stringify(value);
  const NEVER = ["Geheim concept", "Raadsgeheim", "Ingetrokken tekst", "Almelo alleen", "Concept van Hengelo"];

  it("compares the newest public, non-withdrawn sections only: no drafts, no council-only, no withdrawn", async () => {
    const comparison = await compareLemma(ctx("anonymous"), ECONOMIE, parseComparisonChoice({ gemeenten: "zwolle,enschede,deventer,almelo,hengelo" }));
    expect(comparison.problems).toEqual([]);
    expect(comparison.columns.map((column) => [column.slug, column.section?.version ?? null, column.section?.rating ?? null])).toEqual([
      ["zwolle", 2, "HOOG"],
      ["enschede", 1, "MIDDEL"],
      ["deventer", 1, "LAAG"],
      ["almelo", null, null],
      ["hengelo", null, null],
    ]);
    expect(comparison.columns[0]!.section!.html).toBe(`<p>${TEXTS.zwolle}</p>`);
    expect(comparison.columns[0]!.section!.path).toBe(`/g/zwolle/publicaties/2#trend-${ECONOMIE}`);
    const shown = everythingShown(comparison);
    for (const secret of NEVER) expect(shown).not.toContain(secret);
    expect(comparison.gemeenten.filter((gemeente) => gemeente.published).map((gemeente) => gemeente.slug)).toEqual(["deventer", "enschede", "zwolle"]);
    expect(comparison.publishedCount).toBe(3);
  });

  it("finds the terms that set each gemeente apart, never those every section uses", async () => {
    const { columns } = await compareLemma(ctx("anonymous"), ECONOMIE, parseComparisonChoice({ gemeenten: ["zwolle", "enschede", "deventer"] }));
    const terms = Object.fromEntries(columns.map((column) => [column.slug, column.terms]));
    expect(terms.zwolle).toEqual(expect.arrayContaining(["bezoekers", "kantoren"]));
    expect(terms.enschede).toEqual(expect.arrayContaining(["universiteit", "startups"]));
    expect(terms.deventer).toEqual(expect.arrayContaining(["logistiek"]));
    for (const list of Object.values(terms)) {
      expect(list.length).toBeGreaterThan(0);
      // In every section (regio, versterken) or a Dutch stop word (de, en): never distinguishing.
      expect(list).not.toEqual(expect.arrayContaining(["regio"]));
      for (const common of ["regio", "versterken", "de", "en", "een"]) expect(list).not.toContain(common);
    }
    // Stemmed: "binnenstad" is shared by Zwolle and Deventer, so it is not one of Enschede's terms.
    expect(terms.enschede).not.toContain("binnenstad");
  });

  it("gives a word diff between the first two chosen gemeenten that published", async () => {
    const comparison = await compareLemma(ctx("anonymous"), ECONOMIE, parseComparisonChoice({ gemeenten: "almelo,zwolle,enschede", modus: "verschil" }));
    expect(comparison.diff?.left.slug).toBe("zwolle");
    expect(comparison.diff?.right.slug).toBe("enschede");
    expect(comparison.diff!.parts.filter((part) => !part.added).map((part) => part.value).join("")).toBe(TEXTS.zwolle);
    expect(comparison.diff!.parts.filter((part) => !part.removed).map((part) => part.value).join("")).toBe(TEXTS.enschede);
    const tooFew = await compareLemma(ctx("anonymous"), ECONOMIE, parseComparisonChoice({ gemeenten: "zwolle,almelo", modus: "verschil" }));
    expect(tooFew.diff).toBeNull();
    expect(tooFew.problems.join(" ")).toContain("Voor de verschilweergave zijn 2 gekozen gemeenten nodig");
  });

  it("explains a choice of fewer than 2, more than 6 or unknown gemeenten in Dutch and keeps it", async () => {
    expect(parseComparisonChoice({ gemeenten: "zwolle" }).problems).toEqual(["Kies ten minste 2 gemeenten om te vergelijken; u koos er 1. Vink er meer aan en kies Vergelijken."]);
    const seven = parseComparisonChoice({ gemeenten: "zwolle,enschede,deventer,almelo,hengelo,kampen,ommen" });
    expect(seven.gemeenten).toHaveLength(7);
    expect(seven.problems[0]).toMatch(/^Kies ten hoogste 6 gemeenten om te vergelijken; u koos er 7\./);
    const tooMany = await compareLemma(ctx("anonymous"), ECONOMIE, seven);
    expect(tooMany.columns).toEqual([]);
    expect(tooMany.gemeenten.filter((gemeente) => gemeente.selected)).toHaveLength(7);
    expect(parseComparisonChoice({ gemeenten: "Zwolle,amsterdam,zwolle,enschede" })).toMatchObject({
      gemeenten: ["zwolle", "enschede"],
      problems: ['"amsterdam" is geen Overijsselse gemeente en is weggelaten. Kies gemeenten uit de lijst.'],
    });
    // The picker submitted with nothing ticked.
    expect(parseComparisonChoice({ modus: "naast-elkaar" }).problems).toEqual(["Kies ten minste 2 gemeenten om te vergelijken; u koos er 0. Vink er meer aan en kies Vergelijken."]);
    // Nothing chosen: the published gemeenten, alphabetically, at most six.
    const byDefault = await compareLemma(ctx("anonymous"), ECONOMIE, parseComparisonChoice({}));
    expect(byDefault.selected).toEqual(["deventer", "enschede", "zwolle"]);
    await expect(compareLemma(ctx("anonymous"), "bestaat-niet", parseComparisonChoice({}))).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("shows the editor panel only other gemeenten' public sections, never a draft", async () => {
    const forZwolle = await listOtherGemeentenSections(ctx("ambtenaarZwolle"), "zwolle", ECONOMIE);
    expect(forZwolle.map((section) => [section.gemeenteSlug, section.plainText])).toEqual([
      ["deventer", TEXTS.deventer],
      ["enschede", TEXTS.enschede],
    ]);
    const forHengelo = await listOtherGemeentenSections(ctx("admin"), "hengelo", ECONOMIE);
    expect(forHengelo.map((section) => section.gemeenteSlug)).toEqual(["deventer", "enschede", "zwolle"]);
    for (const secret of NEVER) expect(everythingShown([forZwolle, forHengelo])).not.toContain(secret);
  });

  it("builds the matrix with totals from published ratings only, sorts it, and writes it as CSV", async () => {
    const overview = await getProvinceOverview(ctx("anonymous"));
    expect(overview.rows).toHaveLength(25);
    expect(overview.lemmas).toHaveLength(20);
    const row = (slug: string) => overview.rows.find((entry) => entry.gemeente.slug === slug)!;
    expect(row("zwolle").cells[ECONOMIE]).toEqual({ published: true, rating: "HOOG" });
    expect(row("zwolle").cells[WONEN]).toEqual({ published: true, rating: "NVT" });
    expect(row("zwolle").totals).toEqual({ published: 2, byRating: { HOOG: 1, MIDDEL: 0, LAAG: 0, NVT: 1 } });
    expect(row("deventer").cells[ECONOMIE]).toEqual({ published: true, rating: "LAAG" });
    expect(row("enschede").publication?.version).toBe(1);
    expect(row("almelo").cells[ECONOMIE]).toEqual({ published: false, rating: null });
    expect(row("almelo").publication).toBeNull();
    expect(row("hengelo").totals.published).toBe(0);
    expect(overview.columnTotals[ECONOMIE]).toEqual({ published: 3, byRating: { HOOG: 1, MIDDEL: 1, LAAG: 1, NVT: 0 } });
    expect(overview.total.published).toBe(4);

    const byEconomie = sortOverviewRows(overview.rows, parseOverviewSort({ sorteer: ECONOMIE }));
    expect(byEconomie.slice(0, 4).map((entry) => entry.gemeente.slug)).toEqual(["zwolle", "enschede", "deventer", "almelo"]);
    const byName = sortOverviewRows(overview.rows, parseOverviewSort({ sorteer: "gemeente", richting: "aflopend" }));
    expect(byName[0]!.gemeente.slug).toBe("zwolle");
    expect(parseOverviewSort({ sorteer: "<script>", richting: "zijwaarts" })).toEqual({ key: "gemeente", direction: "oplopend" });

    const csv = overviewCsv(overview);
    expect(csv.startsWith("\uFEFFGemeente;CBS-code;Publicatie;A. ")).toBe(true);
    const lines = csv.slice(1).split("\r\n");
    expect(lines).toHaveLength(1 + 25 + 2 + 1);
    const zwolle = lines.find((line) => line.startsWith("Zwolle;"))!.split(";");
    expect(zwolle.slice(0, 2)).toEqual(["Zwolle", "GM0193"]);
    expect(zwolle[2]).toMatch(/^versie 2, \d{4}-\d{2}-\d{2}$/);
    expect(zwolle).toContain("Hoog");
    expect(zwolle).toContain("Niet van toepassing");
    expect(lines.find((line) => line.startsWith("Almelo;"))).toContain("niet gepubliceerd");
  });

  it("shows the progress of all workspaces, as counts only, to the redactie and admin alone", async () => {
    const progress = await getWorkspaceProgress(ctx("redactie"));
    expect(progress).toHaveLength(25);
    const zwolle = progress.find((entry) => entry.gemeente.slug === "zwolle")!;
    expect(zwolle).toEqual({ gemeente: { slug: "zwolle", name: "Zwolle" }, counts: { NIET_GESTART: 18, CONCEPT: 1, TER_REVIEW: 0, GEREED: 1 } });
    expect(Object.keys(zwolle)).toEqual(["gemeente", "counts"]);
    await expect(getWorkspaceProgress(ctx("admin"))).resolves.toHaveLength(25);
    for (const who of ["griffierZwolle", "ambtenaarZwolle", "raadslidZwolle", "griffierEnschede"]) {
      await expect(getWorkspaceProgress(ctx(who)), who).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    await expect(getWorkspaceProgress(ctx("anonymous"))).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
  });
});
