// Published local sections in search (issue 7): publishing OPENBAAR makes the section text
// findable through /zoeken's query, council-only publications never are, and withdrawing
// takes the text out again (or falls back to the previous valid version).
import { createGemeenten, createMembers, createTestDatabase, type TestDatabase } from "@trendweb/db/testing";
import { loadViewer, publish, withdrawPublication, type TViewer } from "@trendweb/services";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import * as Y from "yjs";
import { searchContent } from "./search";

const LEMMA = "regionale-economie";

describe("published sections in search", () => {
  let database: TestDatabase;
  let griffier: TViewer;
  const doc = new Y.Doc();
  const search = async (query: string) => (await searchContent(query, database.db)).filter((result) => result.kind === "LOCAL_SECTION");

  /** Replaces the section's text in the stored collab state, as the editor would. */
  async function writeSection(text: string): Promise<void> {
    const before = Y.encodeStateVector(doc);
    const fragment = doc.getXmlFragment("default");
    fragment.delete(0, fragment.length);
    const paragraph = new Y.XmlElement("paragraph");
    paragraph.insert(0, [new Y.XmlText(text)]);
    fragment.insert(0, [paragraph]);
    await database.db.collabUpdate.create({ data: { documentName: `section/zwolle/${LEMMA}`, update: Y.encodeStateAsUpdate(doc, before) as Uint8Array<ArrayBuffer> } });
  }

  const publishNow = (visibility: "OPENBAAR" | "RAAD") => publish({ db: database.db, viewer: griffier }, "zwolle", { lemmas: [LEMMA], coverNote: "Brief", visibility });

  beforeAll(async () => {
    database = await createTestDatabase(inject("postgresAdminUrl"));
    await createGemeenten(database.db);
    const ids = await createMembers(database.db, [["griffier", "zwolle", "GRIFFIER"]] as const);
    griffier = await loadViewer(database.db, ids.griffier);
    const zwolle = await database.db.gemeente.findUniqueOrThrow({ where: { slug: "zwolle" } });
    await database.db.collabDocument.create({ data: { name: `section/zwolle/${LEMMA}`, gemeenteId: zwolle.id, lemmaSlug: LEMMA, state: Y.encodeStateAsUpdate(new Y.Doc()) as Uint8Array<ArrayBuffer>, json: {} } });
  });
  afterAll(() => database.drop());

  it("finds the text of the newest valid OPENBAAR version, never a council-only one, and drops withdrawn text", async () => {
    await writeSection("Zwolle investeert in havenbedrijven langs het Zwarte Water.");
    const first = await publishNow("OPENBAAR");
    expect(await search("havenbedrijven")).toEqual([expect.objectContaining({ path: `/g/zwolle/publicaties/${first.version}#trend-${LEMMA}`, letter: "B" })]);

    await writeSection("Vertrouwelijk: scheepswerven krijgen steun.");
    await publishNow("RAAD");
    expect(await search("scheepswerven")).toEqual([]);
    expect(await search("havenbedrijven")).toHaveLength(1);

    await writeSection("Zwolle kiest voor fietsfabrieken.");
    const third = await publishNow("OPENBAAR");
    expect(await search("havenbedrijven")).toEqual([]);
    expect((await search("fietsfabrieken"))[0]).toMatchObject({ path: `/g/zwolle/publicaties/${third.version}#trend-${LEMMA}` });

    // Withdrawing the newest falls back to the previous valid OPENBAAR version …
    await withdrawPublication({ db: database.db, viewer: griffier }, "zwolle", third.version, { reason: "Fout" });
    expect(await search("fietsfabrieken")).toEqual([]);
    expect((await search("havenbedrijven"))[0]).toMatchObject({ path: `/g/zwolle/publicaties/${first.version}#trend-${LEMMA}` });
    // … and withdrawing that one too leaves nothing of Zwolle's text in the index.
    await withdrawPublication({ db: database.db, viewer: griffier }, "zwolle", first.version, { reason: "Fout" });
    expect(await search("havenbedrijven")).toEqual([]);
    expect(await database.db.searchDocument.count({ where: { kind: "LOCAL_SECTION" } })).toBe(0);
  });
});
