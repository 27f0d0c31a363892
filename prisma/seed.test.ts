import { GEMEENTEN } from "@trendweb/content";
import { createTestDatabase, type TestDatabase } from "@trendweb/db/testing";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { seed } from "./seed.ts";

describe("seed", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase(inject("postgresAdminUrl"));
  });
  afterAll(() => database.drop());

  it("puts the 25 Overijssel gemeenten in place, and running it again changes nothing", async () => {
    expect(await seed(database.db)).toEqual({ gemeenten: 25 });
    const first = await database.db.gemeente.findMany({ orderBy: { slug: "asc" } });
    expect(await seed(database.db)).toEqual({ gemeenten: 25 });
    const second = await database.db.gemeente.findMany({ orderBy: { slug: "asc" } });

    expect(second).toEqual(first);
    expect(first.map(({ slug, name, cbsCode }) => ({ slug, name, cbsCode }))).toEqual(
      [...GEMEENTEN].sort((a, b) => a.slug.localeCompare(b.slug)),
    );
    expect(first.find((gemeente) => gemeente.slug === "zwolle")).toMatchObject({ name: "Zwolle", cbsCode: "GM0193" });
  });
});
