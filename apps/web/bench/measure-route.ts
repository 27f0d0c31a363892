// Shared parts of the web benchmarks: start the platform the way `npm start` does, and
// measure one route with autocannon, keeping every response time for exact percentiles.
import { rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import { findFreePort } from "@trendweb/db/free-port";
import { launchApp, stopApp, waitForHealth } from "@trendweb/launcher/testing";

export interface RouteTarget {
  name: string;
  path: string;
}

export interface Measurement extends RouteTarget {
  requests: number;
  errors: number;
  rps: number;
  bytes: number;
  p50: number;
  p95: number;
  p99: number;
}

export interface BenchApp {
  baseUrl: string;
  /** The embedded PostgreSQL the app runs on (for benchmarks that seed extra data). */
  dataDir: string;
}

export const ms = (value: number) => value.toFixed(1);

function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/** Runs `work` against a freshly started production build on an empty embedded database. */
export async function withBenchApp<T>(work: (app: BenchApp) => Promise<T>): Promise<T> {
  const port = await findFreePort();
  // Not created here: the launcher creates it with the permissions the database user needs.
  const dataDir = path.join(os.tmpdir(), `trendweb-bench-${process.pid}`);
  const baseUrl = `http://localhost:${port}`;
  const app = launchApp("start", { PORT: String(port), TRENDWEB_DATA_DIR: dataDir, NODE_ENV: "production", TRENDWEB_SKIP_BUILD: "0" });
  try {
    console.error(`starting the app on ${baseUrl} (build if needed, embedded PostgreSQL in ${dataDir}) …`);
    await waitForHealth(port, app);
    return await work({ baseUrl, dataDir });
  } finally {
    await stopApp(app);
    await rm(dataDir, { recursive: true, force: true });
  }
}

export async function measureRoute(baseUrl: string, target: RouteTarget, options: { seconds: number; connections: number }): Promise<Measurement> {
  // Warm-up: first renders, caches, JIT.
  for (let i = 0; i < 20; i++) await (await fetch(baseUrl + target.path)).arrayBuffer();
  const latencies: number[] = [];
  let bytes = 0;
  // Every response time is kept: autocannon's own histogram has no 95th percentile.
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon({ url: baseUrl + target.path, connections: options.connections, duration: options.seconds }, (error, done) =>
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

/** Prints the Markdown table docs/benchmarks.md shows, each p95 also relative to `baseline`. */
export function printTable(results: Measurement[], baseline: Measurement, options: { seconds: number; connections: number }): void {
  const cpu = os.cpus();
  console.log(
    `\n${new Date().toISOString().slice(0, 10)} · ${cpu.length} × ${cpu[0]?.model ?? "cpu"} · Node ${process.version} · ${options.connections} connections × ${options.seconds} s per route\n`,
  );
  console.log(`| route | requests | errors | req/s | size (bytes) | p50 ms | p95 ms | p99 ms | p95 / ${baseline.name} p95 |`);
  console.log("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
  for (const r of results) {
    console.log(
      `| ${r.name} \`${r.path}\` | ${r.requests} | ${r.errors} | ${r.rps} | ${r.bytes} | ${ms(r.p50)} | ${ms(r.p95)} | ${ms(r.p99)} | ${(r.p95 / baseline.p95).toFixed(2)} |`,
    );
  }
}
