import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { importTrendweb } from "./import-trendweb";
import { CORRECTIONS_PATH, OUTPUT_PATH, SOURCE_PATH, importFromFiles } from "./run-import";
import { serialiseTrendweb } from "./serialise-trendweb";

const source = readFileSync(SOURCE_PATH, "utf8");
const corrections = JSON.parse(readFileSync(CORRECTIONS_PATH, "utf8")) as { blocks: { block: string; expect: string }[]; figures: unknown[] };

describe("importTrendweb", () => {
  it("reproduces the committed JSON exactly (run `npm run content:import` after changing rules or corrections)", () => {
    const fresh = importFromFiles();
    const committed: unknown = JSON.parse(readFileSync(OUTPUT_PATH, "utf8"));
    expect(fresh).toEqual(committed);
    expect(serialiseTrendweb(fresh)).toBe(readFileSync(OUTPUT_PATH, "utf8"));
  });

  it("is deterministic", () => {
    expect(serialiseTrendweb(importTrendweb(source, corrections))).toBe(serialiseTrendweb(importTrendweb(source, corrections)));
  });

  it("fails loudly when a correction no longer matches its block", () => {
    const first = corrections.blocks[0]!;
    const drifted = { ...corrections, blocks: [{ ...first, expect: "Tekst die hier niet staat" }, ...corrections.blocks.slice(1)] };
    expect(() => importTrendweb(source, drifted)).toThrow(/expected text starting with/);
    const unknown = { ...corrections, blocks: [{ ...first, block: "a-body-99" }] };
    expect(() => importTrendweb(source, unknown)).toThrow(/no such block/);
  });

  it("assigns ids before corrections, so corrections never shift them", () => {
    const without = importTrendweb(source, { blocks: [], figures: [] });
    const withCorrections = importTrendweb(source, corrections);
    const rawIds = new Set(without.lemmas.flatMap((l) => [...l.blocks, ...l.relevance.blocks].map((b) => b.id)));
    for (const lemma of withCorrections.lemmas) {
      for (const block of [...lemma.blocks, ...lemma.relevance.blocks]) {
        // Every id is either a parsed id or a suffix of one (inserted by a correction).
        expect(rawIds.has(block.id) || rawIds.has(block.id.replace(/-\d+$/, "")), block.id).toBe(true);
      }
    }
  });

  it("fails on a cross-reference label that resolves to no lemma", () => {
    const broken = source.replace("Regionale samenwerking\n\nOnrust op het wereldtoneel", "Regionale samenwerking\n\nOnbekend onderwerp in de lijst");
    expect(broken).not.toBe(source);
    expect(() => importTrendweb(broken, corrections)).toThrow(/"Onbekend onderwerp in de lijst" matches no lemma title or alias/);
  });
});
