// Applies the committed migrations and records them in _prisma_migrations exactly as
// `prisma migrate deploy` does, so an operator can switch to the normal CLI at any time.
import { readMigrationList, readSchemaFile } from "./migration-files.ts";
import { NO_FILTERS, withSchemaEngine } from "./schema-engine.ts";

export async function applyMigrations(connectionString: string): Promise<string[]> {
  const migrationsList = await readMigrationList();
  return withSchemaEngine(connectionString, await readSchemaFile(), async (engine) => {
    const result = await engine.applyMigrations({ migrationsList, filters: NO_FILTERS });
    return result.appliedMigrationNames;
  });
}
