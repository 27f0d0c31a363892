// The collaboration server with real PostgreSQL, real Hocuspocus and real providers.
import { createGemeenten, createMembers, createTestDatabase, type TestDatabase } from "@trendweb/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import WebSocket from "ws";
import * as encoding from "lib0/encoding";
import * as Y from "yjs";
import {
  connect,
  createSocket,
  loadFromDatabase,
  sameState,
  startCollab,
  TEST_ORIGIN,
  textOf,
  tokenFor,
  typeParagraph,
  waitFor,
  type TClient,
} from "./testing/collab-harness.ts";
import { inject } from "vitest";
import { mintCollabToken } from "@trendweb/auth/collab-token";
import type { TCollabServer } from "./create-collab-server.ts";

let database: TestDatabase;
let collab: TCollabServer & { url: string };
const users: Record<string, string> = {};
const clients: TClient[] = [];

function client(name: string, user: string, options: { socket?: ReturnType<typeof createSocket>; url?: string } = {}): TClient {
  const created = connect({ url: options.url ?? collab.url, name, token: () => tokenFor(users[user]!), socket: options.socket });
  clients.push(created);
  return created;
}

/** Both sides have seen everything the other sent: a durable round trip on each. */
async function barrier(...each: TClient[]): Promise<void> {
  for (const entry of each) await entry.checkDurable();
}

beforeAll(async () => {
  database = await createTestDatabase(inject("postgresAdminUrl"));
  await createGemeenten(database.db);
  Object.assign(
    users,
    await createMembers(database.db, [
      ["anna", "zwolle", "AMBTENAAR"],
      ["bert", "zwolle", "GRIFFIER"],
      ["lezer", "zwolle", "AMBTENAAR"],
      ["raad", "zwolle", "RAADSLID"],
      ["beheer", "zwolle", "BEHEERDER"],
      ["enschede", "enschede", "AMBTENAAR"],
    ]),
  );
  // "lezer" gets read-only access through the policy (no role has drafts.read alone today).
  collab = await startCollab(database.sql, {
    accessPolicy: (viewer, gemeente) =>
      viewer.userId === users.lezer ? "read" : viewer.memberships.some((m) => m.gemeenteSlug === gemeente && (m.roles.includes("AMBTENAAR") || m.roles.includes("GRIFFIER"))) ? "write" : "none",
    maxDocumentBytes: 256 * 1024,
  });
});

afterAll(async () => {
  for (const entry of clients) entry.destroy();
  await collab?.server.destroy();
  await database?.drop();
});

