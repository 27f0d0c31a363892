// History: restoring a snapshot through the real service, the real HTTP call and the real
// collab server, while people have the section open.
import { mintRestoreToken, requestSnapshotRestore, RESTORE_PATH } from "@trendweb/auth/collab-restore";
import { findFreePort } from "@trendweb/db/embedded-postgres";
import { createGemeenten, createMembers, createTestDatabase, type TestDatabase } from "@trendweb/db/testing";
import { createNamedSnapshot, getSectionSnapshot, loadViewer, restoreSectionSnapshot, type ServiceContext, type TRestoreSection } from "@trendweb/services";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { BEFORE_RESTORE_NAME } from "./persistence/restore-snapshot.ts";
import { connect, loadFromDatabase, sameState, startCollab, TEST_SECRET, textOf, tokenFor, typeParagraph, waitFor, type TClient } from "./testing/collab-harness.ts";

const LEMMA = "regionale-economie";
const NAME = `section/zwolle/${LEMMA}`;
let database: TestDatabase;
let collab: Awaited<ReturnType<typeof startCollab>>;
let baseUrl: string;
const users: Record<string, string> = {};
const clients: TClient[] = [];

function client(user: string): TClient {
  const created = connect({ url: collab.url, name: NAME, token: () => tokenFor(users[user]!) });
  clients.push(created);
  return created;
}

async function ctx(user: string): Promise<ServiceContext> {
  return { db: database.db, viewer: await loadViewer(database.db, users[user]) };
}

const viaCollab: TRestoreSection = (request) => requestSnapshotRestore({ baseUrl, authSecret: TEST_SECRET }, request);

beforeAll(async () => {
  database = await createTestDatabase(inject("postgresAdminUrl"));
  await createGemeenten(database.db);
  Object.assign(
    users,
    await createMembers(database.db, [
      ["anna", "zwolle", "AMBTENAAR"],
      ["bert", "zwolle", "GRIFFIER"],
      ["raad", "zwolle", "RAADSLID"],
      ["enschede", "enschede", "AMBTENAAR"],
    ]),
  );
  // The capabilities table, as in production.
  collab = await startCollab(database.sql);
  baseUrl = `http://127.0.0.1:${collab.server.address.port}`;
});

afterAll(async () => {
  for (const entry of clients) entry.destroy();
  await collab?.server.destroy();
  await database?.drop();
});

