// Starts one embedded PostgreSQL for the test run, with a migrated template database that
// each test file clones (createTestDatabase), so files never see each other's rows; and
// builds the web app once (a cache hit after `turbo run build`), which every test that
// starts the platform then serves.
import { rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { startEmbeddedPostgres } from "../packages/db/src/embedded-postgres.ts";
import { applyMigrations } from "../packages/db/src/migrations/apply-migrations.ts";
import { TEMPLATE_DATABASE } from "../packages/db/src/testing/test-database.ts";
import { buildWebApp } from "../packages/launcher/src/web-app.ts";

export default async function setup(project: TestProject) {
  await buildWebApp();
  const dataDir = path.join(os.tmpdir(), `trendweb-test-pg-${process.pid}-${Date.now()}`);
  const server = await startEmbeddedPostgres({ dataDir, database: TEMPLATE_DATABASE });
  const teardown = async () => {
    await server.stop();
    await rm(dataDir, { recursive: true, force: true });
  };
  try {
    await applyMigrations(server.url);
    const adminUrl = server.url.replace(/\/[^/]*$/, "/postgres");
    await sealTemplate(adminUrl);
    project.provide("postgresAdminUrl", adminUrl);
  } catch (error) {
    // A broken migration must fail the run, not leave PostgreSQL running behind it.
    await teardown();
    throw error;
  }
  return teardown;
}

/** Cloning needs a template nobody is connected to; the migration engine keeps a pool open. */
async function sealTemplate(adminUrl: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  await client.query(`ALTER DATABASE ${TEMPLATE_DATABASE} WITH ALLOW_CONNECTIONS false IS_TEMPLATE true`);
  await client.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1", [TEMPLATE_DATABASE]);
  await client.end();
}
