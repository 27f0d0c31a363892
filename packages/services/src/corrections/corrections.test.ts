import { blockPlainText, getLemma } from "@trendweb/content";
import { createGemeenten, createTestDatabase, type TestDatabase } from "@trendweb/db/testing";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { ANONYMOUS, type TViewer } from "../access/viewer.ts";
import { createAnnotation } from "../annotations/create-annotation.ts";
import { listAnnotations } from "../annotations/list-annotations.ts";
import { getOutdatedNotice, markSectionReviewed } from "../sections/review-outdated.ts";
import { getBlockHistory } from "./block-history.ts";
import { correctCoreBlock } from "./correct-core-block.ts";
import { getCorrectedLemma } from "./core-text.ts";
import { createViewers } from "../testing/create-viewers.ts";

const LEMMA = "regionale-economie";
const lemma = getLemma(LEMMA)!;
const paragraphs = lemma.blocks.filter((block) => block.type === "paragraph");
const block = paragraphs.find((candidate) => blockPlainText(candidate).length > 200)!;
const TEXT = blockPlainText(block);
const words = TEXT.split(" ");
/** Three passages of the block: the first words, some middle words, the last words. */
const FIRST = words.slice(0, 4).join(" ");
const MIDDLE = words.slice(12, 20).join(" ");
const LAST = words.slice(-5).join(" ");