describe("restoring a snapshot", () => {
  let snapshotId: string;

  it("is a new change that everyone sees live; history keeps what came before", async () => {
    const anna = client("anna");
    const bert = client("bert");
    await Promise.all([anna.synced(), bert.synced()]);
    typeParagraph(anna.doc, "versie een");
    await anna.checkDurable();
    snapshotId = (await createNamedSnapshot(await ctx("anna"), "zwolle", LEMMA, { name: "Eerste versie" })).id;
    typeParagraph(anna.doc, "versie twee");
    typeParagraph(bert.doc, "aanvulling van Bert");
    await anna.checkDurable();
    await bert.checkDurable();
    await waitFor("both see everything", () => sameState(anna.doc, bert.doc));
    const lastRowBefore = await database.db.collabUpdate.findFirstOrThrow({ orderBy: { id: "desc" }, select: { id: true } });

    await restoreSectionSnapshot(await ctx("bert"), "zwolle", LEMMA, snapshotId, viaCollab);

    // Live, in both open editors.
    await waitFor("the restored text in both editors", () => textOf(anna.doc) === "versie een" && textOf(bert.doc) === "versie een");
    // Durable before the service returned, and appended to the log as a change by Bert.
    expect(textOf(await loadFromDatabase(database.db, NAME))).toBe("versie een");
    const appended = await database.db.collabUpdate.findMany({ where: { documentName: NAME, id: { gt: lastRowBefore.id } } });
    expect(appended.map((row) => row.userId)).toEqual([users.bert]);
    // Nothing was rewritten: the named version is as it was, and the text just before the
    // restore is kept in an automatic snapshot.
    const snapshots = await database.db.sectionSnapshot.findMany({ where: { documentName: NAME }, orderBy: { createdAt: "asc" } });
    expect(snapshots.map((s) => [s.kind, s.name])).toEqual([
      ["NAMED", "Eerste versie"],
      ["AUTO", BEFORE_RESTORE_NAME],
    ]);
    // (Anna's and Bert's concurrent paragraphs may merge in either order.)
    expect(snapshots[1]!.plainText.split("\n\n").sort()).toEqual(["aanvulling van Bert", "versie een", "versie twee"]);
    expect(snapshots[1]!.createdById).toBe(users.bert);
    // The collab server writes snapshots with plain SQL: the history page opens them by id.
    const opened = await getSectionSnapshot(await ctx("anna"), "zwolle", LEMMA, snapshots[1]!.id);
    expect(opened.snapshot.plainText).toBe(snapshots[1]!.plainText);
    expect(await database.db.auditEvent.count({ where: { action: "section.snapshot-restored", actorId: users.bert } })).toBe(1);

    // Editing simply carries on from the restored text.
    typeParagraph(anna.doc, "verder na het terugzetten");
    await waitFor("Bert sees the next edit", () => textOf(bert.doc).includes("verder na het terugzetten"));
    await anna.checkDurable();
    expect(sameState(await loadFromDatabase(database.db, NAME), anna.doc)).toBe(true);

    // The section's last edit is the restorer's.
    await waitFor("last edit recorded", async () => (await database.db.localSection.findFirst({ where: { lemmaSlug: LEMMA } }))?.lastEditedById !== null);
  });

  it("restores a section nobody has open (the server opens it, restores, stores and closes it)", async () => {
    for (const entry of clients.splice(0)) entry.destroy();
    await waitFor("the section unloads", () => !collab.persistence.logOf(NAME));
    expect(await viaCollab({ userId: users.anna!, documentName: NAME, snapshotId })).toBe("restored");
    await waitFor("the section unloads again", () => !collab.persistence.logOf(NAME));
    expect(textOf(await loadFromDatabase(database.db, NAME))).toBe("versie een");
  });

  it("refuses people without write rights, other gemeenten, foreign snapshots and bad tokens", async () => {
    expect(await viaCollab({ userId: users.raad!, documentName: NAME, snapshotId })).toBe("refused");
    expect(await viaCollab({ userId: users.enschede!, documentName: NAME, snapshotId })).toBe("refused");
    expect(await viaCollab({ userId: users.enschede!, documentName: `section/enschede/${LEMMA}`, snapshotId })).toBe("not-found");
    expect(await viaCollab({ userId: users.anna!, documentName: "section/zwolle/demografische-ontwikkelingen", snapshotId })).toBe("not-found");
    expect(await requestSnapshotRestore({ baseUrl, authSecret: `${TEST_SECRET}-anders` }, { userId: users.anna!, documentName: NAME, snapshotId })).toBe("refused");
    expect(await requestSnapshotRestore({ baseUrl: `http://127.0.0.1:${await findFreePort()}`, authSecret: TEST_SECRET }, { userId: users.anna!, documentName: NAME, snapshotId })).toBe("unavailable");

    // A token is bound to its document and snapshot; GET does nothing.
    const token = await mintRestoreToken(TEST_SECRET, { userId: users.anna!, documentName: NAME, snapshotId });
    const mismatched = await fetch(`${baseUrl}${RESTORE_PATH}`, {
      method: "POST",
      headers: { authorization: `Bearer ${token}` },
      body: JSON.stringify({ documentName: "section/zwolle/demografische-ontwikkelingen", snapshotId }),
    });
    expect(mismatched.status).toBe(400);
    expect((await fetch(`${baseUrl}${RESTORE_PATH}`)).status).toBe(405);
    expect((await fetch(`${baseUrl}/health`)).status).toBe(200);
  });
});
