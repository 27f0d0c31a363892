/// <reference lib="dom" />
// (WebAssembly typings live in lib.dom, not in @types/node.)
// Drives Prisma's WebAssembly schema engine. The Prisma CLI's migrate commands need a
// native engine downloaded from Prisma's servers, which these machines cannot reach; the
// WebAssembly build does the same work through the pg driver adapter.
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import * as bindings from "@prisma/schema-engine-wasm/schema_engine_bg";
import type { SchemaEngine } from "@prisma/schema-engine-wasm";
import pg from "pg";

const require = createRequire(import.meta.url);
let initialised: Promise<void> | undefined;

function initialiseWasm(): Promise<void> {
  initialised ??= (async () => {
    // The .wasm file is not in the package's exports map; resolve it next to the JS glue.
    const gluePath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
    const wasmPath = path.join(path.dirname(gluePath), "schema_engine_bg.wasm");
    const module = new WebAssembly.Module(await readFile(wasmPath));
    const instance = new WebAssembly.Instance(module, { "./schema_engine_bg.js": bindings as unknown as WebAssembly.ModuleImports });
    const exports = instance.exports as WebAssembly.Exports & { __wbindgen_start?: () => void };
    bindings.__wbg_set_wasm(exports);
    exports.__wbindgen_start?.();
  })();
  return initialised;
}

export interface SchemaFile {
  path: string;
  content: string;
}

/** Runs `work` with an engine on `connectionString`, then frees it and closes its
 * connections (they hold the migration advisory lock until closed). */
export async function withSchemaEngine<T>(
  connectionString: string,
  schema: SchemaFile,
  work: (engine: SchemaEngine) => Promise<T>,
): Promise<T> {
  await initialiseWasm();
  const { SchemaEngine: Engine } = bindings as unknown as { SchemaEngine: typeof SchemaEngine };
  const pool = new pg.Pool({ connectionString, max: 2 });
  const adapterFactory = bindMigrationAwareSqlAdapterFactory(wholeScriptAdapter(pool));
  const engine = await Engine.new({ datamodels: [[schema.path, schema.content]] }, () => undefined, adapterFactory);
  try {
    return await work(engine);
  } finally {
    engine.free();
    await pool.end();
  }
}

/**
 * The pg adapter runs a migration script by splitting it at every ";", which breaks
 * semicolons inside function bodies (triggers, see the publications migration), strings
 * and comments. Send the script whole instead, as `prisma migrate deploy`'s native engine
 * does: one simple query, which PostgreSQL runs as one implicit transaction.
 */
function wholeScriptAdapter(pool: pg.Pool): PrismaPg {
  const factory = new PrismaPg(pool);
  const connect = factory.connect.bind(factory);
  factory.connect = async () => {
    const adapter = await connect();
    adapter.executeScript = async (script: string) => {
      try {
        await pool.query(script);
      } catch (error) {
        // The adapter's own mapping of PostgreSQL errors to Prisma's error kinds.
        (adapter as unknown as { onError(error: unknown): never }).onError(error);
      }
    };
    return adapter;
  };
  return factory;
}

export const NO_FILTERS = { externalTables: [], externalEnums: [] };
