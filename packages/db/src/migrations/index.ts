export { applyMigrations } from "./apply-migrations.ts";
export { createMigration } from "./create-migration.ts";
export { sqlForSchemaFromEmpty } from "./diff-schema.ts";
export { readMigrationList } from "./migration-files.ts";
export { MIGRATIONS_DIR, SCHEMA_PATH } from "./paths.ts";
