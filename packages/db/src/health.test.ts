import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createDbClient } from "./client.ts";
import { findFreePort } from "./embedded-postgres.ts";
import { checkDatabase } from "./health.ts";
import { createTestDatabase, type TestDatabase } from "./testing/test-database.ts";

describe("checkDatabase", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase(inject("postgresAdminUrl"));
  });
  afterAll(() => database.drop());

  it("reports ok for a reachable database", async () => {
    expect(await checkDatabase(database.db)).toMatchObject({ status: "ok" });
  });

  it("reports a Dutch reason, without credentials, when nothing listens", async () => {
    const port = await findFreePort();
    const client = createDbClient(`postgresql://trendweb:geheim@127.0.0.1:${port}/trendweb`);
    const health = await checkDatabase(client);
    await client.$disconnect();
    expect(health).toEqual({ status: "unavailable", reason: "de databaseserver weigert de verbinding (draait hij?)" });
  });
});
