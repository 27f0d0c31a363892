// Proves that the committed migrations build exactly the schema that schema.prisma
// describes, and that they are recorded the way `prisma migrate deploy` records them.
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createEmptyDatabase } from "../testing/test-database.ts";
import { applyMigrations } from "./apply-migrations.ts";
import { sqlForSchemaFromEmpty } from "./diff-schema.ts";
import { readMigrationList } from "./migration-files.ts";
import { MIGRATIONS_DIR } from "./paths.ts";

const CATALOG_QUERIES = {
  columns: `SELECT table_name, column_name, data_type, udt_name, is_nullable, column_default
            FROM information_schema.columns WHERE table_schema = 'public' AND table_name <> '_prisma_migrations'
            ORDER BY table_name, column_name`,
  constraints: `SELECT conrelid::regclass::text AS table_name, conname, pg_get_constraintdef(oid) AS definition
                FROM pg_constraint WHERE connamespace = 'public'::regnamespace AND conrelid::regclass::text <> '_prisma_migrations'
                ORDER BY 1, 2`,
  indexes: `SELECT tablename, indexname, indexdef FROM pg_indexes
            WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' ORDER BY 1, 2`,
  enums: `SELECT t.typname, e.enumlabel FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid
          ORDER BY t.typname, e.enumsortorder`,
};

async function catalogSnapshot(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const snapshot: Record<string, unknown[]> = {};
    for (const [name, sql] of Object.entries(CATALOG_QUERIES)) snapshot[name] = (await client.query(sql)).rows;
    return snapshot;
  } finally {
    await client.end();
  }
}

describe("migrations", () => {
  let migrated: Awaited<ReturnType<typeof createEmptyDatabase>>;
  let fromSchema: Awaited<ReturnType<typeof createEmptyDatabase>>;

  beforeAll(async () => {
    const adminUrl = inject("postgresAdminUrl");
    migrated = await createEmptyDatabase(adminUrl);
    fromSchema = await createEmptyDatabase(adminUrl);
  });

  afterAll(async () => {
    await migrated?.drop();
    await fromSchema?.drop();
  });

  it("build the same database as schema.prisma (no drift)", async () => {
    await applyMigrations(migrated.url);

    const client = new pg.Client({ connectionString: fromSchema.url });
    await client.connect();
    await client.query(await sqlForSchemaFromEmpty(fromSchema.url));
    await client.end();

    const expected = await catalogSnapshot(fromSchema.url);
    expect(expected.columns?.length).toBeGreaterThan(10);
    expect(await catalogSnapshot(migrated.url)).toEqual(expected);
  });

  it("are recorded in _prisma_migrations as prisma migrate deploy records them, once", async () => {
    const again = await applyMigrations(migrated.url);
    expect(again).toEqual([]);

    const list = await readMigrationList();
    const client = new pg.Client({ connectionString: migrated.url });
    await client.connect();
    const { rows } = await client.query<{ migration_name: string; checksum: string; finished_at: Date | null }>(
      "SELECT migration_name, checksum, finished_at FROM _prisma_migrations ORDER BY migration_name",
    );
    await client.end();

    expect(rows.map((row) => row.migration_name)).toEqual(list.migrationDirectories.map((dir) => dir.path));
    for (const row of rows) {
      const sql = await readFile(path.join(MIGRATIONS_DIR, row.migration_name, "migration.sql"));
      expect(row.checksum).toBe(createHash("sha256").update(sql).digest("hex"));
      expect(row.finished_at).not.toBeNull();
    }
  });
});
