// JSON-LD export and import of annotations: the output validates against a JSON schema of
// the W3C Web Annotation model, an import round-trips without loss or duplicates, bad files
// are refused whole with Dutch messages, and one gemeente never sees another's annotations.
import { readFileSync } from "node:fs";
import { blockPlainText, getLemma } from "@trendweb/content";
import { createGemeenten, createTestDatabase, type TestDatabase } from "@trendweb/db/testing";
import Ajv from "ajv";
import addFormats from "ajv-formats";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { ANONYMOUS, type TViewer } from "../access/viewer.ts";
import { correctCoreBlock } from "../corrections/correct-core-block.ts";
import { addAnnotationReply, setAnnotationResolved } from "./change-annotation.ts";
import { createAnnotation } from "./create-annotation.ts";
import { exportWebAnnotations } from "./export-web-annotations.ts";
import { importWebAnnotations } from "./import-web-annotations.ts";
import { listAnnotations } from "./list-annotations.ts";
import { createViewers } from "../testing/create-viewers.ts";

const LEMMA = "regionale-economie";
const ORIGIN = "https://trendweb.example.nl";
const lemma = getLemma(LEMMA)!;
const block = lemma.blocks.find((candidate) => candidate.type === "paragraph" && blockPlainText(candidate).length > 200)!;
const TEXT = blockPlainText(block);
const PASSAGE = TEXT.split(" ").slice(3, 9).join(" ");

const schema = JSON.parse(readFileSync(new URL("./w3c-web-annotation.schema.json", import.meta.url), "utf8")) as object;
const ajv = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true });
addFormats(ajv);
const validate = ajv.compile(schema);

