// A fresh, migrated database per test file, cloned from the template that the test
// run's global setup migrated once.
import { randomBytes } from "node:crypto";
import pg from "pg";
import { createDbClient } from "../client.ts";
import type { PrismaClient } from "../generated/prisma/client.ts";
import { createSql, type TSql } from "../sql.ts";

export const TEMPLATE_DATABASE = "trendweb_template";

export interface TestDatabase {
  url: string;
  db: PrismaClient;
  /** Plain SQL on the same database (what the collab server uses instead of Prisma). */
  sql: TSql;
  drop(): Promise<void>;
}

export async function createTestDatabase(adminUrl: string): Promise<TestDatabase> {
  const name = `trendweb_test_${randomBytes(6).toString("hex")}`;
  await runAdmin(adminUrl, (client) => client.query(`CREATE DATABASE ${name} TEMPLATE ${TEMPLATE_DATABASE}`));
  const url = adminUrl.replace(/\/[^/]*$/, `/${name}`);
  const db = createDbClient(url);
  const sql = createSql(url, { max: 4 });
  return {
    url,
    db,
    sql,
    async drop() {
      await db.$disconnect();
      await sql.end();
      await runAdmin(adminUrl, (client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
    },
  };
}

/** An empty database (no migrations), e.g. to apply migrations to in a test. */
export async function createEmptyDatabase(adminUrl: string): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `trendweb_empty_${randomBytes(6).toString("hex")}`;
  await runAdmin(adminUrl, (client) => client.query(`CREATE DATABASE ${name}`));
  return {
    url: adminUrl.replace(/\/[^/]*$/, `/${name}`),
    drop: () => runAdmin(adminUrl, (client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => undefined),
  };
}

async function runAdmin<T>(adminUrl: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

declare module "vitest" {
  /** Set by test/global-setup.ts: the embedded server's maintenance database URL. */
  export interface ProvidedContext {
    postgresAdminUrl: string;
  }
}
