// Search against a real PostgreSQL: the seed's index of the core content, Dutch stemming,
// ranking and highlighted snippets.
import { blockPlainText, getLemmaByLetter } from "@trendweb/content";
import { createTestDatabase, createUser, type TestDatabase } from "@trendweb/db/testing";
import { correctCoreBlock, indexCoreContent, loadViewer } from "@trendweb/services";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { searchContent, type TSearchResult } from "./search";

const highlighted = (result: TSearchResult) =>
  [...result.title, ...result.snippet].filter((segment) => segment.highlight).map((segment) => segment.text.toLowerCase());

describe("search", () => {
  let database: TestDatabase;
  const search = (query: string) => searchContent(query, database.db);

  beforeAll(async () => {
    database = await createTestDatabase(inject("postgresAdminUrl"));
    await indexCoreContent(database.db);
  });
  afterAll(() => database.drop());

  it("indexes the 20 lemmas, 3 threads and the introduction, idempotently, leaving other rows alone", async () => {
    const gemeente = await database.db.gemeente.create({ data: { slug: "zwolle", name: "Zwolle", cbsCode: "GM0193" } });
    await database.db.searchDocument.create({
      data: { id: "local:test", kind: "LOCAL_SECTION", path: "/x", title: "Lokaal", body: "Lokale tekst", gemeenteId: gemeente.id },
    });
    expect(await indexCoreContent(database.db)).toBe(24);
    expect(await indexCoreContent(database.db)).toBe(24);
    const counts = await database.db.searchDocument.groupBy({ by: ["kind"], _count: true, orderBy: { kind: "asc" } });
    expect(counts.map((row) => [row.kind, row._count])).toEqual([
      ["LEMMA", 20],
      ["THREAD", 3],
      ["INTRO", 1],
      ["LOCAL_SECTION", 1],
    ]);
    const [{ missing }] = await database.db.$queryRaw<[{ missing: number }]>`
      SELECT count(*)::int AS missing FROM "SearchDocument" WHERE kind <> 'LOCAL_SECTION' AND tsv IS NULL`;
    expect(missing).toBe(0);
    await database.db.searchDocument.delete({ where: { id: "local:test" } });
  });

  it("stems Dutch words: 'gemeente' also finds and highlights 'gemeenten'", async () => {
    const results = await search("gemeente");
    expect(results.length).toBeGreaterThan(10);
    const words = results.flatMap(highlighted);
    expect(words).toContain("gemeenten");
    expect(words).toContain("gemeente");
    // Every result shows at least one highlighted match.
    for (const result of results) expect(highlighted(result).length).toBeGreaterThan(0);
  });

  it("finds 'vergrijzing' in lemma G and ranks a title match first", async () => {
    const results = await search("vergrijzing");
    expect(results.map((result) => result.letter)).toContain("G");
    expect(results.flatMap(highlighted).some((word) => word.startsWith("vergrijz"))).toBe(true);

    const ondermijning = await search("ondermijning");
    expect(ondermijning[0]).toMatchObject({ kind: "LEMMA", letter: "P", path: `/lemma/${getLemmaByLetter("P")!.slug}` });
    expect(ondermijning[0]!.title.some((segment) => segment.highlight && segment.text === "ondermijning")).toBe(true);
    const ranks = ondermijning.map((result) => result.rank);
    expect(ranks).toEqual([...ranks].sort((a, b) => b - a));
  });

  it("searches the rode draden and the introduction too", async () => {
    const results = await search("rode draden");
    const kinds = new Set(results.map((result) => result.kind));
    expect(kinds).toContain("INTRO");
    expect((await search("ethiek")).map((result) => result.path)).toContain("/rode-draden/waarden-en-ethiek");
  });

  it("finds nothing for an empty query, stop words only, or markup, without failing", async () => {
    expect(await search("")).toEqual([]);
    expect(await search("   ")).toEqual([]);
    expect(await search("de het een")).toEqual([]);
    expect(await search("<script>alert(1)</script>")).toEqual([]);
    // Websearch syntax: a phrase.
    expect((await search('"onzekere overheidsfinanciën"'))[0]).toMatchObject({ letter: "Q" });
  });

  it("finds the corrected text after a correction, also after the seed rebuilds the index", async () => {
    const lemma = getLemmaByLetter("B")!;
    const block = lemma.blocks.find((candidate) => candidate.type === "paragraph")!;
    const redactie = await loadViewer(database.db, (await createUser(database.db, { email: "redactie@trendbureau.example", globalRole: "REDACTIE" })).id);
    expect(await search("kwartiermakersfonds")).toEqual([]);
    await correctCoreBlock({ db: database.db, viewer: redactie }, lemma.slug, block.id, {
      text: `${blockPlainText(block)} Het kwartiermakersfonds helpt.`,
      reason: "Aanvulling voor de zoektest",
    });
    expect((await search("kwartiermakersfonds")).map((result) => result.path)).toEqual([`/lemma/${lemma.slug}`]);
    await indexCoreContent(database.db);
    expect((await search("kwartiermakersfonds")).map((result) => result.path)).toEqual([`/lemma/${lemma.slug}`]);
  });
});
