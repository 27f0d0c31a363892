// Scale-out: two collaboration servers on one database behind a real Redis (Debian's
// redis-server, started here). Clients on different servers converge; PostgreSQL ends with
// the same document, seeded once, without duplicated content; and a durable answer from one
// server never rests on an append the other server may not have made.
import { requestSnapshotRestore } from "@trendweb/auth/collab-restore";
import { createGemeenten, createTestDatabase, createUser, type TestDatabase } from "@trendweb/db/testing";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import * as Y from "yjs";
import type { TPendingUpdate } from "./persistence/document-store.ts";
import { FRAGMENT_NAME } from "./persistence/render-document.ts";
import { connect, loadFromDatabase, sameState, startCollab, TEST_SECRET, textOf, tokenFor, typeParagraph, waitFor, type TClient } from "./testing/collab-harness.ts";
import { startRedisServer, type TRedisServer } from "./testing/redis-server.ts";

let database: TestDatabase;
let redis: TRedisServer;
let first: Awaited<ReturnType<typeof startCollab>>;
let second: Awaited<ReturnType<typeof startCollab>>;
const users: Record<string, string> = {};
const clients: TClient[] = [];

function client(url: string, name: string, user: string): TClient {
  const created = connect({ url, name, token: () => tokenFor(users[user]!) });
  clients.push(created);
  return created;
}

/** Every paragraph's text, in order. */
function paragraphs(doc: Y.Doc): string[] {
  return textOf(doc).split("\n\n").filter(Boolean);
}

beforeAll(async () => {
  redis = await startRedisServer();
  database = await createTestDatabase(inject("postgresAdminUrl"));
  await createGemeenten(database.db);
  for (const key of ["anna", "bert"]) {
    users[key] = (await createUser(database.db, { email: `${key}@test.example`, name: key, memberships: [{ gemeente: "zwolle", role: "AMBTENAAR" }] })).id;
  }
  first = await startCollab(database.sql, { redisUrl: redis.url });
  second = await startCollab(database.sql, { redisUrl: redis.url });
});

afterAll(async () => {
  for (const entry of clients) entry.destroy();
  await Promise.all([first?.server.destroy(), second?.server.destroy()]);
  await redis?.stop();
  await database?.drop();
});

describe("two collab servers behind Redis", () => {
  it("converge, seed a new section once and store it once", async () => {
    const name = "section/zwolle/regionale-economie";
    const anna = client(first.url, name, "anna");
    const bert = client(second.url, name, "bert");
    await Promise.all([anna.synced(), bert.synced()]);
    await waitFor("both servers share the seed", () => sameState(anna.doc, bert.doc));
    expect(anna.doc.getXmlFragment(FRAGMENT_NAME).toJSON()).toBe("<paragraph></paragraph>");

    anna.provider.setAwarenessField("user", { name: "anna" });
    for (let i = 0; i < 15; i++) {
      typeParagraph(anna.doc, `anna ${i}`);
      typeParagraph(bert.doc, `bert ${i}`);
      if (i % 5 === 0) await new Promise((resolve) => setTimeout(resolve, 10));
    }
    await waitFor("convergence across servers", () => sameState(anna.doc, bert.doc) && paragraphs(anna.doc).length === 30);
    await waitFor("awareness across servers", () => [...bert.provider.awareness!.getStates().values()].some((state) => state.user?.name === "anna"));
    await anna.checkDurable();
    await bert.checkDurable();

    const stored = await loadFromDatabase(database.db, name);
    expect(sameState(stored, anna.doc)).toBe(true);
    const lines = paragraphs(stored);
    expect(lines).toHaveLength(30);
    expect(new Set(lines).size).toBe(30);
    expect(stored.getXmlFragment(FRAGMENT_NAME).length).toBe(31);
    expect(await database.db.collabDocument.count({ where: { name } })).toBe(1);

    // Both servers compact at the same moment: the row lock serialises them.
    await Promise.all([first.persistence.logOf(name)!.requestCompaction(), second.persistence.logOf(name)!.requestCompaction()]);
    const compacted = await loadFromDatabase(database.db, name);
    expect(sameState(compacted, anna.doc)).toBe(true);
    expect(await database.db.collabUpdate.count({ where: { documentName: name } })).toBe(0);
  });

  it("vouches only for what is committed: a server adopts what the other server has not appended", async () => {
    const name = "section/zwolle/demografische-ontwikkelingen";
    const anna = client(first.url, name, "anna");
    const bert = client(second.url, name, "bert");
    await Promise.all([anna.synced(), bert.synced()]);

    // The first server cannot write to PostgreSQL (as if it died before its append).
    const append = first.store.append.bind(first.store);
    let release!: () => void;
    const blocked = new Promise<void>((resolve) => (release = resolve));
    first.store.append = async (documentName: string, updates: readonly TPendingUpdate[]) => {
      await blocked;
      return append(documentName, updates);
    };
    try {
      typeParagraph(anna.doc, "alleen in het geheugen van de eerste server");
      await waitFor("the other server's client sees it", () => textOf(bert.doc).includes("alleen in het geheugen"));
      expect(second.persistence.logOf(name)!.remoteCount).toBeGreaterThan(0);

      // Bert's client now holds Anna's paragraph; the answer covers it, so it must be in PostgreSQL.
      const committed = await bert.checkDurable();
      expect(committed.get(anna.doc.clientID)).toBe(Y.getState(anna.doc.store, anna.doc.clientID));
      const stored = await loadFromDatabase(database.db, name);
      expect(textOf(stored)).toContain("alleen in het geheugen van de eerste server");
      expect(Y.getState(stored.store, anna.doc.clientID)).toBe(committed.get(anna.doc.clientID));
    } finally {
      release();
      first.store.append = append;
    }

    // The first server appends it too: a duplicate row, never duplicated content.
    await anna.checkDurable();
    const stored = await loadFromDatabase(database.db, name);
    expect(paragraphs(stored).filter((line) => line.includes("alleen in het geheugen"))).toHaveLength(1);
    expect(sameState(stored, anna.doc)).toBe(true);
  });

  it("restores a snapshot on one server; clients of the other server see it live", async () => {
    const name = "section/zwolle/regionale-economie";
    const snapshot = await database.db.sectionSnapshot.create({
      data: { documentName: name, kind: "NAMED", name: "leeg begin", state: Y.encodeStateAsUpdate(new Y.Doc()) as Uint8Array<ArrayBuffer>, plainText: "" },
    });
    const bert = client(second.url, name, "bert");
    await bert.synced();
    const outcome = await requestSnapshotRestore(
      { baseUrl: `http://127.0.0.1:${first.server.address.port}`, authSecret: TEST_SECRET },
      { userId: users.anna!, documentName: name, snapshotId: snapshot.id },
    );
    expect(outcome).toBe("restored");
    await waitFor("the restore reaches the other server's client", () => bert.doc.getXmlFragment(FRAGMENT_NAME).toJSON() === "<paragraph></paragraph>");
    await bert.checkDurable();
    expect(sameState(await loadFromDatabase(database.db, name), bert.doc)).toBe(true);
  });
});
