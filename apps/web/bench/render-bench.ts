// Server render benchmark of the public reader and a publication page (QUALITY.md: p95 ≤ 100 ms
// at 20 concurrent requests and ≤ 3× a static file from the same server).
//
//   npm run bench:web            (optional: BENCH_SECONDS=10 BENCH_CONNECTIONS=20)
//
// Starts the platform the way `npm start` does (embedded PostgreSQL in a temporary folder,
// migrations, seed, production build), then measures the routes one after another with
// autocannon, side by side in one run, and prints a Markdown table for docs/benchmarks.md.
import { measureRoute, ms, printTable, withBenchApp, type Measurement } from "./measure-route.ts";
import { seedPublication } from "./seed-publication.ts";

// The bench is a script, like the launcher: it reads its own two knobs.
// eslint-disable-next-line no-restricted-properties
const { BENCH_SECONDS = "10", BENCH_CONNECTIONS = "20" } = process.env;
const OPTIONS = { seconds: Number(BENCH_SECONDS), connections: Number(BENCH_CONNECTIONS) };

const TARGETS = [
  { name: "lemma page", path: "/lemma/woningbouw-op-zoek-naar-balans-tussen-vraag-en-aanbod" },
  { name: "search", path: "/zoeken?q=gemeente" },
  { name: "home (web, list, gemeenten)", path: "/" },
  { name: "static file", path: "/robots.txt" },
] as const;

await withBenchApp(async ({ baseUrl, dataDir }) => {
  const publicationPath = await seedPublication(dataDir);
  const targets = [...TARGETS.slice(0, 1), { name: "publication page (5 sections)", path: publicationPath }, ...TARGETS.slice(1)];
  const results: Measurement[] = [];
  for (const target of targets) {
    console.error(`measuring ${target.path} for ${OPTIONS.seconds} s at ${OPTIONS.connections} connections …`);
    results.push(await measureRoute(baseUrl, target, OPTIONS));
  }
  const staticFile = results.find((r) => r.name === "static file")!;
  const lemma = results.find((r) => r.name === "lemma page")!;
  printTable(results, staticFile, OPTIONS);
  const publication = results.find((r) => r.path === publicationPath)!;
  let allMet = true;
  for (const page of [lemma, publication]) {
    const ratio = page.p95 / staticFile.p95;
    const ok = page.p95 <= 100 && ratio <= 3 && page.errors === 0;
    allMet &&= ok;
    console.log(`\n${page.name} p95 ${ms(page.p95)} ms (goal ≤ 100 ms), ${ratio.toFixed(2)}× the static file's p95 (goal ≤ 3×): ${ok ? "goal met" : "GOAL NOT MET"}`);
  }
  process.exitCode = allMet ? 0 : 1;
});
