// The SQL that takes an empty database to what prisma/schema.prisma describes.
import { readSchemaFile } from "./migration-files.ts";
import { NO_FILTERS, withSchemaEngine } from "./schema-engine.ts";

export async function sqlForSchemaFromEmpty(connectionString: string): Promise<string> {
  const schema = await readSchemaFile();
  return withSchemaEngine(connectionString, schema, async (engine) => {
    const result = await engine.diff({
      from: { tag: "empty" },
      to: { tag: "schemaDatamodel", files: [schema] },
      script: true,
      exitCode: null,
      filters: NO_FILTERS,
    });
    return result.stdout ?? "";
  });
}
