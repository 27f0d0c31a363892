// The launcher's database: the server in DATABASE_URL, or an embedded PostgreSQL whose
// data lives in TRENDWEB_DATA_DIR and survives restarts.
import path from "node:path";
import { startEmbeddedPostgres } from "@trendweb/db/embedded-postgres";
import { describeConnectionError } from "@trendweb/db/node";
import { childLogger } from "@trendweb/logger";
import pg from "pg";
import type { TLauncherEnv } from "./env.ts";
import { LaunchError } from "./launch-error.ts";

const log = childLogger("launcher");

export interface ProvidedDatabase {
  url: string;
  embedded: boolean;
  stop(): Promise<void>;
}

export async function provideDatabase(env: TLauncherEnv): Promise<ProvidedDatabase> {
  if (env.DATABASE_URL) {
    await assertReachable(env.DATABASE_URL);
    return { url: env.DATABASE_URL, embedded: false, stop: async () => undefined };
  }
  const dataDir = path.join(env.TRENDWEB_DATA_DIR, "postgres");
  const server = await startEmbeddedPostgres({ dataDir, onLog: (line) => log.debug({ postgres: line.trim() }) });
  log.info({ port: server.port, dataDir, created: server.created }, "embedded PostgreSQL started");
  return { url: server.url, embedded: true, stop: server.stop };
}

async function assertReachable(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
    await client.query("SELECT 1");
  } catch (error) {
    throw new LaunchError(
      `Database niet bereikbaar via DATABASE_URL (${redact(url)}): ${describeConnectionError(error)}. Controleer DATABASE_URL, of laat hem leeg om de ingebouwde PostgreSQL te gebruiken.`,
    );
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** The URL without its password, for messages. */
export function redact(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = "***";
    return parsed.toString();
  } catch {
    return "<ongeldige URL>";
  }
}
