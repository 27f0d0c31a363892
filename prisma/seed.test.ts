import { GEMEENTEN } from "@trendweb/content";
import { createTestDatabase, type TestDatabase } from "@trendweb/db/testing";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { verifyPassword } from "@trendweb/services";
import { DEMO_PASSWORD } from "./seed-demo-accounts.ts";
import { seed } from "./seed.ts";

describe("seed", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase(inject("postgresAdminUrl"));
  });
  afterAll(() => database.drop());

  it("puts the 25 Overijssel gemeenten in place, and running it again changes nothing", async () => {
    expect(await seed(database.db)).toEqual({ gemeenten: 25, demoAccounts: 0 });
    const first = await database.db.gemeente.findMany({ orderBy: { slug: "asc" } });
    expect(await seed(database.db)).toEqual({ gemeenten: 25, demoAccounts: 0 });
    const second = await database.db.gemeente.findMany({ orderBy: { slug: "asc" } });

    expect(second).toEqual(first);
    expect(first.map(({ slug, name, cbsCode }) => ({ slug, name, cbsCode }))).toEqual(
      [...GEMEENTEN].sort((a, b) => a.slug.localeCompare(b.slug)),
    );
    expect(first.find((gemeente) => gemeente.slug === "zwolle")).toMatchObject({ name: "Zwolle", cbsCode: "GM0193" });
  });

  it("creates no accounts unless asked, and the demo accounts of the spec when asked, once", async () => {
    expect(await database.db.user.count()).toBe(0);
    expect(await seed(database.db, { demoAccounts: true })).toEqual({ gemeenten: 25, demoAccounts: 9 });
    expect(await seed(database.db, { demoAccounts: true })).toEqual({ gemeenten: 25, demoAccounts: 9 });

    const users = await database.db.user.findMany({
      select: { email: true, globalRole: true, passwordHash: true, memberships: { select: { role: true, gemeente: { select: { slug: true } } } } },
      orderBy: { email: "asc" },
    });
    expect(users).toHaveLength(9);
    const roles = Object.fromEntries(
      users.map((user) => [user.email, user.globalRole ?? user.memberships.map((m) => `${m.role}@${m.gemeente.slug}`).join(",")]),
    );
    expect(roles).toEqual({
      "admin@trendweb.example": "ADMIN",
      "ambtenaar2@zwolle.example": "AMBTENAAR@zwolle",
      "ambtenaar@enschede.example": "AMBTENAAR@enschede",
      "ambtenaar@zwolle.example": "AMBTENAAR@zwolle",
      "beheer@zwolle.example": "BEHEERDER@zwolle",
      "griffier@enschede.example": "GRIFFIER@enschede",
      "griffier@zwolle.example": "GRIFFIER@zwolle",
      "raadslid@zwolle.example": "RAADSLID@zwolle",
      "redactie@trendbureau.example": "REDACTIE",
    });
    expect(users[0]?.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(users[0]!.passwordHash!, DEMO_PASSWORD)).toBe(true);
  });
});