describe("collab server", () => {
  it("answers the health check", async () => {
    const response = await fetch(`http://127.0.0.1:${collab.server.address.port}/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok" });
  });

  it("seeds a new section once, on the server, and two editors converge", async () => {
    const name = "section/zwolle/regionale-economie";
    const anna = client(name, "anna");
    const bert = client(name, "bert");
    await Promise.all([anna.synced(), bert.synced()]);
    // The seed: one empty paragraph, in the database before anyone typed.
    expect(anna.doc.getXmlFragment("default").toJSON()).toBe("<paragraph></paragraph>");
    const row = await database.db.collabDocument.findUniqueOrThrow({ where: { name } });
    expect(row.lemmaSlug).toBe("regionale-economie");

    typeParagraph(anna.doc, "Anna schrijft");
    typeParagraph(bert.doc, "Bert schrijft");
    await waitFor("convergence", () => sameState(anna.doc, bert.doc) && textOf(anna.doc).includes("Anna") && textOf(anna.doc).includes("Bert"));
    await barrier(anna, bert);
    expect(sameState(await loadFromDatabase(database.db, name), anna.doc)).toBe(true);
  });

  it("answers a durability check only when the rows are committed", async () => {
    const name = "section/zwolle/demografische-ontwikkelingen";
    const anna = client(name, "anna");
    await anna.synced();
    for (let i = 0; i < 30; i++) typeParagraph(anna.doc, `regel ${i}`);
    const committed = await anna.checkDurable();
    // At the moment of the answer, PostgreSQL has everything it vouches for.
    const stored = await loadFromDatabase(database.db, name);
    expect(textOf(stored)).toContain("regel 29");
    expect(committed.get(anna.doc.clientID)).toBe(Y.getState(anna.doc.store, anna.doc.clientID));
    expect(Y.getState(stored.store, anna.doc.clientID)).toBe(Y.getState(anna.doc.store, anna.doc.clientID));
  });

  it("acknowledges an update (SyncStatus) only once it is committed to PostgreSQL", async () => {
    const name = "section/enschede/regionale-economie";
    const editor = client(name, "enschede");
    await editor.synced();
    // Another transaction holds the update table, so the server's append has to wait.
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    let locked!: () => void;
    const lockTaken = new Promise<void>((resolve) => (locked = resolve));
    const holding = database.sql.transaction(async (sql) => {
      await sql.query(`LOCK TABLE "CollabUpdate" IN EXCLUSIVE MODE`);
      locked();
      await released;
    });
    await lockTaken;
    typeParagraph(editor.doc, "pas bevestigd na de commit");
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(editor.provider.unsyncedChanges).toBe(1);

    release();
    await holding;
    await waitFor("acknowledged", () => editor.provider.unsyncedChanges === 0);
    expect(textOf(await loadFromDatabase(database.db, name))).toContain("pas bevestigd na de commit");
  });

  it("stores and acknowledges others' edits while one connection's long burst is still being applied", async () => {
    const burstName = "section/zwolle/woningbouw-op-zoek-naar-balans-tussen-vraag-en-aanbod";
    const otherName = "section/enschede/demografische-ontwikkelingen";
    const burst = client(burstName, "anna");
    const other = client(otherName, "enschede");
    await Promise.all([burst.synced(), other.synced()]);
    await barrier(burst, other);
    // The server's count of the burst's updates applied, read when the other edit is acknowledged.
    const burstLog = collab.persistence.logOf(burstName)!;
    const appliedBefore = burstLog.appliedSeq;
    let burstAppliedWhenOtherAcknowledged: number | null = null;
    other.onAcknowledged = () => (burstAppliedWhenOtherAcknowledged ??= burstLog.appliedSeq - appliedBefore);

    // 20,000 keystrokes at once (an offline session flushed on reconnect), then one edit elsewhere.
    const count = 20_000;
    const keys = burst.doc.getText("toetsen");
    for (let key = 0; key < count; key++) keys.insert(key, "x");
    typeParagraph(other.doc, "tussendoor");
    await waitFor("the burst applied and the other edit acknowledged", () => burstLog.appliedSeq - appliedBefore === count && burstAppliedWhenOtherAcknowledged !== null, 60_000);

    expect(burstAppliedWhenOtherAcknowledged).toBeLessThan(count / 2);
    expect(textOf(await loadFromDatabase(database.db, otherName))).toContain("tussendoor");
    await waitFor("the burst acknowledged", () => burst.provider.unsyncedChanges === 0, 60_000);
  });

  it("gives read-only access without writes or awareness, and refuses other people", async () => {
    const name = "section/zwolle/regionale-samenwerking";
    const anna = client(name, "anna");
    const lezer = client(name, "lezer");
    await Promise.all([anna.synced(), lezer.synced()]);
    typeParagraph(anna.doc, "van Anna");
    await waitFor("reader sees the writer", () => textOf(lezer.doc).includes("van Anna"));

    typeParagraph(lezer.doc, "stiekem van de lezer");
    lezer.provider.setAwarenessField("user", { name: "lezer" });
    anna.provider.setAwarenessField("user", { name: "anna" });
    await barrier(lezer, anna);
    await waitFor("reader sees the writer's awareness", () => [...lezer.provider.awareness!.getStates().values()].some((state) => state.user?.name === "anna"));
    await barrier(lezer, anna);
    expect(textOf(anna.doc)).not.toContain("stiekem");
    expect([...anna.provider.awareness!.getStates().keys()]).not.toContain(lezer.doc.clientID);
    expect(textOf(await loadFromDatabase(database.db, name))).not.toContain("stiekem");
  });

  it("refuses another gemeente, raadsleden, beheerders, bad tokens and unknown documents", async () => {
    const cases: [string, string | (() => Promise<string>)][] = [
      ["section/zwolle/regionale-economie", () => tokenFor(users.enschede!)],
      ["section/zwolle/regionale-economie", () => tokenFor(users.raad!)],
      ["section/zwolle/regionale-economie", () => tokenFor(users.beheer!)],
      ["section/zwolle/regionale-economie", "iets"],
      ["section/zwolle/regionale-economie", async () => (await mintCollabToken("een-ander-geheim-een-ander-geheim-0123456789", users.anna!)).token],
      ["section/zwolle/regionale-economie", async () => (await mintCollabToken((await import("./testing/collab-harness.ts")).TEST_SECRET, users.anna!, new Date(Date.now() - 6 * 60_000))).token],
      ["section/zwolle/bestaat-niet", () => tokenFor(users.anna!)],
      ["zwolle/lemma/a", () => tokenFor(users.anna!)],
    ];
    for (const [name, token] of cases) {
      const refused = connect({ url: collab.url, name, token });
      clients.push(refused);
      await waitFor(`refusal of ${name}`, () => refused.failures.length > 0);
      expect(refused.doc.getXmlFragment("default").length).toBe(0);
    }
  });

  it("authorizes a second document on the same socket on its own", async () => {
    const socket = createSocket(collab.url);
    const own = client("section/zwolle/ambt-onder-druk", "anna", { socket });
    const foreign = connect({ url: collab.url, name: "section/enschede/ambt-onder-druk", token: () => tokenFor(users.anna!), socket });
    clients.push(foreign);
    await own.synced();
    await waitFor("refusal of the second document", () => foreign.failures.length > 0);
    typeParagraph(own.doc, "nog steeds verbonden");
    await own.checkDurable();
    expect(textOf(await loadFromDatabase(database.db, "section/zwolle/ambt-onder-druk"))).toContain("nog steeds verbonden");
    expect(await database.db.collabDocument.count({ where: { name: "section/enschede/ambt-onder-druk" } })).toBe(0);
    socket.destroy();
  });

  it("refuses an upgrade from a foreign origin", async () => {
    const status = await new Promise<number>((resolve) => {
      const socket = new WebSocket(collab.url, { origin: "https://kwaadwillend.example" });
      socket.on("unexpected-response", (_request, response) => resolve(response.statusCode ?? 0));
      socket.on("open", () => resolve(101));
      socket.on("error", () => undefined);
    });
    expect(status).toBe(403);
    const allowed = await new Promise<boolean>((resolve) => {
      const socket = new WebSocket(collab.url, { origin: TEST_ORIGIN });
      socket.on("open", () => (socket.close(), resolve(true)));
      socket.on("error", () => resolve(false));
    });
    expect(allowed).toBe(true);
  });

  it("closes only the socket that sends an oversized message", async () => {
    const name = "section/zwolle/digitale-overheid-kwetsbaarheden-en-kansen";
    const anna = client(name, "anna");
    await anna.synced();
    const closeCode = await new Promise<number>((resolve) => {
      const socket = new WebSocket(collab.url);
      socket.on("open", () => socket.send(Buffer.alloc(3 * 1024 * 1024, 1)));
      socket.on("close", (code) => resolve(code));
      socket.on("error", () => undefined);
    });
    expect(closeCode).toBe(1009);
    typeParagraph(anna.doc, "gewoon doorschrijven");
    await anna.checkDurable();
    expect(textOf(await loadFromDatabase(database.db, name))).toContain("gewoon doorschrijven");
  });

  it("closes the document connection that sends a malformed update; others carry on", async () => {
    const name = "section/zwolle/onzekere-overheidsfinancien";
    const bad = client(name, "anna");
    const good = client(name, "bert");
    await Promise.all([bad.synced(), good.synced()]);
    const before = await database.db.collabUpdate.count({ where: { documentName: name } });
    const message = encoding.createEncoder();
    encoding.writeVarString(message, name);
    encoding.writeVarUint(message, 0); // sync
    encoding.writeVarUint(message, 2); // update
    encoding.writeVarUint8Array(message, new Uint8Array([5, 200, 1, 7, 7, 7, 255, 255, 255]));
    (bad.socket as unknown as { webSocket: WebSocket }).webSocket.send(encoding.toUint8Array(message));
    await waitFor("the malformed connection to close", () => bad.closes.length > 0);
    expect(good.closes).toEqual([]);
    typeParagraph(good.doc, "na het kapotte bericht");
    await good.checkDurable();
    const stored = await loadFromDatabase(database.db, name);
    expect(textOf(stored)).toContain("na het kapotte bericht");
    expect(await database.db.collabUpdate.count({ where: { documentName: name } })).toBeGreaterThan(before);
  });

  it("stops a section at its size cap with a Dutch message", async () => {
    const name = "section/zwolle/herontdekking-van-de-gemeenschap";
    const anna = client(name, "anna");
    await anna.synced();
    typeParagraph(anna.doc, "x".repeat(300 * 1024));
    await waitFor("the size error", () => anna.stateless.some((message) => (message as { type: string }).type === "error"));
    const error = anna.stateless.find((message) => (message as { type: string }).type === "error") as { code: string; message: string };
    expect(error.code).toBe("document-too-large");
    expect(error.message).toContain("te groot");
    const row = await database.db.collabDocument.findUniqueOrThrow({ where: { name } });
    expect(textOf(await loadFromDatabase(database.db, name))).not.toContain("xxxx");
    expect(row.byteSize).toBeLessThan(256 * 1024);
  });

  it("never stores a document whose load failed", async () => {
    const name = "section/zwolle/sport-en-cultuur-hoge-verwachtingen-en-financiele-kwetsbaarheid";
    const zwolle = await database.db.gemeente.findUniqueOrThrow({ where: { slug: "zwolle" } });
    const garbage = new Uint8Array([1, 1, 200, 200, 200, 200, 1, 4, 9, 9, 9]);
    await database.db.collabDocument.create({ data: { name, gemeenteId: zwolle.id, lemmaSlug: "sport-en-cultuur-hoge-verwachtingen-en-financiele-kwetsbaarheid", state: garbage, json: {} } });
    const anna = client(name, "anna");
    typeParagraph(anna.doc, "dit mag nergens terechtkomen");
    await waitFor("the load error", () => anna.failures.length > 0);
    expect(anna.provider.isSynced).toBe(false);
    const row = await database.db.collabDocument.findUniqueOrThrow({ where: { name } });
    expect(Buffer.from(row.state).equals(Buffer.from(garbage))).toBe(true);
    expect(await database.db.collabUpdate.count({ where: { documentName: name } })).toBe(0);
  });

  it("restarts from PostgreSQL (state + tail) with the same document, and compaction keeps it", async () => {
    const name = "section/zwolle/in-de-frontlinie-tegen-ondermijning";
    const anna = client(name, "anna");
    await anna.synced();
    for (let i = 0; i < 20; i++) typeParagraph(anna.doc, `alinea ${i}`);
    await anna.checkDurable();
    expect(await database.db.collabUpdate.count({ where: { documentName: name } })).toBeGreaterThan(0);

    // A second server on the same database loads state + tail.
    const second = await startCollab(database.sql);
    try {
      const reader = client(name, "bert", { url: second.url });
      await reader.synced();
      expect(sameState(reader.doc, anna.doc)).toBe(true);
      reader.destroy();
    } finally {
      await second.server.destroy();
    }

    // Everyone leaves: the document unloads, compacts (tail empty) and gets a snapshot.
    anna.destroy();
    await waitFor("unload and compaction", async () => (await database.db.collabUpdate.count({ where: { documentName: name } })) === 0 && !collab.persistence.logOf(name));
    const stored = await loadFromDatabase(database.db, name);
    expect(sameState(stored, anna.doc)).toBe(true);
    const row = await database.db.collabDocument.findUniqueOrThrow({ where: { name } });
    expect(row.plainText).toContain("alinea 19");
    expect(row.json).toMatchObject({ type: "doc" });
    const snapshots = await database.db.sectionSnapshot.findMany({ where: { documentName: name } });
    expect(snapshots).toHaveLength(1);
    expect(snapshots[0]).toMatchObject({ kind: "AUTO", authorIds: [users.anna] });

    const again = client(name, "anna");
    await again.synced();
    expect(sameState(again.doc, anna.doc)).toBe(true);
  });

  it("keeps the dashboard's last edit and status up to date", async () => {
    const name = "section/zwolle/demografische-ontwikkelingen";
    await waitFor("last edit recorded", async () => {
      const section = await database.db.localSection.findFirst({ where: { lemmaSlug: "demografische-ontwikkelingen", gemeente: { slug: "zwolle" } } });
      return section?.lastEditedById === users.anna && section?.status === "CONCEPT";
    });
    const presence = await database.db.collabPresence.findMany({ where: { documentName: name, userId: users.anna } });
    expect(presence.length).toBeGreaterThan(0);
    // Written with raw SQL: in UTC like Prisma's own timestamps, so "editing now" (seen within 90 s) holds.
    for (const row of presence) expect(Math.abs(row.seenAt.getTime() - Date.now())).toBeLessThan(60_000);
    const section = await database.db.localSection.findFirstOrThrow({ where: { lemmaSlug: "demografische-ontwikkelingen", gemeente: { slug: "zwolle" } } });
    expect(Math.abs(section.lastEditedAt!.getTime() - Date.now())).toBeLessThan(120_000);
  });
});
