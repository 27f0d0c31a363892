import { createGemeenten, createTestDatabase, createUser, type TestDatabase } from "@trendweb/db/testing";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { ANONYMOUS, loadViewer, type TViewer } from "../access/viewer.ts";
import { getWorkspaceDashboard } from "../workspaces/workspace-dashboard.ts";
import { editingNowByLemma, PRESENCE_FRESH_MS } from "./editing-now.ts";
import { getSectionEditor } from "./section-editor.ts";
import { updateSectionMeta } from "./update-section-meta.ts";

const LEMMA = "regionale-economie";

describe("local sections", () => {
  let database: TestDatabase;
  const viewers: Record<string, TViewer> = {};
  const ids: Record<string, string> = {};
  const ctx = (who: string) => ({ db: database.db, viewer: viewers[who] ?? ANONYMOUS });

  beforeAll(async () => {
    database = await createTestDatabase(inject("postgresAdminUrl"));
    const { db } = database;
    await createGemeenten(db);
    const people = {
      ambtenaar: { email: "ambtenaar@zwolle.example", name: "Anne Ambtenaar", memberships: [{ gemeente: "zwolle", role: "AMBTENAAR" as const }] },
      collega: { email: "collega@zwolle.example", name: "Bram Collega", memberships: [{ gemeente: "zwolle", role: "GRIFFIER" as const }] },
      raadslid: { email: "raadslid@zwolle.example", memberships: [{ gemeente: "zwolle", role: "RAADSLID" as const }] },
      enschede: { email: "ambtenaar@enschede.example", memberships: [{ gemeente: "enschede", role: "AMBTENAAR" as const }] },
    };
    for (const [key, spec] of Object.entries(people)) {
      ids[key] = (await createUser(db, spec)).id;
      viewers[key] = await loadViewer(db, ids[key]);
    }
  });
  afterAll(() => database.drop());

  it("sets status and rating, logs the change and shows it on the dashboard", async () => {
    await updateSectionMeta(ctx("ambtenaar"), "zwolle", LEMMA, { status: "TER_REVIEW", rating: "HOOG" });
    const dashboard = await getWorkspaceDashboard(ctx("raadslid"), "zwolle");
    expect(dashboard.lemmas.find((lemma) => lemma.slug === LEMMA)).toMatchObject({ status: "TER_REVIEW", rating: "HOOG" });
    expect(dashboard.progress.TER_REVIEW).toBe(1);
    const audit = await database.db.auditEvent.findMany({ where: { action: "section.meta-changed" } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      actorId: ids.ambtenaar,
      subject: LEMMA,
      details: { from: { status: "NIET_GESTART", rating: null }, to: { status: "TER_REVIEW", rating: "HOOG" } },
    });

    // Saving the same values again changes nothing and logs nothing.
    await updateSectionMeta(ctx("collega"), "zwolle", LEMMA, { status: "TER_REVIEW", rating: "HOOG" });
    expect(await database.db.auditEvent.count({ where: { action: "section.meta-changed" } })).toBe(1);
    await updateSectionMeta(ctx("collega"), "zwolle", LEMMA, { status: "GEREED", rating: null });
    expect((await getSectionEditor(ctx("ambtenaar"), "zwolle", LEMMA)).section).toMatchObject({ status: "GEREED", rating: null });
  });

  it("refuses invalid values, other gemeenten, raadsleden and anonymous callers", async () => {
    const valid = { status: "CONCEPT", rating: "LAAG" } as const;
    await expect(updateSectionMeta(ctx("ambtenaar"), "zwolle", LEMMA, { status: "KLAAR" as never, rating: null })).rejects.toMatchObject({ code: "INVALID_INPUT" });
    await expect(updateSectionMeta(ctx("ambtenaar"), "zwolle", LEMMA, { ...valid, rating: "ZEER_HOOG" as never })).rejects.toMatchObject({ code: "INVALID_INPUT" });
    await expect(updateSectionMeta(ctx("ambtenaar"), "zwolle", "bestaat-niet", valid)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(updateSectionMeta(ctx("enschede"), "zwolle", LEMMA, valid)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(updateSectionMeta(ctx("raadslid"), "zwolle", LEMMA, valid)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(updateSectionMeta(ctx("anonymous"), "zwolle", LEMMA, valid)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
  });

  it("opens the editor only for those who may read drafts, and says who may write", async () => {
    const editor = await getSectionEditor(ctx("ambtenaar"), "zwolle", LEMMA);
    expect(editor).toMatchObject({ documentName: `section/zwolle/${LEMMA}`, canWrite: true, viewer: { id: ids.ambtenaar, name: "Anne Ambtenaar" } });
    await expect(getSectionEditor(ctx("raadslid"), "zwolle", LEMMA)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(getSectionEditor(ctx("enschede"), "zwolle", LEMMA)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(getSectionEditor(ctx("anonymous"), "zwolle", LEMMA)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    await expect(getSectionEditor(ctx("ambtenaar"), "zwolle", "bestaat-niet")).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await getWorkspaceDashboard(ctx("ambtenaar"), "zwolle")).canReadDrafts).toBe(true);
    expect((await getWorkspaceDashboard(ctx("raadslid"), "zwolle")).canReadDrafts).toBe(false);
  });

  it("shows who is editing now: fresh writers of this gemeente only, each once", async () => {
    const { db } = database;
    const zwolle = await db.gemeente.findUniqueOrThrow({ where: { slug: "zwolle" } });
    const enschede = await db.gemeente.findUniqueOrThrow({ where: { slug: "enschede" } });
    const document = async (gemeente: { id: string; slug: string }, lemma: string) =>
      (await db.collabDocument.create({ data: { name: `section/${gemeente.slug}/${lemma}`, gemeenteId: gemeente.id, lemmaSlug: lemma, state: new Uint8Array(), json: {} } })).name;
    const zwolleDoc = await document(zwolle, LEMMA);
    const enschedeDoc = await document(enschede, LEMMA);
    const stale = new Date(Date.now() - PRESENCE_FRESH_MS - 1_000);
    await db.collabPresence.createMany({
      data: [
        { id: "s1:a", documentName: zwolleDoc, userId: ids.ambtenaar!, canWrite: true, serverId: "x" },
        { id: "s2:a", documentName: zwolleDoc, userId: ids.ambtenaar!, canWrite: true, serverId: "x" },
        { id: "s3:a", documentName: zwolleDoc, userId: ids.collega!, canWrite: true, serverId: "x", seenAt: stale },
        { id: "s4:a", documentName: zwolleDoc, userId: ids.raadslid!, canWrite: false, serverId: "x" },
        { id: "s5:a", documentName: enschedeDoc, userId: ids.enschede!, canWrite: true, serverId: "x" },
      ],
    });
    expect(await editingNowByLemma(db, zwolle.id)).toEqual(new Map([[LEMMA, ["Anne Ambtenaar"]]]));
    const dashboard = await getWorkspaceDashboard(ctx("ambtenaar"), "zwolle");
    expect(dashboard.lemmas.find((lemma) => lemma.slug === LEMMA)?.editingNow).toEqual(["Anne Ambtenaar"]);
    expect(dashboard.lemmas.filter((lemma) => lemma.editingNow.length > 0)).toHaveLength(1);
    expect((await getSectionEditor(ctx("collega"), "zwolle", LEMMA)).editingNow).toEqual(["Anne Ambtenaar"]);
  });
});
