// Server render benchmark of the public reader (QUALITY.md: a lemma page p95 ≤ 100 ms at 20
// concurrent requests and ≤ 3× a static file from the same server).
//
//   npm run bench:web            (optional: BENCH_SECONDS=10 BENCH_CONNECTIONS=20)
//
// Starts the platform the way `npm start` does (embedded PostgreSQL in a temporary folder,
// migrations, seed, production build), then measures the routes one after another with
// autocannon, side by side in one run, and prints a Markdown table for docs/benchmarks.md.
import { rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import { findFreePort } from "@trendweb/db/embedded-postgres";
import { launchApp, stopApp, waitForHealth } from "@trendweb/launcher/testing";

// The bench is a script, like the launcher: it reads its own two knobs.
// eslint-disable-next-line no-restricted-properties
const { BENCH_SECONDS = "10", BENCH_CONNECTIONS = "20" } = process.env;
const DURATION = Number(BENCH_SECONDS);
const CONNECTIONS = Number(BENCH_CONNECTIONS);

const TARGETS = [
  { name: "lemma page", path: "/lemma/woningbouw-op-zoek-naar-balans-tussen-vraag-en-aanbod" },
  { name: "search", path: "/zoeken?q=gemeente" },
  { name: "home (web, list, gemeenten)", path: "/" },
  { name: "static file", path: "/robots.txt" },
] as const;

interface Measurement {
  name: string;
  path: string;
  requests: number;
  errors: number;
  rps: number;
  bytes: number;
  p50: number;
  p95: number;
  p99: number;
}

function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

async function measure(baseUrl: string, target: (typeof TARGETS)[number]): Promise<Measurement> {
  // Warm-up: first renders, caches, JIT.
  for (let i = 0; i < 20; i++) await (await fetch(baseUrl + target.path)).arrayBuffer();
  const latencies: number[] = [];
  let bytes = 0;
  // Every response time is kept: autocannon's own histogram has no 95th percentile.
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon({ url: baseUrl + target.path, connections: CONNECTIONS, duration: DURATION }, (error, done) =>
      error ? reject(error) : resolve(done),
    );
    instance.on("response", (_client, _status, resBytes, responseTime) => {
      latencies.push(responseTime);
      bytes = resBytes;
    });
  });
  latencies.sort((a, b) => a - b);
  return {
    name: target.name,
    path: target.path,
    requests: result.requests.total,
    errors: result.errors + result.timeouts + result.non2xx,
    rps: Math.round(result.requests.average),
    bytes,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
  };
}

const ms = (value: number) => value.toFixed(1);

async function main() {
  const port = await findFreePort();
  // Not created here: the launcher creates it with the permissions the database user needs.
  const dataDir = path.join(os.tmpdir(), `trendweb-bench-${process.pid}`);
  const baseUrl = `http://localhost:${port}`;
  const app = launchApp("start", { PORT: String(port), TRENDWEB_DATA_DIR: dataDir, NODE_ENV: "production", TRENDWEB_SKIP_BUILD: "0" });
  try {
    console.error(`starting the app on ${baseUrl} (build if needed, embedded PostgreSQL in ${dataDir}) …`);
    await waitForHealth(port, app);
    const results: Measurement[] = [];
    for (const target of TARGETS) {
      console.error(`measuring ${target.path} for ${DURATION} s at ${CONNECTIONS} connections …`);
      results.push(await measure(baseUrl, target));
    }
    const staticP50 = results.find((r) => r.name === "static file")!;
    const lemma = results.find((r) => r.name === "lemma page")!;
    const cpu = os.cpus();
    console.log(`\n${new Date().toISOString().slice(0, 10)} · ${cpu.length} × ${cpu[0]?.model ?? "cpu"} · Node ${process.version} · ${CONNECTIONS} connections × ${DURATION} s per route\n`);
    console.log("| route | requests | errors | req/s | size (bytes) | p50 ms | p95 ms | p99 ms | p95 / static p95 |");
    console.log("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
    for (const r of results) {
      console.log(
        `| ${r.name} \`${r.path}\` | ${r.requests} | ${r.errors} | ${r.rps} | ${r.bytes} | ${ms(r.p50)} | ${ms(r.p95)} | ${ms(r.p99)} | ${(r.p95 / staticP50.p95).toFixed(2)} |`,
      );
    }
    const ratio = lemma.p95 / staticP50.p95;
    const ok = lemma.p95 <= 100 && ratio <= 3 && lemma.errors === 0;
    console.log(
      `\nlemma page p95 ${ms(lemma.p95)} ms (goal ≤ 100 ms), ${ratio.toFixed(2)}× the static file's p95 (goal ≤ 3×): ${ok ? "goal met" : "GOAL NOT MET"}`,
    );
    process.exitCode = ok ? 0 : 1;
  } finally {
    await stopApp(app);
    await rm(dataDir, { recursive: true, force: true });
  }
}

await main();
