// Plain SQL for the collab server (sql.ts) against a real PostgreSQL: values come back the
// way Prisma writes and reads them, a transaction is all or nothing, and a named statement
// is prepared once.
import { afterAll, beforeAll, describe, expect, inject, it, onTestFinished } from "vitest";
import { newRowId } from "./sql.ts";
import { createTestDatabase, type TestDatabase } from "./testing/test-database.ts";

describe("createSql", () => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase(inject("postgresAdminUrl"));
  });
  afterAll(() => database?.drop());

  it("reads int8 as bigint and timestamp(3) as UTC, like Prisma, whatever the process's time zone", async () => {
    // node-postgres would read a timestamp without time zone as local time.
    const zone = process.env.TZ;
    process.env.TZ = "Europe/Amsterdam";
    onTestFinished(() => {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    });
    const [row] = await database.sql.query<{ id: bigint; at: Date }>(`SELECT 9007199254740993::int8 AS "id", '2026-11-28 10:15:30.250'::timestamp(3) AS "at"`);
    expect(row!.id).toBe(9007199254740993n);
    expect(row!.at.toISOString()).toBe("2026-11-28T10:15:30.250Z");
  });

  it("commits a transaction whole, or nothing of it when it throws", async () => {
    await database.sql.query(`CREATE TABLE "SqlProef" ("naam" text PRIMARY KEY)`);
    await expect(
      database.sql.transaction(async (tx) => {
        await tx.query(`INSERT INTO "SqlProef" VALUES ('weg')`);
        throw new Error("halverwege mis");
      }),
    ).rejects.toThrow("halverwege mis");
    await database.sql.transaction(async (tx) => {
      await tx.query(`INSERT INTO "SqlProef" VALUES ('een')`);
      await tx.query(`INSERT INTO "SqlProef" VALUES ('twee')`);
    });
    const rows = await database.sql.query<{ naam: string }>(`SELECT "naam" FROM "SqlProef" ORDER BY "naam"`);
    expect(rows.map((row) => row.naam)).toEqual(["een", "twee"]);
  });

  it("prepares a named statement once per connection and runs it with new values each time", async () => {
    const found = await database.sql.transaction(async (tx) => {
      const first = await tx.query<{ n: number }>(`SELECT $1::int + 1 AS "n"`, [1], "proef-plus-een");
      const second = await tx.query<{ n: number }>(`SELECT $1::int + 1 AS "n"`, [41], "proef-plus-een");
      const prepared = await tx.query<{ name: string }>(`SELECT "name" FROM pg_prepared_statements WHERE "name" = 'proef-plus-een'`);
      return { values: [first[0]!.n, second[0]!.n], prepared: prepared.map((row) => row.name) };
    });
    expect(found).toEqual({ values: [2, 42], prepared: ["proef-plus-een"] });
  });

  it("makes row ids the services accept (letters and digits only)", () => {
    expect(newRowId()).toMatch(/^[a-z0-9]{32}$/);
    expect(newRowId()).not.toBe(newRowId());
  });
});
