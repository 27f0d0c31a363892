import { createGemeenten, createTestDatabase, createUser, type TestDatabase } from "@trendweb/db/testing";
import type { Account } from "next-auth";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { linkOidcAccount } from "./link-oidc-account.ts";

const account = (providerAccountId: string): Account => ({ provider: "oidc", type: "oidc", providerAccountId });

describe("linkOidcAccount", () => {
  let database: TestDatabase;
  let userId: string;

  beforeAll(async () => {
    database = await createTestDatabase(inject("postgresAdminUrl"));
    await createGemeenten(database.db);
    userId = (await createUser(database.db, { email: "ambtenaar@zwolle.example", memberships: [{ gemeente: "zwolle", role: "AMBTENAAR" }] })).id;
  });
  afterAll(() => database.drop());

  it("refuses an identity whose address has no account: accounts come from invitations only", async () => {
    expect(await linkOidcAccount(database.db, account("idp-onbekend"), { email: "onbekend@zwolle.example", email_verified: true })).toBeNull();
    expect(await database.db.user.count()).toBe(1);
  });

  it("refuses an address the identity provider has not verified", async () => {
    expect(await linkOidcAccount(database.db, account("idp-1"), { email: "ambtenaar@zwolle.example", email_verified: false })).toBeNull();
  });

  it("links a verified address to the existing account once, then recognises the identity by its id", async () => {
    expect(await linkOidcAccount(database.db, account("idp-1"), { email: "Ambtenaar@Zwolle.example", email_verified: true })).toBe(userId);
    expect(await linkOidcAccount(database.db, account("idp-1"), { email: "veranderd@elders.example" })).toBe(userId);
    expect(await database.db.account.count({ where: { userId } })).toBe(1);
    const audit = await database.db.auditEvent.findMany({ where: { actorId: userId }, select: { action: true } });
    expect(audit.map((event) => event.action)).toEqual(["sign-in.succeeded", "sign-in.succeeded"]);
  });
});
