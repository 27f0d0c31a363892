// The launcher as a user runs it: a real embedded PostgreSQL, the built web app, signals.
import { existsSync } from "node:fs";
import { readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { findFreePort } from "@trendweb/db/embedded-postgres";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { launchApp, START_TIMEOUT_MS, waitForHealth, type LaunchedApp } from "./testing/launch-app.ts";

function launch(command: "start", env: Record<string, string>): LaunchedApp {
  return launchApp(command, { NODE_ENV: "production", ...env });
}

/** The launcher's structured log line about the embedded server (port, first start or not). */
function embeddedDatabaseLog(output: string): { port: number; created: boolean } {
  const line = output.split("\n").find((entry) => entry.includes('"embedded PostgreSQL started"'));
  if (!line) throw new Error(`no embedded database log line in:\n${output}`);
  return JSON.parse(line) as { port: number; created: boolean };
}

async function withDatabase<T>(dataDir: string, port: number, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const credentials = JSON.parse(await readFile(path.join(dataDir, "postgres/credentials.json"), "utf8")) as {
    user: string;
    password: string;
  };
  const client = new pg.Client({ host: "127.0.0.1", port, database: "trendweb", ...credentials });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

async function isListening(port: number): Promise<boolean> {
  return fetch(`http://localhost:${port}/`).then(() => true, () => false);
}

describe("npm start (launcher)", () => {
  const dataDir = path.join(os.tmpdir(), `trendweb-launcher-test-${process.pid}`);
  afterAll(() => rm(dataDir, { recursive: true, force: true }));

  it(
    "starts an embedded database, migrates, seeds and serves; Ctrl-C stops everything; a second start reuses the data",
    async () => {
      const port = await findFreePort();
      const first = launch("start", { PORT: String(port), TRENDWEB_DATA_DIR: dataDir, LOG_LEVEL: "info" });
      const health = await waitForHealth(port, first);
      expect(health.status).toBe(200);
      expect(await health.json()).toMatchObject({ status: "ok", database: { status: "ok" } });
      expect(await (await fetch(`http://localhost:${port}/`)).text()).toContain("Hof van Twente");

      // Leave a trace in the database to find again after the restart.
      const firstDatabase = embeddedDatabaseLog(first.output());
      expect(firstDatabase.created).toBe(true);
      await withDatabase(dataDir, firstDatabase.port, (client) =>
        client.query(`INSERT INTO "User" (id, email, "updatedAt") VALUES ('trace', 'spoor@test.example', now())`),
      );
      const postmasterPid = path.join(dataDir, "postgres/cluster/postmaster.pid");
      expect(existsSync(postmasterPid)).toBe(true);

      first.child.kill("SIGINT");
      expect(await first.exited).toBe(130);
      expect(await isListening(port)).toBe(false);
      // PostgreSQL removes its pid file only on a clean shutdown.
      expect(existsSync(postmasterPid)).toBe(false);

      const second = launch("start", { PORT: String(port), TRENDWEB_DATA_DIR: dataDir, LOG_LEVEL: "info" });
      expect((await waitForHealth(port, second)).status).toBe(200);
      const secondDatabase = embeddedDatabaseLog(second.output());
      expect(secondDatabase.created).toBe(false);
      const counts = await withDatabase(dataDir, secondDatabase.port, async (client) => ({
        traces: (await client.query(`SELECT 1 FROM "User" WHERE email = 'spoor@test.example'`)).rowCount,
        // NODE_ENV=production: the demo accounts must not have been created.
        users: (await client.query(`SELECT count(*)::int AS n FROM "User"`)).rows[0].n,
        gemeenten: (await client.query(`SELECT count(*)::int AS n FROM "Gemeente"`)).rows[0].n,
      }));
      expect(counts).toEqual({ traces: 1, users: 1, gemeenten: 25 });
      second.child.kill("SIGTERM");
      expect(await second.exited).toBe(143);
      expect(existsSync(postmasterPid)).toBe(false);
    },
    2 * START_TIMEOUT_MS,
  );

  it("refuses an unreachable DATABASE_URL with one clear Dutch line", async () => {
    const deadPort = await findFreePort();
    const launched = launch("start", {
      DATABASE_URL: `postgresql://trendweb:geheim@127.0.0.1:${deadPort}/trendweb`,
      PORT: String(await findFreePort()),
    });
    expect(await launched.exited).toBe(1);
    const lines = launched.output().trim().split("\n");
    expect(lines).toEqual([
      `Trendweb Lokaal kan niet starten: Database niet bereikbaar via DATABASE_URL (postgresql://trendweb:***@127.0.0.1:${deadPort}/trendweb): de databaseserver weigert de verbinding (draait hij?). Controleer DATABASE_URL, of laat hem leeg om de ingebouwde PostgreSQL te gebruiken.`,
    ]);
  });

  it("names a malformed setting and says what to do", async () => {
    const launched = launch("start", { DATABASE_URL: "mysql://localhost/trendweb", PORT: "geen-poort" });
    expect(await launched.exited).toBe(1);
    const lines = launched.output().trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain("DATABASE_URL: is geen PostgreSQL-URL");
    expect(lines[0]).toContain("PORT: moet een poortnummer zijn");
  });
});
