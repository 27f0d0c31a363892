// Live updates: a change to Zwolle's annotations reaches Zwolle's watchers through
// PostgreSQL NOTIFY (a separate connection, as another web process would have), never
// Enschede's; watching needs read access, checked again on each change.
import { blockPlainText, getLemma } from "@trendweb/content";
import { createNotificationListener, type TNotificationListener } from "@trendweb/db/node";
import { createGemeenten, createTestDatabase, createUser, type TestDatabase } from "@trendweb/db/testing";
import { afterAll, beforeAll, describe, expect, inject, it, vi } from "vitest";
import { ANONYMOUS, loadViewer, type TViewer } from "../access/viewer.ts";
import { addAnnotationReply } from "./change-annotation.ts";
import { watchAnnotations } from "./annotation-events.ts";
import { createAnnotation } from "./create-annotation.ts";

const LEMMA = "regionale-economie";
const block = getLemma(LEMMA)!.blocks.find((candidate) => candidate.type === "paragraph")!;
const TEXT = blockPlainText(block);

describe("live annotation updates", () => {
  let database: TestDatabase;
  let listener: TNotificationListener;
  const viewers: Record<string, TViewer> = {};
  const ctx = (who: string) => ({ db: database.db, viewer: viewers[who] ?? ANONYMOUS });

  beforeAll(async () => {
    database = await createTestDatabase(inject("postgresAdminUrl"));
    listener = createNotificationListener(database.url);
    await createGemeenten(database.db);
    for (const [key, gemeente, role] of [["zwolle", "zwolle", "AMBTENAAR"], ["zwolle2", "zwolle", "AMBTENAAR"], ["raadslid", "zwolle", "RAADSLID"], ["enschede", "enschede", "AMBTENAAR"]] as const) {
      viewers[key] = await loadViewer(database.db, (await createUser(database.db, { email: `${key}@test.example`, memberships: [{ gemeente, role }] })).id);
    }
  });
  afterAll(async () => {
    await listener.close();
    await database.drop();
  });

  it("tells Zwolle's watchers about a new annotation and a reply, and Enschede's watchers nothing", async () => {
    const zwolleChange = vi.fn();
    const enschedeChange = vi.fn();
    const stopZwolle = await watchAnnotations(ctx("zwolle2"), listener, "zwolle", LEMMA, { onChange: zwolleChange, onRevoked: vi.fn() });
    const stopEnschede = await watchAnnotations(ctx("enschede"), listener, "enschede", LEMMA, { onChange: enschedeChange, onRevoked: vi.fn() });
    const annotation = await createAnnotation(ctx("zwolle"), "zwolle", LEMMA, { blockId: block.id, start: 0, end: 10, exact: TEXT.slice(0, 10), type: "VRAAG", visibility: "WERKRUIMTE", body: "Live?" });
    await vi.waitFor(() => expect(zwolleChange).toHaveBeenCalledTimes(1));
    await addAnnotationReply(ctx("zwolle"), "zwolle", annotation.id, "Ja.");
    await vi.waitFor(() => expect(zwolleChange).toHaveBeenCalledTimes(2));
    // Another lemma of Zwolle does not concern this page.
    const other = getLemma("regionale-samenwerking")!.blocks.find((candidate) => candidate.type === "paragraph")!;
    await createAnnotation(ctx("zwolle"), "zwolle", "regionale-samenwerking", { blockId: other.id, start: 0, end: 3, exact: blockPlainText(other).slice(0, 3), type: "VRAAG", visibility: "WERKRUIMTE", body: "Elders" });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(zwolleChange).toHaveBeenCalledTimes(2);
    expect(enschedeChange).not.toHaveBeenCalled();
    stopZwolle();
    stopEnschede();
  });

  it("refuses watchers without read access and stops a member who was removed", async () => {
    const noop = { onChange: vi.fn(), onRevoked: vi.fn() };
    await expect(watchAnnotations(ctx("enschede"), listener, "zwolle", LEMMA, noop)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(watchAnnotations(ctx("raadslid"), listener, "zwolle", LEMMA, noop)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(watchAnnotations(ctx("anonymous"), listener, "zwolle", LEMMA, noop)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    await expect(watchAnnotations(ctx("zwolle"), listener, "zwolle", "bestaat-niet", noop)).rejects.toMatchObject({ code: "NOT_FOUND" });

    const removed = { onChange: vi.fn(), onRevoked: vi.fn() };
    const stop = await watchAnnotations(ctx("zwolle2"), listener, "zwolle", LEMMA, removed);
    const viewer = viewers.zwolle2!;
    if (viewer.kind !== "user") throw new Error("user expected");
    await database.db.membership.deleteMany({ where: { userId: viewer.userId } });
    await createAnnotation(ctx("zwolle"), "zwolle", LEMMA, { blockId: block.id, start: 0, end: 10, exact: TEXT.slice(0, 10), type: "VRAAG", visibility: "WERKRUIMTE", body: "Na vertrek" });
    await vi.waitFor(() => expect(removed.onRevoked).toHaveBeenCalled());
    expect(removed.onChange).not.toHaveBeenCalled();
    stop();
  });
});
