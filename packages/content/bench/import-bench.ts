/**
 * `npm run bench`: runs the whole import (parse, clean, corrections, validation)
 * N times in-process and prints the median duration. Not a test: timings vary per machine.
 */
import { readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { importTrendweb } from "../src/import/import-trendweb";
import { CORRECTIONS_PATH, SOURCE_PATH } from "../src/import/run-import";

const N = 20;
const source = readFileSync(SOURCE_PATH, "utf8");
const corrections: unknown = JSON.parse(readFileSync(CORRECTIONS_PATH, "utf8"));

importTrendweb(source, corrections); // warm-up
const times: number[] = [];
for (let i = 0; i < N; i++) {
  const start = performance.now();
  importTrendweb(source, corrections);
  times.push(performance.now() - start);
}
times.sort((a, b) => a - b);
const median = (times[Math.floor((N - 1) / 2)]! + times[Math.ceil((N - 1) / 2)]!) / 2;
console.log(`import of trendweb-2025.txt: median ${median.toFixed(1)} ms over ${N} runs (min ${times[0]!.toFixed(1)}, max ${times.at(-1)!.toFixed(1)})`);
