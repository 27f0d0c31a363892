// QUALITY.md's failure modes with real processes: the collab server killed with SIGKILL
// while people type, and PostgreSQL restarted under load. In both, every edit the server
// acknowledged as durable must be in PostgreSQL, and every client must end with everything.
// "Acknowledged" the two ways the editor's save indicator learns it: a durability check's
// answer, and, once a check was answered, the SyncStatus acknowledgement of each update.
import { spawn, type ChildProcess } from "node:child_process";
import { rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createDbClient, type PrismaClient } from "@trendweb/db/node";
import { findFreePort, startEmbeddedPostgres, type RunningPostgres } from "@trendweb/db/embedded-postgres";
import { applyMigrations } from "@trendweb/db/migrations";
import { createSql } from "@trendweb/db/sql";
import { createGemeenten, createTestDatabase, createUser } from "@trendweb/db/testing";
import { afterAll, describe, expect, inject, it } from "vitest";
import * as Y from "yjs";
import { connect, loadFromDatabase, sameState, startCollab, TEST_ORIGIN, TEST_SECRET, textOf, tokenFor, typeParagraph, waitFor, type TClient } from "./testing/collab-harness.ts";

const REPO_ROOT = fileURLToPath(new URL("../../../", import.meta.url));
const cleanups: (() => Promise<unknown>)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup().catch(() => undefined);
});

/** A client that types numbered paragraphs and tracks which of them the server acknowledged. */
class Typist {
  readonly typed: { token: string; clock: number }[] = [];
  private committedClock = 0;
  /** Tokens typed since start() whose update was acknowledged (SyncStatus), on the first connection. */
  private acknowledgedFrom = 0;
  private acknowledgedCount = 0;
  private timer: NodeJS.Timeout | null = null;
  private count = 0;

  constructor(
    readonly client: TClient,
    private readonly prefix: string,
    private readonly onAnswer: () => void = () => undefined,
  ) {}

  /**
   * Asks one durability check first, as the editor does after its sync: once answered, every
   * acknowledgement on this connection belongs to an update typed from then on, in order.
   */
  async start(everyMs = 8): Promise<void> {
    await this.check();
    this.acknowledgedFrom = this.typed.length;
    this.client.onAcknowledged = () => (this.acknowledgedCount += 1);
    // A new connection starts over (its first acknowledgements are for what the sync resent).
    this.client.provider.on("status", ({ status }: { status: string }) => {
      if (status !== "connected") this.client.onAcknowledged = null;
    });
    this.timer = setInterval(() => this.typeOne(), everyMs);
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
  }

  typeOne(): void {
    const token = `${this.prefix}-${this.count++}`;
    typeParagraph(this.client.doc, token);
    this.typed.push({ token, clock: Y.getState(this.client.doc.store, this.client.doc.clientID) });
    if (this.count % 4 === 0 && this.client.provider.isSynced) this.check();
  }

  check(): Promise<void> {
    return this.client.checkDurable().then((committed) => {
      this.onAnswer();
      this.committedClock = Math.max(this.committedClock, committed.get(this.client.doc.clientID) ?? 0);
    });
  }

  /** Tokens the server vouched for: covered by an answered state vector, or acknowledged. */
  get acknowledged(): string[] {
    const acknowledgedUpTo = this.acknowledgedFrom + this.acknowledgedCount;
    return this.typed.filter((entry, index) => entry.clock <= this.committedClock || (index >= this.acknowledgedFrom && index < acknowledgedUpTo)).map((entry) => entry.token);
  }

  /** How many tokens were acknowledged through SyncStatus (not only through check answers). */
  get acknowledgedByUpdate(): number {
    return this.acknowledgedCount;
  }
}

async function makeUsers(db: PrismaClient): Promise<{ anna: string; bert: string }> {
  await createGemeenten(db);
  const anna = (await createUser(db, { email: "anna@test.example", memberships: [{ gemeente: "zwolle", role: "AMBTENAAR" }] })).id;
  const bert = (await createUser(db, { email: "bert@test.example", memberships: [{ gemeente: "zwolle", role: "AMBTENAAR" }] })).id;
  return { anna, bert };
}

function startServerProcess(databaseUrl: string, port: number): ChildProcess {
  return spawn(process.execPath, ["--import", "tsx", path.join(REPO_ROOT, "apps/collab/src/main.ts")], {
    cwd: REPO_ROOT,
    env: { ...process.env, DATABASE_URL: databaseUrl, AUTH_SECRET: TEST_SECRET, COLLAB_PORT: String(port), COLLAB_HOST: "127.0.0.1", COLLAB_ALLOWED_ORIGINS: TEST_ORIGIN, LOG_LEVEL: "silent" },
    stdio: "ignore",
  });
}

async function healthy(port: number): Promise<boolean> {
  return fetch(`http://127.0.0.1:${port}/health`).then((response) => response.ok, () => false);
}