describe("W3C Web Annotation export and import", () => {
  let database: TestDatabase;
  const viewers: Record<string, TViewer> = {};
  const ctx = (who: string) => ({ db: database.db, viewer: viewers[who] ?? ANONYMOUS });

  beforeAll(async () => {
    database = await createTestDatabase(inject("postgresAdminUrl"));
    await createGemeenten(database.db);
    const people = {
      zwolle: { email: "a@zwolle.example", name: "Anouk", memberships: [{ gemeente: "zwolle", role: "AMBTENAAR" as const }] },
      zwolle2: { email: "b@zwolle.example", name: "Bram", memberships: [{ gemeente: "zwolle", role: "AMBTENAAR" as const }] },
      raadslid: { email: "r@zwolle.example", memberships: [{ gemeente: "zwolle", role: "RAADSLID" as const }] },
      enschede: { email: "e@enschede.example", memberships: [{ gemeente: "enschede", role: "AMBTENAAR" as const }] },
      redactie: { email: "red@trendbureau.example", globalRole: "REDACTIE" as const },
    };
    Object.assign(viewers, await createViewers(database.db, people));
    const start = TEXT.indexOf(PASSAGE);
    const geheim = await createAnnotation(ctx("zwolle"), "zwolle", LEMMA, { blockId: block.id, start, end: start + PASSAGE.length, exact: PASSAGE, type: "RISICO", visibility: "WERKRUIMTE", body: "Geheim voor Zwolle\nmet een tweede regel" });
    await addAnnotationReply(ctx("zwolle2"), "zwolle", geheim.id, "Eens, zie raadsbesluit 2024-13.");
    await setAnnotationResolved(ctx("zwolle"), "zwolle", geheim.id, true);
    await createAnnotation(ctx("zwolle"), "zwolle", LEMMA, { blockId: block.id, start: 0, end: 5, exact: TEXT.slice(0, 5), type: "KANS", visibility: "OPENBAAR", body: "Openbaar" });
  });
  afterAll(() => database.drop());

  it("exports a collection that is valid against the W3C model schema", async () => {
    const exported = await exportWebAnnotations(ctx("zwolle"), "zwolle", LEMMA, ORIGIN);
    const valid = validate(exported);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
    expect(exported.total).toBe(3);
    const [first, reply] = exported.first.items as Record<string, unknown>[];
    expect(first).toMatchObject({
      "@context": expect.arrayContaining(["http://www.w3.org/ns/anno.jsonld"]),
      type: "Annotation",
      motivation: "commenting",
      annotationType: "RISICO",
      visibility: "WERKRUIMTE",
      creator: { type: "Person", name: "Anouk" },
      target: { source: `${ORIGIN}/lemma/${LEMMA}#${block.id}`, selector: [{ type: "TextQuoteSelector", exact: PASSAGE }, { type: "TextPositionSelector", start: TEXT.indexOf(PASSAGE) }] },
    });
    expect(first!.resolved).toEqual(expect.any(String));
    expect(reply).toMatchObject({ motivation: "replying", target: first!.id, body: { value: "Eens, zie raadsbesluit 2024-13." } });
  });

  it("the schema refuses what the model forbids (it is not a rubber stamp)", async () => {
    const exported = await exportWebAnnotations(ctx("zwolle"), "zwolle", LEMMA, ORIGIN);
    const item = exported.first.items[0] as Record<string, unknown>;
    expect(validate({ ...item, "@context": "http://example.org/other.jsonld" })).toBe(false);
    expect(validate({ ...item, type: "Note" })).toBe(false);
    expect(validate({ ...item, target: { source: "geen adres", selector: [] } })).toBe(false);
    expect(validate({ ...item, target: { source: `${ORIGIN}/lemma/x`, selector: [{ type: "TextQuoteSelector" }] } })).toBe(false);
  });

  it("Enschede, a raadslid, the redactie and anonymous callers cannot export Zwolle's annotations", async () => {
    await expect(exportWebAnnotations(ctx("enschede"), "zwolle", LEMMA, ORIGIN)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(exportWebAnnotations(ctx("raadslid"), "zwolle", LEMMA, ORIGIN)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(exportWebAnnotations(ctx("redactie"), "zwolle", LEMMA, ORIGIN)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(exportWebAnnotations(ctx("anonymous"), "zwolle", LEMMA, ORIGIN)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    const own = await exportWebAnnotations(ctx("enschede"), "enschede", LEMMA, ORIGIN);
    expect(own.total).toBe(0);
    expect(JSON.stringify(own)).not.toContain("Geheim voor Zwolle");
  });

  it("imports Zwolle's export into Enschede without loss, and a second import duplicates nothing", async () => {
    const exported = await exportWebAnnotations(ctx("zwolle"), "zwolle", LEMMA, ORIGIN);
    await expect(importWebAnnotations(ctx("enschede"), "zwolle", LEMMA, exported)).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await importWebAnnotations(ctx("enschede"), "enschede", LEMMA, JSON.parse(JSON.stringify(exported)))).toEqual({ imported: 2, orphaned: 0, replies: 1, skipped: 0 });
    const imported = await listAnnotations(ctx("enschede"), "enschede", LEMMA);
    const geheim = imported.anchored.find((annotation) => annotation.body.startsWith("Geheim"))!;
    expect(geheim).toMatchObject({ type: "RISICO", visibility: "WERKRUIMTE", body: "Geheim voor Zwolle\nmet een tweede regel", blockId: block.id });
    expect(geheim.selectors.quote.exact).toBe(PASSAGE);
    expect(geheim.resolved).not.toBeNull();
    expect(geheim.replies.map((reply) => reply.body)).toEqual(["Eens, zie raadsbesluit 2024-13."]);

    const again = await exportWebAnnotations(ctx("enschede"), "enschede", LEMMA, ORIGIN);
    expect(await importWebAnnotations(ctx("enschede"), "enschede", LEMMA, again)).toEqual({ imported: 0, orphaned: 0, replies: 0, skipped: 3 });
    // Zwolle's own list is untouched by Enschede's import.
    expect((await listAnnotations(ctx("zwolle"), "zwolle", LEMMA)).anchored).toHaveLength(2);
  });

  it("refuses an invalid file whole, naming each problem in Dutch", async () => {
    const before = await database.db.annotation.count();
    const valid = { "@context": "http://www.w3.org/ns/anno.jsonld", type: "Annotation", body: { type: "TextualBody", value: "Goed" }, target: { source: `${ORIGIN}/lemma/${LEMMA}#${block.id}`, selector: { type: "TextQuoteSelector", exact: PASSAGE } } };
    const wrongLemma = { ...valid, target: { source: `${ORIGIN}/lemma/andere-trend#x`, selector: { type: "TextQuoteSelector", exact: "x" } } };
    const noBody = { ...valid, body: { type: "TextualBody", value: "  " } };
    const error = await importWebAnnotations(ctx("zwolle"), "zwolle", LEMMA, [valid, wrongLemma, noBody, { type: "Note" }]).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ code: "INVALID_INPUT" });
    const message = (error as Error).message;
    expect(message).toContain("Er is niets geïmporteerd");
    expect(message).toContain("Aantekening 2: hoort bij een andere trend");
    expect(message).toContain("Aantekening 3: Schrijf een aantekening.");
    expect(message).toContain("Aantekening 4: geen geldige W3C-aantekening");
    expect(await database.db.annotation.count()).toBe(before);
    await expect(importWebAnnotations(ctx("zwolle"), "zwolle", LEMMA, "tekst")).rejects.toMatchObject({ code: "INVALID_INPUT" });
    // A valid annotation from another tool (only a quote, no type) is imported with defaults.
    expect(await importWebAnnotations(ctx("zwolle"), "zwolle", LEMMA, valid)).toEqual({ imported: 1, orphaned: 0, replies: 0, skipped: 0 });
  });

  it("imports an annotation whose passage is gone as an orphan, never on another passage", async () => {
    await correctCoreBlock(ctx("redactie"), LEMMA, block.id, { text: TEXT.replace(PASSAGE, "geheel andere woorden op deze plek"), reason: "Herschreven" });
    const orphan = { "@context": "http://www.w3.org/ns/anno.jsonld", type: "Annotation", body: { type: "TextualBody", value: "Wees" }, target: { source: `${ORIGIN}/lemma/${LEMMA}#${block.id}`, selector: [{ type: "TextQuoteSelector", exact: PASSAGE }] } };
    expect(await importWebAnnotations(ctx("zwolle2"), "zwolle", LEMMA, orphan)).toMatchObject({ imported: 1, orphaned: 1 });
    const list = await listAnnotations(ctx("zwolle2"), "zwolle", LEMMA);
    expect(list.orphans.map((annotation) => annotation.body)).toContain("Wees");
  });
});
