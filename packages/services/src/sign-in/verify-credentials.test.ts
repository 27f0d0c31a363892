import { createGemeenten, createTestDatabase, createUser, type TestDatabase } from "@trendweb/db/testing";
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from "vitest";
import { AppError } from "../app-error.ts";
import { hashPassword } from "./password.ts";
import { LOCKOUT_MINUTES, MAX_FAILURES_PER_EMAIL } from "./sign-in-policy.ts";
import { verifyCredentials } from "./verify-credentials.ts";

describe("verifyCredentials", () => {
  let database: TestDatabase;
  let userId: string;
  const email = "ambtenaar@zwolle.example";
  const password = "een-lang-genoeg-wachtwoord";

  beforeAll(async () => {
    database = await createTestDatabase(inject("postgresAdminUrl"));
    await createGemeenten(database.db);
    userId = (await createUser(database.db, { email, passwordHash: await hashPassword(password), memberships: [{ gemeente: "zwolle", role: "AMBTENAAR" }] })).id;
  });
  afterAll(() => database.drop());
  beforeEach(async () => {
    await database.db.signInAttempt.deleteMany();
    await database.db.auditEvent.deleteMany();
  });

  const actions = async () => (await database.db.auditEvent.findMany({ orderBy: { at: "asc" } })).map((event) => event.action);

  it("accepts the right password (any case of the address) and logs the sign-in", async () => {
    expect(await verifyCredentials(database.db, { email: " Ambtenaar@Zwolle.example ", password, ip: "10.0.0.1" })).toEqual({ ok: true, userId });
    expect(await actions()).toEqual(["sign-in.succeeded"]);
  });

  it("refuses a wrong password and an unknown address alike, and logs both", async () => {
    expect(await verifyCredentials(database.db, { email, password: "fout" })).toEqual({ ok: false });
    expect(await verifyCredentials(database.db, { email: "niemand@zwolle.example", password })).toEqual({ ok: false });
    expect(await actions()).toEqual(["sign-in.failed", "sign-in.failed"]);
  });

  it(`locks an address after ${MAX_FAILURES_PER_EMAIL} failures, even for the right password, until the lockout has passed`, async () => {
    const start = new Date("2026-11-28T10:00:00Z");
    for (let attempt = 0; attempt < MAX_FAILURES_PER_EMAIL; attempt++) {
      expect(await verifyCredentials(database.db, { email, password: "fout" }, new Date(start.getTime() + attempt * 1000))).toEqual({ ok: false });
    }
    const during = new Date(start.getTime() + 60_000);
    const locked = verifyCredentials(database.db, { email, password }, during);
    await expect(locked).rejects.toBeInstanceOf(AppError);
    await expect(verifyCredentials(database.db, { email, password }, during)).rejects.toMatchObject({
      code: "RATE_LIMITED",
      message: expect.stringContaining(`Wacht ${LOCKOUT_MINUTES} minuten`),
    });
    expect((await actions()).filter((action) => action === "sign-in.locked")).toHaveLength(1);

    const after = new Date(start.getTime() + (LOCKOUT_MINUTES + 1) * 60_000);
    expect(await verifyCredentials(database.db, { email, password }, after)).toEqual({ ok: true, userId });
  });

  it("a successful sign-in resets the failure count", async () => {
    const start = new Date("2026-11-28T12:00:00Z");
    const at = (seconds: number) => new Date(start.getTime() + seconds * 1000);
    for (let attempt = 0; attempt < MAX_FAILURES_PER_EMAIL - 1; attempt++) {
      await verifyCredentials(database.db, { email, password: "fout" }, at(attempt));
    }
    expect(await verifyCredentials(database.db, { email, password }, at(10))).toEqual({ ok: true, userId });
    expect(await verifyCredentials(database.db, { email, password: "fout" }, at(11))).toEqual({ ok: false });
    expect(await verifyCredentials(database.db, { email, password }, at(12))).toEqual({ ok: true, userId });
  });
});
