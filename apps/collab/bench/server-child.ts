// One server under test in its own process (so its RSS and CPU are its own):
//   ours          createCollabServer (auth, durable PostgreSQL persistence), as main.ts runs it
//   peer          bare Hocuspocus 4: no auth, no persistence, flushDelay: false (like ours)
//   peer-default  bare Hocuspocus 4 with its default flushDelay (0: merge each burst)
// Talks to the runner over IPC: "ready" with the port, answers "stats", stops on "stop" and
// exits when the runner goes away (so it can never outlive the benchmark).
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { Session } from "node:inspector/promises";
import { monitorEventLoopDelay } from "node:perf_hooks";
import { Server } from "@hocuspocus/server";
import { readChildEnv } from "./env.ts";

type TMode = "ours" | "peer" | "peer-default";
const mode = process.argv[2] as TMode;
if (!["ours", "peer", "peer-default"].includes(mode)) throw new Error(`unknown mode ${mode}`);
if (!process.send) throw new Error("start me from the benchmark runner (IPC channel needed)");

/** Origin that ours accepts; the benchmark's clients send none (like every non-browser client). */
export const BENCH_ORIGIN = "http://localhost:3999";

let server: Server;
let stop: () => Promise<void>;
if (mode === "ours") {
  const env = readChildEnv();
  if (!env.databaseUrl) throw new Error("DATABASE_URL missing");
  const { createSql } = await import("@trendweb/db/sql");
  const { createCollabServer } = await import("../src/create-collab-server.ts");
  const sql = createSql(env.databaseUrl);
  server = (await createCollabServer({ port: 0, address: "127.0.0.1", sql, authSecret: env.authSecret, allowedOrigins: [BENCH_ORIGIN] })).server;
  stop = async () => {
    await server.destroy();
    await sql.end();
  };
} else {
  server = new Server({ name: mode, port: 0, address: "127.0.0.1", quiet: true, stopOnSignals: false, ...(mode === "peer" ? { flushDelay: false } : {}) });
  stop = () => server.destroy();
}
await server.listen();
process.send({ type: "ready", port: server.address.port });

let profiler: Session | null = null;
/**
 * This server's event-loop delay while the runner measures: always sampling (re-enabling
 * would count the pause as one long delay), reset at lag-start, read at lag-stop; the
 * worst window is reported.
 */
const lag = monitorEventLoopDelay({ resolution: 1 });
lag.enable();
const worstLag = { p99: 0, max: 0 };
process.on("message", (message: { type: string; id?: number; file?: string }) => {
  if (message.type === "stats") {
    const hocuspocus = server.hocuspocus;
    process.send?.({
      type: "stats",
      id: message.id,
      documents: hocuspocus.getDocumentsCount(),
      names: [...hocuspocus.documents.keys()],
      connections: hocuspocus.getConnectionsCount(),
      memory: process.memoryUsage(),
      lagP99Ms: worstLag.p99 / 1e6,
      lagMaxMs: worstLag.max / 1e6,
    });
  } else if (message.type === "lag-start" || message.type === "lag-stop") {
    if (message.type === "lag-start") lag.reset();
    else {
      worstLag.p99 = Math.max(worstLag.p99, lag.percentile(99));
      worstLag.max = Math.max(worstLag.max, lag.max);
    }
    process.send?.({ type: message.type, id: message.id });
  } else if (message.type === "profile-start") {
    // CPU profile of a chosen stretch (the load windows), like --cpu-prof but without startup.
    void (async () => {
      profiler ??= new Session();
      profiler.connect();
      await profiler.post("Profiler.enable");
      await profiler.post("Profiler.setSamplingInterval", { interval: 500 });
      await profiler.post("Profiler.start");
      process.send?.({ type: "profile-start", id: message.id });
    })();
  } else if (message.type === "profile-stop") {
    void (async () => {
      const { profile } = await profiler!.post("Profiler.stop");
      mkdirSync(path.dirname(message.file!), { recursive: true });
      writeFileSync(message.file!, JSON.stringify(profile));
      profiler!.disconnect();
      process.send?.({ type: "profile-stop", id: message.id });
    })();
  } else if (message.type === "stop") {
    void stop().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  }
});
process.on("disconnect", () => process.exit(2));