describe("crash recovery", () => {
  it("kill -9 of the collab server while two people type loses no acknowledged edit", async () => {
    const database = await createTestDatabase(inject("postgresAdminUrl"));
    cleanups.push(() => database.drop());
    const users = await makeUsers(database.db);
    const port = await findFreePort();
    let server = startServerProcess(database.url, port);
    cleanups.push(async () => server.kill("SIGKILL"));
    await waitFor("collab server up", () => healthy(port), 60_000);

    const name = "section/zwolle/regionale-economie";
    const url = `ws://127.0.0.1:${port}`;
    const anna = new Typist(connect({ url, name, token: () => tokenFor(users.anna), fastReconnect: true }), "anna");
    const bert = new Typist(connect({ url, name, token: () => tokenFor(users.bert), fastReconnect: true }), "bert");
    cleanups.push(async () => (anna.client.destroy(), bert.client.destroy()));
    await Promise.all([anna.client.synced(), bert.client.synced()]);
    await Promise.all([anna.start(), bert.start()]);
    await waitFor("acknowledged edits from both", () => anna.acknowledgedByUpdate >= 20 && bert.acknowledgedByUpdate >= 20);

    server.kill("SIGKILL");
    await new Promise((resolve) => server.once("exit", resolve));
    const acknowledged = [...anna.acknowledged, ...bert.acknowledged];
    // Straight from PostgreSQL, before any client could send anything again.
    const stored = textOf(await loadFromDatabase(database.db, name)).split("\n\n");
    expect(acknowledged.filter((token) => !stored.includes(token))).toEqual([]);

    // Typing goes on offline, then the server comes back and the clients reconnect.
    await new Promise((resolve) => setTimeout(resolve, 100));
    server = startServerProcess(database.url, port);
    await waitFor("collab server up again", () => healthy(port), 60_000);
    await waitFor("clients back", () => anna.client.provider.isSynced && bert.client.provider.isSynced, 30_000);
    await new Promise((resolve) => setTimeout(resolve, 100));
    anna.stop();
    bert.stop();
    await waitFor("convergence", () => sameState(anna.client.doc, bert.client.doc), 30_000);
    await Promise.all([anna.check(), bert.check()]);

    const everything = [...anna.typed, ...bert.typed].map((entry) => entry.token);
    for (const doc of [anna.client.doc, bert.client.doc, await loadFromDatabase(database.db, name)]) {
      const paragraphs = textOf(doc).split("\n\n");
      expect(everything.filter((token) => !paragraphs.includes(token))).toEqual([]);
    }
    expect(sameState(await loadFromDatabase(database.db, name), anna.client.doc)).toBe(true);
  }, 120_000);

  it("SIGTERM drains and compacts every open document before exiting", async () => {
    const database = await createTestDatabase(inject("postgresAdminUrl"));
    cleanups.push(() => database.drop());
    const users = await makeUsers(database.db);
    const port = await findFreePort();
    const server = startServerProcess(database.url, port);
    cleanups.push(async () => server.kill("SIGKILL"));
    await waitFor("collab server up", () => healthy(port), 60_000);
    const name = "section/zwolle/regionale-samenwerking";
    const anna = new Typist(connect({ url: `ws://127.0.0.1:${port}`, name, token: () => tokenFor(users.anna) }), "anna");
    cleanups.push(async () => anna.client.destroy());
    await anna.client.synced();
    for (let i = 0; i < 50; i++) anna.typeOne();
    await anna.check();
    const exited = new Promise<number | null>((resolve) => server.once("exit", (code) => resolve(code)));
    server.kill("SIGTERM");
    expect(await exited).toBe(0);
    expect(await database.db.collabUpdate.count({ where: { documentName: name } })).toBe(0);
    const row = await database.db.collabDocument.findUniqueOrThrow({ where: { name } });
    expect(row.plainText).toContain("anna-49");
    expect(sameState(await loadFromDatabase(database.db, name), anna.client.doc)).toBe(true);
  }, 120_000);

  it("PostgreSQL restarted under load: nothing acknowledged while it is down, nothing acknowledged lost", async () => {
    const dataDir = path.join(os.tmpdir(), `trendweb-collab-pg-${process.pid}-${Date.now()}`);
    cleanups.push(() => rm(dataDir, { recursive: true, force: true }));
    let postgres: RunningPostgres = await startEmbeddedPostgres({ dataDir });
    cleanups.push(() => postgres.stop());
    await applyMigrations(postgres.url);
    const db = createDbClient(postgres.url);
    cleanups.push(() => db.$disconnect());
    const users = await makeUsers(db);
    const sql = createSql(postgres.url, { onIdleError: () => undefined });
    cleanups.push(() => sql.end());
    const collab = await startCollab(sql, { logLimits: { retryMinMs: 50, retryMaxMs: 300 } });
    cleanups.push(() => collab.server.destroy());

    let phase: "up" | "down" = "up";
    const answeredWhileDown: string[] = [];
    const name = "section/zwolle/woningbouw-op-zoek-naar-balans-tussen-vraag-en-aanbod";
    const typists = (["anna", "bert"] as const).map(
      (who) =>
        new Typist(connect({ url: collab.url, name, token: () => tokenFor(users[who]) }), who, () => {
          if (phase === "down") answeredWhileDown.push(who);
        }),
    );
    cleanups.push(async () => typists.forEach((typist) => typist.client.destroy()));
    await Promise.all(typists.map((typist) => typist.client.synced()));
    await Promise.all(typists.map((typist) => typist.start(10)));
    await waitFor("acknowledged edits", () => typists.every((typist) => typist.acknowledgedByUpdate >= 10));

    await postgres.stop();
    phase = "down";
    const acknowledgedBefore = typists.flatMap((typist) => typist.acknowledged);
    // Keep typing (and asking) while the database is away.
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    const acknowledgedDuringOutage = typists.flatMap((typist) => typist.acknowledged).filter((token) => !acknowledgedBefore.includes(token));
    expect(answeredWhileDown).toEqual([]);
    expect(acknowledgedDuringOutage).toEqual([]);

    postgres = await startEmbeddedPostgres({ dataDir, port: postgres.port });
    phase = "up";
    for (const typist of typists) typist.stop();
    await Promise.all(typists.map((typist) => typist.check()));
    const stored = await loadFromDatabase(db, name);
    const paragraphs = textOf(stored).split("\n\n");
    const typed = typists.flatMap((typist) => typist.typed.map((entry) => entry.token));
    expect(typed.filter((token) => !paragraphs.includes(token))).toEqual([]);
    expect(sameState(stored, typists[0]!.client.doc)).toBe(true);
  }, 120_000);
});
