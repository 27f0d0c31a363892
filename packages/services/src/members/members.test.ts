import { createGemeenten, createTestDatabase, createUser, type TestDatabase } from "@trendweb/db/testing";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { loadViewer, type TViewer } from "../access/viewer.ts";
import { listMembers } from "./list-members.ts";
import { removeMember, setMemberRoles } from "./set-member-roles.ts";

describe("members", () => {
  let database: TestDatabase;
  let beheerder: TViewer;
  let beheerderId: string;
  let ambtenaarId: string;
  let enschedeId: string;

  beforeAll(async () => {
    database = await createTestDatabase(inject("postgresAdminUrl"));
    const { db } = database;
    await createGemeenten(db);
    beheerderId = (await createUser(db, { email: "beheer@zwolle.example", memberships: [{ gemeente: "zwolle", role: "BEHEERDER" }] })).id;
    ambtenaarId = (await createUser(db, { email: "ambtenaar@zwolle.example", memberships: [{ gemeente: "zwolle", role: "AMBTENAAR" }] })).id;
    enschedeId = (await createUser(db, { email: "ambtenaar@enschede.example", memberships: [{ gemeente: "enschede", role: "AMBTENAAR" }] })).id;
    beheerder = await loadViewer(db, beheerderId);
  });
  afterAll(() => database.drop());

  const ctx = () => ({ db: database.db, viewer: beheerder });

  it("lists only this workspace's members", async () => {
    const page = await listMembers(ctx(), "zwolle");
    expect(page.members.map((member) => member.email).sort()).toEqual(["ambtenaar@zwolle.example", "beheer@zwolle.example"]);
  });

  it("changes roles and logs it", async () => {
    await setMemberRoles(ctx(), "zwolle", ambtenaarId, ["AMBTENAAR", "GRIFFIER"]);
    const page = await listMembers(ctx(), "zwolle");
    expect(page.members.find((member) => member.userId === ambtenaarId)?.roles.sort()).toEqual(["AMBTENAAR", "GRIFFIER"]);
    expect(page.auditLog[0]).toMatchObject({ action: "member.role-changed", subject: "ambtenaar@zwolle.example" });
    await expect(setMemberRoles(ctx(), "zwolle", ambtenaarId, [])).rejects.toMatchObject({ code: "INVALID_INPUT" });
  });

  it("never leaves a workspace without a beheerder", async () => {
    await expect(setMemberRoles(ctx(), "zwolle", beheerderId, ["AMBTENAAR"])).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(removeMember(ctx(), "zwolle", beheerderId)).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("cannot touch someone of another gemeente", async () => {
    await expect(removeMember(ctx(), "zwolle", enschedeId)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(setMemberRoles(ctx(), "zwolle", enschedeId, ["GRIFFIER"])).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await database.db.membership.count({ where: { userId: enschedeId } })).toBe(1);
  });

  it("removes a member, who then loses access at once", async () => {
    await removeMember(ctx(), "zwolle", ambtenaarId);
    const viewer = await loadViewer(database.db, ambtenaarId);
    expect(viewer.kind === "user" && viewer.memberships).toEqual([]);
  });
});