describe("editorial corrections", () => {
  let database: TestDatabase;
  const viewers: Record<string, TViewer> = {};
  const ctx = (who: string) => ({ db: database.db, viewer: viewers[who] ?? ANONYMOUS });
  const annotate = (who: string, gemeente: string, passage: string, body: string) => {
    const start = TEXT.indexOf(passage);
    return createAnnotation(ctx(who), gemeente, LEMMA, { blockId: block.id, start, end: start + passage.length, exact: passage, type: "BELEID", visibility: "WERKRUIMTE", body });
  };

  beforeAll(async () => {
    database = await createTestDatabase(inject("postgresAdminUrl"));
    const { db } = database;
    await createGemeenten(db);
    const people = {
      zwolle: { email: "ambtenaar@zwolle.example", memberships: [{ gemeente: "zwolle", role: "AMBTENAAR" as const }] },
      griffier: { email: "griffier@zwolle.example", memberships: [{ gemeente: "zwolle", role: "GRIFFIER" as const }] },
      enschede: { email: "ambtenaar@enschede.example", memberships: [{ gemeente: "enschede", role: "AMBTENAAR" as const }] },
      redactie: { email: "redactie@trendbureau.example", name: "Rita Redactie", globalRole: "REDACTIE" as const },
      admin: { email: "admin@trendweb.example", globalRole: "ADMIN" as const },
    };
    Object.assign(viewers, await createViewers(db, people));
    for (const slug of ["zwolle", "enschede"]) {
      const gemeente = await db.gemeente.findUniqueOrThrow({ where: { slug } });
      await db.localSection.create({ data: { gemeenteId: gemeente.id, lemmaSlug: LEMMA, status: "CONCEPT" } });
    }
  });
  afterAll(() => database.drop());

  it("only the redactie and admins correct the core text", async () => {
    const input = { text: `${TEXT} Extra.`, reason: "Test" };
    await expect(correctCoreBlock(ctx("zwolle"), LEMMA, block.id, input)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(correctCoreBlock(ctx("griffier"), LEMMA, block.id, input)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(correctCoreBlock(ctx("anonymous"), LEMMA, block.id, input)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    await expect(correctCoreBlock(ctx("redactie"), LEMMA, "bestaat-niet", input)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(correctCoreBlock(ctx("redactie"), "bestaat-niet", block.id, input)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(correctCoreBlock(ctx("redactie"), LEMMA, block.id, { text: TEXT, reason: "Niets" })).rejects.toMatchObject({ code: "INVALID_INPUT" });
    await expect(correctCoreBlock(ctx("redactie"), LEMMA, block.id, { text: "  ", reason: "Leeg" })).rejects.toMatchObject({ code: "INVALID_INPUT" });
    await expect(correctCoreBlock(ctx("redactie"), LEMMA, block.id, { ...input, reason: "" })).rejects.toMatchObject({ code: "INVALID_INPUT" });
    expect(await database.db.coreBlockCorrection.count()).toBe(0);
  });

  it("stores a new version, re-anchors every gemeente's annotations and flags the local sections", async () => {
    const onFirst = await annotate("zwolle", "zwolle", FIRST, "Aan het begin");
    const onMiddle = await annotate("zwolle", "zwolle", MIDDLE, "In het midden");
    const onLast = await annotate("enschede", "enschede", LAST, "Aan het eind (Enschede)");

    // The first words are deleted, a character inside the middle passage is fixed, the end stays.
    const middleStart = TEXT.indexOf(MIDDLE);
    const fixedMiddle = MIDDLE.slice(0, 10) + (MIDDLE[10] === "x" ? "y" : "x") + MIDDLE.slice(11);
    const corrected = (TEXT.slice(0, middleStart) + fixedMiddle + TEXT.slice(middleStart + MIDDLE.length)).replace(`${FIRST} `, "");
    const outcome = await correctCoreBlock(ctx("redactie"), LEMMA, block.id, { text: corrected, reason: "OCR-restanten hersteld" });
    expect(outcome).toMatchObject({ version: 1, anchored: 2, orphaned: 1, flaggedSections: 2 });

    const zwolle = await listAnnotations(ctx("zwolle"), "zwolle", LEMMA);
    expect(zwolle.orphans.map((annotation) => annotation.id)).toEqual([onFirst.id]);
    expect(zwolle.orphans[0]!.selectors.quote.exact).toBe(FIRST); // kept for review
    const middle = zwolle.anchored.find((annotation) => annotation.id === onMiddle.id)!;
    expect(corrected.slice(middle.selectors.position.start, middle.selectors.position.end)).toBe(fixedMiddle);
    expect(middle.selectors.quote.exact).toBe(fixedMiddle);
    expect(middle.anchor.confidence).toBeLessThan(1);
    expect(middle.anchor.confidence).toBeGreaterThan(0.75);
    const enschede = await listAnnotations(ctx("enschede"), "enschede", LEMMA);
    expect(enschede.anchored.find((annotation) => annotation.id === onLast.id)).toMatchObject({ anchor: { status: "ANCHORED", confidence: 1 } });
    expect(enschede.orphans).toEqual([]);

    const notice = await getOutdatedNotice(ctx("zwolle"), "zwolle", LEMMA);
    expect(notice?.changes).toHaveLength(1);
    const parts = notice!.changes[0]!.parts;
    expect(parts.filter((part) => part.removed).map((part) => part.value).join("")).toContain(words[0]);
    expect(parts.filter((part) => !part.removed).map((part) => part.value).join("")).toBe(corrected);
    expect(await getOutdatedNotice(ctx("enschede"), "enschede", LEMMA)).not.toBeNull();

    // The reader's lemma shows the corrected text; the package data stays pristine.
    const shown = await getCorrectedLemma(database.db, LEMMA);
    expect(shown.blocks.find((candidate) => candidate.id === block.id)).toMatchObject({ text: corrected });
    expect(blockPlainText(getLemma(LEMMA)!.blocks.find((candidate) => candidate.id === block.id)!)).toBe(TEXT);

    const audit = await database.db.auditEvent.findFirstOrThrow({ where: { action: "core.corrected" } });
    expect(audit).toMatchObject({ subject: `${LEMMA}#${block.id}`, details: { version: 1, anchored: 2, orphaned: 1 } });
  });

  it("does not flag sections for a minor correction, but keeps a history of every version", async () => {
    await markSectionReviewed(ctx("zwolle"), "zwolle", LEMMA);
    expect(await getOutdatedNotice(ctx("zwolle"), "zwolle", LEMMA)).toBeNull();
    const section = await database.db.localSection.findFirstOrThrow({ where: { gemeente: { slug: "zwolle" }, lemmaSlug: LEMMA } });
    expect(section).toMatchObject({ outdatedSince: null, outdatedDiff: null });
    expect(section.outdatedReviewedAt).not.toBeNull();

    const current = (await getCorrectedLemma(database.db, LEMMA)).blocks.find((candidate) => candidate.id === block.id)!;
    const text = `${blockPlainText(current)} `.replace(/\.\s$/, "!");
    const outcome = await correctCoreBlock(ctx("admin"), LEMMA, block.id, { text, reason: "Leesteken", minor: true });
    // The orphan of the first correction stays one; the others follow the text.
    expect(outcome).toMatchObject({ version: 2, flaggedSections: 0, anchored: 2, orphaned: 1 });
    expect(await getOutdatedNotice(ctx("zwolle"), "zwolle", LEMMA)).toBeNull();
    // Enschede has not reviewed the first correction: still flagged, with one change.
    expect((await getOutdatedNotice(ctx("enschede"), "enschede", LEMMA))?.changes).toHaveLength(1);

    const history = await getBlockHistory(database.db, LEMMA, block.id);
    expect(history.map((version) => [version.version, version.correction?.reason ?? null, version.correction?.minor ?? null])).toEqual([
      [2, "Leesteken", true],
      [1, "OCR-restanten hersteld", false],
      [0, null, null],
    ]);
    expect(history[2]!.text).toBe(TEXT);
    expect(history[1]!.correction?.author).toBe("Rita Redactie");
  });

  it("marks a section reviewed only for those who may write it", async () => {
    await expect(markSectionReviewed(ctx("enschede"), "zwolle", LEMMA)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(markSectionReviewed(ctx("redactie"), "enschede", LEMMA)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(getOutdatedNotice(ctx("zwolle"), "enschede", LEMMA)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
