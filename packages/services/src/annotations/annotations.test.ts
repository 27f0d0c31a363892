import { blockPlainText, getLemma } from "@trendweb/content";
import { createGemeenten, createTestDatabase, type TestDatabase } from "@trendweb/db/testing";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { ANONYMOUS, type TViewer } from "../access/viewer.ts";
import { addAnnotationReply, deleteAnnotation, deleteAnnotationReply, editAnnotation, setAnnotationResolved } from "./change-annotation.ts";
import { createAnnotation } from "./create-annotation.ts";
import { listAnnotations } from "./list-annotations.ts";
import type { TNewAnnotation } from "./annotation-input.ts";
import { createViewers } from "../testing/create-viewers.ts";

const LEMMA = "regionale-economie";
const block = getLemma(LEMMA)!.blocks.find((candidate) => candidate.type === "paragraph")!;
const TEXT = blockPlainText(block);

/** An annotation on the `length` characters from `start` of the lemma's first paragraph. */
const on = (start: number, length: number, body = "Dit speelt bij ons in Stadshagen."): TNewAnnotation => ({
  blockId: block.id,
  start,
  end: start + length,
  exact: TEXT.slice(start, start + length),
  type: "LOKALE_DATA",
  visibility: "WERKRUIMTE",
  body,
});

