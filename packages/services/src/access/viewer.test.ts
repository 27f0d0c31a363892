// loadViewerWithSql (the collab server's, without Prisma) must give exactly what loadViewer
// gives: the rights on every collab document rest on it.
import { createGemeenten, createTestDatabase, createUser, type TestDatabase } from "@trendweb/db/testing";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { loadViewer, loadViewerWithSql } from "./viewer.ts";

describe("loadViewerWithSql", () => {
  let database: TestDatabase;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    database = await createTestDatabase(inject("postgresAdminUrl"));
    await createGemeenten(database.db);
    ids.severalRoles = (
      await createUser(database.db, {
        email: "veel@test.example",
        name: "Veel Rollen",
        memberships: [
          { gemeente: "zwolle", role: "AMBTENAAR" },
          { gemeente: "zwolle", role: "GRIFFIER" },
          { gemeente: "enschede", role: "RAADSLID" },
          { gemeente: "almelo", role: "BEHEERDER" },
        ],
      })
    ).id;
    ids.adminOnly = (await createUser(database.db, { email: "admin@test.example", globalRole: "ADMIN" })).id;
    ids.nobody = (await createUser(database.db, { email: "niemand@test.example" })).id;
  });
  afterAll(() => database?.drop());

  it.each(["severalRoles", "adminOnly", "nobody"])("gives the same viewer as loadViewer for %s", async (who) => {
    const viaSql = await loadViewerWithSql(database.sql, ids[who]);
    expect(viaSql).toEqual(await loadViewer(database.db, ids[who]));
    expect(viaSql.kind).toBe("user");
  });

  it("groups roles per gemeente and sorts the gemeenten by name", async () => {
    const viewer = await loadViewerWithSql(database.sql, ids.severalRoles);
    if (viewer.kind !== "user") throw new Error("expected a user");
    expect(viewer.memberships.map((membership) => [membership.gemeenteSlug, [...membership.roles].sort()])).toEqual([
      ["almelo", ["BEHEERDER"]],
      ["enschede", ["RAADSLID"]],
      ["zwolle", ["AMBTENAAR", "GRIFFIER"]],
    ]);
  });

  it("treats unknown and missing ids as anonymous", async () => {
    expect(await loadViewerWithSql(database.sql, "bestaat-niet")).toEqual({ kind: "anonymous" });
    expect(await loadViewerWithSql(database.sql, null)).toEqual({ kind: "anonymous" });
  });
});
