import { createGemeenten, createTestDatabase, createUser, type TestDatabase } from "@trendweb/db/testing";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { ANONYMOUS, loadViewer, type TViewer } from "../access/viewer.ts";
import { verifyPassword } from "../sign-in/password.ts";
import { acceptInvitation, describeInvitation } from "./accept-invitation.ts";
import { createInvitation } from "./create-invitation.ts";
import { revokeInvitation } from "./revoke-invitation.ts";

const tokenOf = (link: string) => link.split("/uitnodiging/")[1]!;

describe("invitations", () => {
  let database: TestDatabase;
  let beheerder: TViewer;
  let ambtenaar: TViewer;
  let enschedeBeheerder: TViewer;

  beforeAll(async () => {
    database = await createTestDatabase(inject("postgresAdminUrl"));
    const { db } = database;
    await createGemeenten(db);
    const viewerFor = async (spec: Parameters<typeof createUser>[1]) => loadViewer(db, (await createUser(db, spec)).id);
    beheerder = await viewerFor({ email: "beheer@zwolle.example", memberships: [{ gemeente: "zwolle", role: "BEHEERDER" }] });
    ambtenaar = await viewerFor({ email: "ambtenaar@zwolle.example", memberships: [{ gemeente: "zwolle", role: "AMBTENAAR" }] });
    enschedeBeheerder = await viewerFor({ email: "beheer@enschede.example", memberships: [{ gemeente: "enschede", role: "BEHEERDER" }] });
  });
  afterAll(() => database.drop());

  const as = (viewer: TViewer) => ({ db: database.db, viewer });

  it("only a beheerder of the gemeente may invite", async () => {
    const input = { email: "nieuw@zwolle.example", role: "AMBTENAAR" as const };
    await expect(createInvitation(as(ambtenaar), "zwolle", input)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(createInvitation(as(enschedeBeheerder), "zwolle", input)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(createInvitation(as(ANONYMOUS), "zwolle", input)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    await expect(createInvitation(as(beheerder), "bestaat-niet", input)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("rejects a bad address or role with a Dutch message", async () => {
    await expect(createInvitation(as(beheerder), "zwolle", { email: "geen-adres", role: "AMBTENAAR" })).rejects.toMatchObject({
      code: "INVALID_INPUT",
      message: expect.stringContaining("geldig e-mailadres"),
    });
  });

  it("a new person creates an account with the link, once; the token is stored only as a hash", async () => {
    const invitation = await createInvitation(as(beheerder), "zwolle", { email: "Nieuw@Zwolle.example", role: "AMBTENAAR" });
    expect(invitation.mailed).toBe(false);
    const token = tokenOf(invitation.link);
    expect(await database.db.invitation.count({ where: { tokenHash: token } })).toBe(0);

    expect(await describeInvitation(database.db, token)).toMatchObject({ email: "nieuw@zwolle.example", state: "open", accountExists: false });
    await expect(acceptInvitation(database.db, ANONYMOUS, token, { name: "N", password: "kort" })).rejects.toMatchObject({ code: "INVALID_INPUT" });

    const accepted = await acceptInvitation(database.db, ANONYMOUS, token, { name: "Nina Nieuw", password: "een-heel-lang-wachtwoord" });
    expect(accepted.gemeenteSlug).toBe("zwolle");
    const viewer = await loadViewer(database.db, accepted.userId);
    expect(viewer).toMatchObject({ kind: "user", email: "nieuw@zwolle.example", memberships: [{ gemeenteSlug: "zwolle", roles: ["AMBTENAAR"] }] });
    const user = await database.db.user.findUniqueOrThrow({ where: { id: accepted.userId } });
    expect(await verifyPassword(user.passwordHash!, "een-heel-lang-wachtwoord")).toBe(true);

    await expect(acceptInvitation(database.db, ANONYMOUS, token, { name: "X", password: "een-heel-lang-wachtwoord" })).rejects.toMatchObject({ code: "CONFLICT" });
    const audit = await database.db.auditEvent.findMany({ where: { subject: "nieuw@zwolle.example" }, orderBy: { at: "asc" } });
    expect(audit.map((event) => event.action)).toEqual(["invitation.created", "invitation.accepted"]);
  });

  it("an existing account must sign in, and only as the invited address", async () => {
    const invitation = await createInvitation(as(beheerder), "zwolle", { email: "ambtenaar@zwolle.example", role: "GRIFFIER" });
    const token = tokenOf(invitation.link);
    await expect(acceptInvitation(database.db, ANONYMOUS, token)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    await expect(acceptInvitation(database.db, beheerder, token)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await acceptInvitation(database.db, ambtenaar, token);
    const viewer = await loadViewer(database.db, ambtenaar.kind === "user" ? ambtenaar.userId : "");
    expect(viewer.kind === "user" && viewer.memberships[0]?.roles.sort()).toEqual(["AMBTENAAR", "GRIFFIER"]);
  });

  it("expired and revoked links do not work; another gemeente cannot revoke", async () => {
    const old = await createInvitation(as(beheerder), "zwolle", { email: "laat@zwolle.example", role: "RAADSLID" }, new Date("2020-01-01"));
    await expect(acceptInvitation(database.db, ANONYMOUS, tokenOf(old.link), { name: "Laat", password: "een-heel-lang-wachtwoord" })).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining("verlopen"),
    });

    const invitation = await createInvitation(as(beheerder), "zwolle", { email: "ingetrokken@zwolle.example", role: "RAADSLID" });
    await expect(revokeInvitation(as(enschedeBeheerder), "enschede", invitation.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await revokeInvitation(as(beheerder), "zwolle", invitation.id);
    expect(await describeInvitation(database.db, tokenOf(invitation.link))).toMatchObject({ state: "revoked" });
  });

  it("an unknown token is not found", async () => {
    await expect(describeInvitation(database.db, "bestaat-niet")).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
