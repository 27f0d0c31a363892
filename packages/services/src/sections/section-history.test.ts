import { renderSectionState } from "@trendweb/content/section-rendering";
import { createGemeenten, createTestDatabase, createUser, type TestDatabase } from "@trendweb/db/testing";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import * as Y from "yjs";
import { ANONYMOUS, loadViewer, type TViewer } from "../access/viewer.ts";
import { createNamedSnapshot, getSectionSnapshot, listSectionSnapshots, restoreSectionSnapshot, type TRestoreSection } from "./section-history.ts";

const LEMMA = "regionale-economie";
const DOCUMENT = `section/zwolle/${LEMMA}`;

/** A Yjs update with the paragraphs as a section (what Tiptap writes). */
function sectionUpdate(doc: Y.Doc, ...paragraphs: string[]): Uint8Array<ArrayBuffer> {
  const before = Y.encodeStateVector(doc);
  const fragment = doc.getXmlFragment("default");
  for (const text of paragraphs) {
    const paragraph = new Y.XmlElement("paragraph");
    paragraph.insert(0, [new Y.XmlText(text)]);
    fragment.insert(fragment.length, [paragraph]);
  }
  return Y.encodeStateAsUpdate(doc, before) as Uint8Array<ArrayBuffer>;
}

describe("section history", () => {
  let database: TestDatabase;
  const viewers: Record<string, TViewer> = {};
  const ids: Record<string, string> = {};
  const ctx = (who: string) => ({ db: database.db, viewer: viewers[who] ?? ANONYMOUS });
  const doc = new Y.Doc();

  beforeAll(async () => {
    database = await createTestDatabase(inject("postgresAdminUrl"));
    const { db } = database;
    await createGemeenten(db);
    const people = {
      ambtenaar: { email: "ambtenaar@zwolle.example", name: "Anne Ambtenaar", memberships: [{ gemeente: "zwolle", role: "AMBTENAAR" as const }] },
      griffier: { email: "griffier@zwolle.example", name: "Gert Griffier", memberships: [{ gemeente: "zwolle", role: "GRIFFIER" as const }] },
      raadslid: { email: "raadslid@zwolle.example", memberships: [{ gemeente: "zwolle", role: "RAADSLID" as const }] },
      beheerder: { email: "beheer@zwolle.example", memberships: [{ gemeente: "zwolle", role: "BEHEERDER" as const }] },
      enschede: { email: "ambtenaar@enschede.example", memberships: [{ gemeente: "enschede", role: "AMBTENAAR" as const }] },
    };
    for (const [key, spec] of Object.entries(people)) {
      ids[key] = (await createUser(db, spec)).id;
      viewers[key] = await loadViewer(db, ids[key]);
    }
    // The section as the collab server keeps it: a compacted state and a tail of updates.
    const zwolle = await db.gemeente.findUniqueOrThrow({ where: { slug: "zwolle" } });
    const state = sectionUpdate(doc, "Eerste alinea");
    await db.collabDocument.create({ data: { name: DOCUMENT, gemeenteId: zwolle.id, lemmaSlug: LEMMA, state, json: {} } });
    await db.collabUpdate.create({ data: { documentName: DOCUMENT, update: sectionUpdate(doc, "Tweede alinea van Anne"), userId: ids.ambtenaar } });
    await db.sectionSnapshot.create({ data: { documentName: DOCUMENT, kind: "AUTO", state, plainText: "Eerste alinea", authorIds: [ids.griffier!], createdAt: new Date(Date.now() - 60_000) } });
  });
  afterAll(() => database.drop());

  it("saves the committed text (state + tail) as a named version and lists it first", async () => {
    const { id } = await createNamedSnapshot(ctx("ambtenaar"), "zwolle", LEMMA, { name: "  Voor de raadsvergadering " });
    const history = await listSectionSnapshots(ctx("griffier"), "zwolle", LEMMA);
    expect(history).toMatchObject({ documentName: DOCUMENT, canWrite: true });
    expect(history.snapshots.map((s) => [s.kind, s.name])).toEqual([
      ["NAMED", "Voor de raadsvergadering"],
      ["AUTO", null],
    ]);
    expect(history.snapshots[0]).toMatchObject({ id, authors: ["Anne Ambtenaar"], createdBy: "Anne Ambtenaar" });
    expect(history.snapshots[1]).toMatchObject({ authors: ["Gert Griffier"], createdBy: null });

    const view = await getSectionSnapshot(ctx("griffier"), "zwolle", LEMMA, id);
    expect(view.snapshot.plainText).toBe("Eerste alinea\n\nTweede alinea van Anne");
    expect(view.snapshot.json).toEqual({
      type: "doc",
      content: [
        { type: "paragraph", content: [{ type: "text", text: "Eerste alinea" }] },
        { type: "paragraph", content: [{ type: "text", text: "Tweede alinea van Anne" }] },
      ],
    });
    const stored = await database.db.sectionSnapshot.findUniqueOrThrow({ where: { id } });
    expect(renderSectionState(stored.state).plainText).toBe(view.snapshot.plainText);
    const audit = await database.db.auditEvent.findFirstOrThrow({ where: { action: "section.snapshot-created" } });
    expect(audit).toMatchObject({ actorId: ids.ambtenaar, subject: LEMMA, details: { snapshotId: id, name: "Voor de raadsvergadering" } });
  });

  it("refuses an empty or overlong name and a section that has no text yet", async () => {
    await expect(createNamedSnapshot(ctx("ambtenaar"), "zwolle", LEMMA, { name: "   " })).rejects.toMatchObject({ code: "INVALID_INPUT", message: "Geef deze versie een naam." });
    await expect(createNamedSnapshot(ctx("ambtenaar"), "zwolle", LEMMA, { name: "x".repeat(121) })).rejects.toMatchObject({ code: "INVALID_INPUT" });
    await expect(createNamedSnapshot(ctx("ambtenaar"), "zwolle", "demografische-ontwikkelingen", { name: "Leeg" })).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("restores through the collab server, checks the snapshot's section first and audits it", async () => {
    const calls: Parameters<TRestoreSection>[0][] = [];
    const restorer = (outcome: Awaited<ReturnType<TRestoreSection>>): TRestoreSection => async (request) => (calls.push(request), outcome);
    const [named] = (await listSectionSnapshots(ctx("ambtenaar"), "zwolle", LEMMA)).snapshots;
    await restoreSectionSnapshot(ctx("griffier"), "zwolle", LEMMA, named!.id, restorer("restored"));
    expect(calls).toEqual([{ userId: ids.griffier, documentName: DOCUMENT, snapshotId: named!.id }]);
    expect(await database.db.auditEvent.count({ where: { action: "section.snapshot-restored", actorId: ids.griffier } })).toBe(1);

    await expect(restoreSectionSnapshot(ctx("ambtenaar"), "zwolle", LEMMA, named!.id, restorer("unavailable"))).rejects.toMatchObject({ code: "UNAVAILABLE" });
    await expect(restoreSectionSnapshot(ctx("ambtenaar"), "zwolle", LEMMA, named!.id, restorer("refused"))).rejects.toMatchObject({ code: "FORBIDDEN" });
    // The snapshot belongs to another section: not found, and the collab server is never asked.
    calls.length = 0;
    await expect(restoreSectionSnapshot(ctx("ambtenaar"), "zwolle", "demografische-ontwikkelingen", named!.id, restorer("restored"))).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(restoreSectionSnapshot(ctx("ambtenaar"), "zwolle", LEMMA, "bestaat-niet", restorer("restored"))).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(calls).toEqual([]);
    expect(await database.db.auditEvent.count({ where: { action: "section.snapshot-restored" } })).toBe(1);
  });

  it("refuses other gemeenten, raadsleden, beheerders and anonymous callers; a foreign snapshot is not found", async () => {
    const [snapshot] = (await listSectionSnapshots(ctx("ambtenaar"), "zwolle", LEMMA)).snapshots;
    const never: TRestoreSection = async () => {
      throw new Error("must not be called");
    };
    for (const who of ["enschede", "raadslid", "beheerder"]) {
      await expect(listSectionSnapshots(ctx(who), "zwolle", LEMMA), who).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(getSectionSnapshot(ctx(who), "zwolle", LEMMA, snapshot!.id), who).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(createNamedSnapshot(ctx(who), "zwolle", LEMMA, { name: "Poging" }), who).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(restoreSectionSnapshot(ctx(who), "zwolle", LEMMA, snapshot!.id, never), who).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    await expect(listSectionSnapshots(ctx("anonymous"), "zwolle", LEMMA)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    await expect(restoreSectionSnapshot(ctx("anonymous"), "zwolle", LEMMA, snapshot!.id, never)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    // Enschede's own workspace does not reveal Zwolle's snapshot either.
    await expect(getSectionSnapshot(ctx("enschede"), "enschede", LEMMA, snapshot!.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(restoreSectionSnapshot(ctx("enschede"), "enschede", LEMMA, snapshot!.id, never)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(listSectionSnapshots(ctx("ambtenaar"), "zwolle", "bestaat-niet")).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await listSectionSnapshots(ctx("enschede"), "enschede", LEMMA)).snapshots).toEqual([]);
  });
});
