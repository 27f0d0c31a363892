// Plain SQL on a node-postgres pool, for long-running processes that need only a handful of
// statements (the collab server). Prisma's client costs such a process ~95 MB of RSS (its
// query compiler in WebAssembly, and the query plans it keeps) and CPU on every statement;
// docs/benchmarks.md, "Samenwerken (issue 5)". Timestamps are written and read as UTC, like
// Prisma's (`timestamp(3)` without time zone); int8 comes back as bigint.
import { randomUUID } from "node:crypto";
import pg from "pg";

export interface TSqlQuery {
  /**
   * Runs one statement with `$1…$n` parameters and returns its rows. With `prepareAs`, the
   * statement is prepared once per connection under that name and then only executed (no
   * parse and plan per call): for statements run many times a second.
   */
  query<TRow>(text: string, values?: readonly unknown[], prepareAs?: string): Promise<TRow[]>;
}

export interface TSql extends TSqlQuery {
  /** Runs `work` in one transaction (BEGIN … COMMIT, ROLLBACK when it throws) on one pooled connection. */
  transaction<T>(work: (sql: TSqlQuery) => Promise<T>): Promise<T>;
  end(): Promise<void>;
}

export interface TSqlOptions {
  /** Pooled connections (node-postgres' default is 10). */
  max?: number;
  /** How long a statement may run before PostgreSQL cancels it. */
  statementTimeoutMs?: number;
  /** How long to wait for a free connection. */
  connectionTimeoutMs?: number;
  /** Idle connections that break (PostgreSQL restarted) are reported here and replaced on next use. */
  onIdleError?: (error: Error) => void;
}

const INT8 = 20;
const TIMESTAMP = 1114;

const types = {
  getTypeParser(oid: number, format?: "text" | "binary") {
    if (oid === INT8) return (value: string) => BigInt(value);
    if (oid === TIMESTAMP) return (value: string) => new Date(`${value.replace(" ", "T")}Z`);
    return pg.types.getTypeParser(oid, format);
  },
} as pg.CustomTypesConfig;

/**
 * An id for a row that Prisma would have given a cuid: 32 lower-case letters and digits,
 * which every id check in the services accepts (e.g. /^[a-z0-9]+$/i).
 */
export function newRowId(): string {
  return randomUUID().replaceAll("-", "");
}

export function createSql(connectionString: string, options: TSqlOptions = {}): TSql {
  const pool = new pg.Pool({
    connectionString,
    max: options.max ?? 10,
    connectionTimeoutMillis: options.connectionTimeoutMs ?? 30_000,
    statement_timeout: options.statementTimeoutMs ?? 30_000,
    types,
  });
  // Without a listener, an idle connection that PostgreSQL closes would crash the process.
  pool.on("error", (error) => options.onIdleError?.(error));

  const run = async <TRow>(client: pg.Pool | pg.PoolClient, text: string, values?: readonly unknown[], name?: string): Promise<TRow[]> =>
    (await client.query<TRow & pg.QueryResultRow>({ text, values: values as unknown[] | undefined, ...(name ? { name } : {}) })).rows;

  return {
    query: (text, values, prepareAs) => run(pool, text, values, prepareAs),
    async transaction(work) {
      const client = await pool.connect();
      let broken = false;
      try {
        await client.query("BEGIN");
        const result = await work({ query: (text, values, prepareAs) => run(client, text, values, prepareAs) });
        await client.query("COMMIT");
        return result;
      } catch (error) {
        await client.query("ROLLBACK").catch(() => {
          broken = true;
        });
        throw error;
      } finally {
        // A connection whose ROLLBACK failed is not handed out again.
        client.release(broken);
      }
    },
    end: () => pool.end(),
  };
}
