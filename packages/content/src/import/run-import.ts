/**
 * `npm run content:import`: reads the seed and the editorial corrections, writes
 * `data/trendweb-2025.json` (pretty-printed, deterministic).
 */
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { importTrendweb } from "./import-trendweb";
import { serialiseTrendweb } from "./serialise-trendweb";

export const SOURCE_PATH = fileURLToPath(new URL("../../source/trendweb-2025.txt", import.meta.url));
export const CORRECTIONS_PATH = fileURLToPath(new URL("../../data/corrections.json", import.meta.url));
export const OUTPUT_PATH = fileURLToPath(new URL("../../data/trendweb-2025.json", import.meta.url));

export function importFromFiles() {
  const source = readFileSync(SOURCE_PATH, "utf8");
  const corrections: unknown = JSON.parse(readFileSync(CORRECTIONS_PATH, "utf8"));
  return importTrendweb(source, corrections);
}

const isMain = process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1];
if (isMain) {
  const trendweb = importFromFiles();
  writeFileSync(OUTPUT_PATH, serialiseTrendweb(trendweb));
  const blocks = trendweb.lemmas.reduce((n, l) => n + l.blocks.length + l.relevance.blocks.length, 0);
  console.log(`Wrote ${OUTPUT_PATH}: ${trendweb.lemmas.length} lemmas, ${blocks} blocks.`);
}
