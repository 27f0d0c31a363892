// Reads prisma/migrations in Prisma's folder format: <timestamp>_<name>/migration.sql
// plus migration_lock.toml, as `prisma migrate deploy` expects them.
import { existsSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import type { MigrationList } from "@prisma/schema-engine-wasm";
import { MIGRATIONS_DIR, SCHEMA_PATH } from "./paths.ts";
import type { SchemaFile } from "./schema-engine.ts";

const LOCKFILE = "migration_lock.toml";

export async function readMigrationList(migrationsDir = MIGRATIONS_DIR): Promise<MigrationList> {
  const entries = await readdir(migrationsDir, { withFileTypes: true });
  const folders = entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();
  const migrationDirectories = await Promise.all(
    folders.map(async (folder) => ({
      path: folder,
      migrationFile: {
        path: "migration.sql",
        content: { tag: "ok" as const, value: await readFile(path.join(migrationsDir, folder, "migration.sql"), "utf8") },
      },
    })),
  );
  const lockfilePath = path.join(migrationsDir, LOCKFILE);
  return {
    baseDir: migrationsDir,
    lockfile: { path: LOCKFILE, content: existsSync(lockfilePath) ? await readFile(lockfilePath, "utf8") : null },
    shadowDbInitScript: "",
    migrationDirectories,
  };
}

export async function readSchemaFile(schemaPath = SCHEMA_PATH): Promise<SchemaFile> {
  return { path: schemaPath, content: await readFile(schemaPath, "utf8") };
}
