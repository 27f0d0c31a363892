// The dashboard's "last edited" record written by the collab server (section-activity.ts):
// an existing section is updated in one statement, NIET_GESTART becomes CONCEPT, a later
// status is kept, and a section without a row gets one.
import { createGemeenten, createTestDatabase, createUser, type TestDatabase } from "@trendweb/db/testing";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { SectionActivity } from "./extensions/section-activity.ts";

let database: TestDatabase;
let userId: string;
let zwolleId: string;

beforeAll(async () => {
  database = await createTestDatabase(inject("postgresAdminUrl"));
  await createGemeenten(database.db);
  userId = (await createUser(database.db, { email: "activiteit@zwolle.example", name: "Anna", memberships: [{ gemeente: "zwolle", role: "AMBTENAAR" }] })).id;
  zwolleId = (await database.db.gemeente.findUniqueOrThrow({ where: { slug: "zwolle" } })).id;
});

afterAll(async () => {
  await database?.drop();
});

async function edit(activity: SectionActivity, lemma: string): Promise<void> {
  const documentName = `section/zwolle/${lemma}`;
  activity.record(documentName, userId);
  await activity.flush(documentName);
}

describe("section activity", () => {
  it("records the last edit: NIET_GESTART → CONCEPT, later statuses kept, missing sections created", async () => {
    const activity = new SectionActivity(database.sql);
    await database.db.localSection.create({ data: { gemeenteId: zwolleId, lemmaSlug: "regionale-economie", status: "NIET_GESTART" } });
    await database.db.localSection.create({ data: { gemeenteId: zwolleId, lemmaSlug: "ambt-onder-druk", status: "TER_REVIEW" } });

    const before = Date.now();
    for (const lemma of ["regionale-economie", "ambt-onder-druk", "demografische-ontwikkelingen"]) await edit(activity, lemma);

    const sections = await database.db.localSection.findMany({ where: { gemeenteId: zwolleId }, orderBy: { lemmaSlug: "asc" } });
    expect(sections.map((section) => [section.lemmaSlug, section.status, section.lastEditedById])).toEqual([
      ["ambt-onder-druk", "TER_REVIEW", userId],
      ["demografische-ontwikkelingen", "CONCEPT", userId],
      ["regionale-economie", "CONCEPT", userId],
    ]);
    // The same instant as the edit, read back through Prisma (UTC on both sides).
    for (const section of sections) expect(Math.abs(section.lastEditedAt!.getTime() - before)).toBeLessThan(5_000);
  });
});