describe("annotations", () => {
  let database: TestDatabase;
  const viewers: Record<string, TViewer> = {};
  const ctx = (who: string) => ({ db: database.db, viewer: viewers[who] ?? ANONYMOUS });

  beforeAll(async () => {
    database = await createTestDatabase(inject("postgresAdminUrl"));
    await createGemeenten(database.db);
    const people = {
      ambtenaar: { email: "ambtenaar@zwolle.example", name: "Anne Ambtenaar", memberships: [{ gemeente: "zwolle", role: "AMBTENAAR" as const }] },
      collega: { email: "ambtenaar2@zwolle.example", name: "Bram Collega", memberships: [{ gemeente: "zwolle", role: "AMBTENAAR" as const }] },
      griffier: { email: "griffier@zwolle.example", name: "Gerda Griffier", memberships: [{ gemeente: "zwolle", role: "GRIFFIER" as const }] },
      raadslid: { email: "raadslid@zwolle.example", memberships: [{ gemeente: "zwolle", role: "RAADSLID" as const }] },
      enschede: { email: "ambtenaar@enschede.example", memberships: [{ gemeente: "enschede", role: "AMBTENAAR" as const }] },
      enschedeGriffier: { email: "griffier@enschede.example", memberships: [{ gemeente: "enschede", role: "GRIFFIER" as const }] },
      redactie: { email: "redactie@trendbureau.example", globalRole: "REDACTIE" as const },
      admin: { email: "admin@trendweb.example", globalRole: "ADMIN" as const },
    };
    Object.assign(viewers, await createViewers(database.db, people));
  });
  afterAll(() => database.drop());

  it("creates an annotation on a passage with server-built W3C selectors", async () => {
    const created = await createAnnotation(ctx("ambtenaar"), "zwolle", LEMMA, { ...on(4, 20), type: "KANS", body: "  Zie raadsbesluit 2024-13.  " });
    expect(created).toMatchObject({
      blockId: block.id,
      type: "KANS",
      visibility: "WERKRUIMTE",
      body: "Zie raadsbesluit 2024-13.",
      author: "Anne Ambtenaar",
      mine: true,
      canResolve: true,
      anchor: { status: "ANCHORED", confidence: 1 },
      selectors: {
        quote: { type: "TextQuoteSelector", exact: TEXT.slice(4, 24), prefix: TEXT.slice(0, 4), suffix: TEXT.slice(24, 56) },
        position: { type: "TextPositionSelector", start: 4, end: 24 },
      },
    });
    const listed = await listAnnotations(ctx("collega"), "zwolle", LEMMA);
    expect(listed.anchored.map((annotation) => annotation.id)).toContain(created.id);
    expect(listed.anchored.find((annotation) => annotation.id === created.id)).toMatchObject({ mine: false, canResolve: false });
    expect(listed.canWrite).toBe(true);
  });

  it("refuses passages that do not match the current text, unknown blocks and bad input", async () => {
    await expect(createAnnotation(ctx("ambtenaar"), "zwolle", LEMMA, { ...on(0, 10), exact: "iets anders" })).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(createAnnotation(ctx("ambtenaar"), "zwolle", LEMMA, { ...on(0, 10), end: TEXT.length + 5 })).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(createAnnotation(ctx("ambtenaar"), "zwolle", LEMMA, { ...on(0, 10), blockId: "bestaat-niet" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(createAnnotation(ctx("ambtenaar"), "zwolle", "bestaat-niet", on(0, 10))).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(createAnnotation(ctx("ambtenaar"), "zwolle", LEMMA, { ...on(0, 10), body: "   " })).rejects.toMatchObject({ code: "INVALID_INPUT" });
    await expect(createAnnotation(ctx("ambtenaar"), "zwolle", LEMMA, { ...on(0, 10), type: "ROEP" as never })).rejects.toMatchObject({ code: "INVALID_INPUT" });
    await expect(createAnnotation(ctx("ambtenaar"), "zwolle", LEMMA, { ...on(0, 10), body: "x".repeat(4001) })).rejects.toMatchObject({ code: "INVALID_INPUT" });
  });

  it("keeps WERKRUIMTE annotations inside the gemeente: Enschede never sees or touches Zwolle's", async () => {
    const zwolle = await createAnnotation(ctx("ambtenaar"), "zwolle", LEMMA, { ...on(0, 12), body: "Alleen voor Zwolle." });
    const enschede = await createAnnotation(ctx("enschede"), "enschede", LEMMA, { ...on(0, 12), body: "Alleen voor Enschede." });

    const seenByEnschede = await listAnnotations(ctx("enschede"), "enschede", LEMMA);
    const bodies = [...seenByEnschede.anchored, ...seenByEnschede.orphans].map((annotation) => annotation.body);
    expect(bodies).toEqual(["Alleen voor Enschede."]);
    const seenByZwolle = await listAnnotations(ctx("ambtenaar"), "zwolle", LEMMA);
    expect(seenByZwolle.anchored.map((annotation) => annotation.body)).not.toContain("Alleen voor Enschede.");

    // Not through Zwolle's workspace …
    await expect(listAnnotations(ctx("enschede"), "zwolle", LEMMA)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(addAnnotationReply(ctx("enschede"), "zwolle", zwolle.id, "Hoi")).rejects.toMatchObject({ code: "FORBIDDEN" });
    // … nor by using Zwolle's id in Enschede's own workspace (not found there, even for its griffier).
    await expect(addAnnotationReply(ctx("enschede"), "enschede", zwolle.id, "Hoi")).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(setAnnotationResolved(ctx("enschedeGriffier"), "enschede", zwolle.id, true)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(deleteAnnotation(ctx("enschede"), "enschede", zwolle.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(editAnnotation(ctx("enschede"), "enschede", zwolle.id, { type: "VRAAG", visibility: "WERKRUIMTE", body: "Overgenomen" })).rejects.toMatchObject({ code: "NOT_FOUND" });

    // Raadsleden, the redactie and anonymous callers see no drafts; an admin sees all.
    await expect(listAnnotations(ctx("raadslid"), "zwolle", LEMMA)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(listAnnotations(ctx("redactie"), "zwolle", LEMMA)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(listAnnotations(ctx("anonymous"), "zwolle", LEMMA)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    await expect(createAnnotation(ctx("raadslid"), "zwolle", LEMMA, on(0, 5))).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect((await listAnnotations(ctx("admin"), "zwolle", LEMMA)).anchored.map((annotation) => annotation.id)).toContain(zwolle.id);
    expect((await listAnnotations(ctx("admin"), "enschede", LEMMA)).anchored.map((annotation) => annotation.id)).toEqual([enschede.id]);
  });

  it("lets only the author edit and delete, the author or a griffier resolve and reopen", async () => {
    const mine = await createAnnotation(ctx("ambtenaar"), "zwolle", LEMMA, { ...on(30, 15), type: "VRAAG", body: "Klopt dit cijfer?" });
    await expect(editAnnotation(ctx("collega"), "zwolle", mine.id, { type: "VRAAG", visibility: "WERKRUIMTE", body: "Gekaapt" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(editAnnotation(ctx("griffier"), "zwolle", mine.id, { type: "VRAAG", visibility: "WERKRUIMTE", body: "Gekaapt" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await editAnnotation(ctx("ambtenaar"), "zwolle", mine.id, { type: "RISICO", visibility: "OPENBAAR", body: "Het cijfer is van 2023." });

    await expect(setAnnotationResolved(ctx("collega"), "zwolle", mine.id, true)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await setAnnotationResolved(ctx("griffier"), "zwolle", mine.id, true);
    let view = (await listAnnotations(ctx("ambtenaar"), "zwolle", LEMMA)).anchored.find((annotation) => annotation.id === mine.id)!;
    expect(view).toMatchObject({ type: "RISICO", visibility: "OPENBAAR", body: "Het cijfer is van 2023.", resolved: { by: "Gerda Griffier" } });
    await setAnnotationResolved(ctx("ambtenaar"), "zwolle", mine.id, false);
    view = (await listAnnotations(ctx("ambtenaar"), "zwolle", LEMMA)).anchored.find((annotation) => annotation.id === mine.id)!;
    expect(view.resolved).toBeNull();

    await expect(deleteAnnotation(ctx("griffier"), "zwolle", mine.id)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await deleteAnnotation(ctx("ambtenaar"), "zwolle", mine.id);
    expect((await listAnnotations(ctx("ambtenaar"), "zwolle", LEMMA)).anchored.map((annotation) => annotation.id)).not.toContain(mine.id);
    expect(await database.db.auditEvent.count({ where: { action: "annotation.deleted" } })).toBe(1);
  });

  it("threads replies; only their authors delete them", async () => {
    const annotation = await createAnnotation(ctx("ambtenaar"), "zwolle", LEMMA, on(50, 10));
    const first = await addAnnotationReply(ctx("collega"), "zwolle", annotation.id, "Klopt, zie de monitor.");
    await addAnnotationReply(ctx("ambtenaar"), "zwolle", annotation.id, "Dank je.");
    await expect(addAnnotationReply(ctx("ambtenaar"), "zwolle", annotation.id, " ")).rejects.toMatchObject({ code: "INVALID_INPUT" });
    const view = (await listAnnotations(ctx("ambtenaar"), "zwolle", LEMMA)).anchored.find((item) => item.id === annotation.id)!;
    expect(view.replies.map((reply) => [reply.author, reply.body, reply.mine])).toEqual([
      ["Bram Collega", "Klopt, zie de monitor.", false],
      ["Anne Ambtenaar", "Dank je.", true],
    ]);
    await expect(deleteAnnotationReply(ctx("ambtenaar"), "zwolle", first.id)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(deleteAnnotationReply(ctx("enschede"), "enschede", first.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await deleteAnnotationReply(ctx("collega"), "zwolle", first.id);
    expect((await listAnnotations(ctx("ambtenaar"), "zwolle", LEMMA)).anchored.find((item) => item.id === annotation.id)!.replies).toHaveLength(1);
  });
});
