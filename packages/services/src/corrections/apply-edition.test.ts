// A new edition through the same machinery as a correction: annotations re-anchored or
// orphaned (also when their block is dropped), local sections flagged with the diffs.
import { blockPlainText, getLemma, type TBlock } from "@trendweb/content";
import { createGemeenten, createTestDatabase, createUser, type TestDatabase } from "@trendweb/db/testing";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { loadViewer, type TViewer } from "../access/viewer.ts";
import { createAnnotation } from "../annotations/create-annotation.ts";
import { listAnnotations } from "../annotations/list-annotations.ts";
import { getOutdatedNotice } from "../sections/review-outdated.ts";
import { applyLemmaEdition } from "./apply-edition.ts";
import { withText } from "./core-text.ts";

const LEMMA = "regionale-economie";
const lemma = getLemma(LEMMA)!;
const [kept, dropped] = lemma.blocks.filter((block) => block.type === "paragraph" && blockPlainText(block).length > 120);
const KEPT = blockPlainText(kept!);
const PASSAGE = KEPT.split(" ").slice(-6).join(" ");

describe("a new edition", () => {
  let database: TestDatabase;
  let viewer: TViewer;

  beforeAll(async () => {
    database = await createTestDatabase(inject("postgresAdminUrl"));
    await createGemeenten(database.db);
    viewer = await loadViewer(database.db, (await createUser(database.db, { email: "a@zwolle.example", memberships: [{ gemeente: "zwolle", role: "AMBTENAAR" }] })).id);
    const zwolle = await database.db.gemeente.findUniqueOrThrow({ where: { slug: "zwolle" } });
    await database.db.localSection.create({ data: { gemeenteId: zwolle.id, lemmaSlug: LEMMA, status: "CONCEPT" } });
  });
  afterAll(() => database.drop());

  it("re-anchors annotations on changed blocks, orphans those on dropped blocks and flags the sections", async () => {
    const ctx = { db: database.db, viewer };
    const start = KEPT.indexOf(PASSAGE);
    const onKept = await createAnnotation(ctx, "zwolle", LEMMA, { blockId: kept!.id, start, end: start + PASSAGE.length, exact: PASSAGE, type: "BELEID", visibility: "WERKRUIMTE", body: "Blijft" });
    const droppedText = blockPlainText(dropped!);
    const onDropped = await createAnnotation(ctx, "zwolle", LEMMA, { blockId: dropped!.id, start: 0, end: 12, exact: droppedText.slice(0, 12), type: "KANS", visibility: "WERKRUIMTE", body: "Verdwijnt" });

    const newKept = `In deze vierde editie: ${KEPT}`;
    const blocks: TBlock[] = [...lemma.blocks, ...lemma.relevance.blocks].filter((block) => block.id !== dropped!.id).map((block) => (block.id === kept!.id ? withText(block, newKept) : block));
    const outcome = await applyLemmaEdition(database.db, LEMMA, { label: "2029", blocks });
    expect(outcome).toEqual({ changedBlocks: 1, removedBlocks: 1, anchored: 1, orphaned: 1, flaggedSections: 1 });

    const list = await listAnnotations(ctx, "zwolle", LEMMA);
    const moved = list.anchored.find((annotation) => annotation.id === onKept.id)!;
    expect(newKept.slice(moved.selectors.position.start, moved.selectors.position.end)).toBe(PASSAGE);
    expect(list.orphans.map((annotation) => annotation.id)).toEqual([onDropped.id]);

    const notice = await getOutdatedNotice(ctx, "zwolle", LEMMA);
    expect(notice?.changes.map((change) => [change.correctionId, change.blockId])).toEqual([["editie:2029", kept!.id], ["editie:2029", dropped!.id]]);
    expect(notice?.changes[0]!.parts.filter((part) => part.added).map((part) => part.value.trim())).toEqual(["In deze vierde editie:"]);

    // Content equal to the current text changes nothing.
    expect(await applyLemmaEdition(database.db, LEMMA, { label: "2029", blocks: [...lemma.blocks, ...lemma.relevance.blocks] })).toMatchObject({ changedBlocks: 0, removedBlocks: 0 });
  });
});
