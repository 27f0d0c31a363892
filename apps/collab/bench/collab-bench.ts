// Collaboration benchmark (issue 5; goals in spec/QUALITY.md, "Performance goals"):
//
//   npm run bench:collab
//     BENCH_SECONDS=60   seconds of load per server          BENCH_DOCS=300  documents (3 editors each)
//     BENCH_WINDOWS=4    the load seconds split into alternating windows (peer, ours, ours, peer, …)
//     BENCH_WARMUP_SECONDS=5  unmeasured load per server before the windows (0: none)
//     BENCH_ARRIVAL_SECONDS=15  the load's editors open their documents over this many seconds (0: at once)
//     BENCH_PARTS=replay,clownschool,load,cold               BENCH_COLD_LOADS=20
//     BENCH_PEER_DEFAULT_REPLAY=1 / BENCH_PEER_DEFAULT_LOAD=0  (bare peer with Hocuspocus' default flushDelay)
//     BENCH_CPU_PROF=ours|peer|peer-default  (inspector CPU profile of that server per part; BENCH_CPU_PROF_DIR)
//     BENCH_WRITE=0      print only, do not touch docs/benchmarks.md        BENCH_NOTE="…"
//
// Starts an embedded PostgreSQL in a temporary folder (removed afterwards), migrates it,
// creates the 25 gemeenten and three ambtenaren per gemeente, and measures our collab server
// (createCollabServer, as apps/collab/src/main.ts runs it) and a bare Hocuspocus 4 peer,
// each in its own child process, one after the other in this one run, on loopback only.
// Exits 1 when a correctness check fails (final text, lost edits, unanswered durability
// checks, unacknowledged edits); a missed timing goal is reported, not fatal.
import { randomBytes } from "node:crypto";
import { rmSync } from "node:fs";
import { readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { mintCollabToken } from "@trendweb/auth/collab-token";
import { GEMEENTEN, trendweb } from "@trendweb/content";
import { startEmbeddedPostgres, type RunningPostgres } from "@trendweb/db/embedded-postgres";
import { applyMigrations } from "@trendweb/db/migrations";
import { createDbClient, type PrismaClient } from "@trendweb/db/node";
import { createGemeenten, createUser } from "@trendweb/db/testing";
import { coldLoads, type TColdResult } from "./cold-load.ts";
import { benchKnobs, readBenchEnv } from "./env.ts";
import { LoadSession, type TLoadResult } from "./load.ts";
import { loadAverage, ms, repoPath, SERVER_LABEL, ServerProcess, sleep, type TServerMode } from "./lib.ts";
import { replayAutomergePaper, replayConcurrent, type TConcurrentResult, type TReplayResult } from "./replay.ts";
import { assertBmpOnly, readTrace, type TConcurrentTrace, type TSequentialTrace } from "./traces.ts";

const env = readBenchEnv();
const SECRET = randomBytes(32).toString("hex");
const EDITORS = env.editors;
const WATCHDOG_MS = (45 * 60 + env.seconds * 4) * 1000;

const LEMMAS = trendweb.lemmas.map((lemma) => lemma.slug);
/** A new section for every replay run: ours keeps what it stored, a second run must not add to it. */
const replayDocument = (run: number) => {
  const gemeente = GEMEENTEN[run % GEMEENTEN.length]!.slug;
  return { name: `section/${gemeente}/${LEMMAS[19]}`, gemeente };
};
const CONCURRENT_DOC = `section/zwolle/${LEMMAS[18]}`;
const COLD_DOC = { gemeente: "zwolle", lemma: LEMMAS[17]! };
const LOAD_LEMMAS = LEMMAS.slice(0, 17);

const servers = new Set<ServerProcess>();
let postgres: RunningPostgres | null = null;
let db: PrismaClient | null = null;
let dataDir: string | null = null;

/** Each step bounded: cleanup must finish even when something hangs. */
function bounded(work: () => Promise<unknown> | undefined, ms = 20_000): Promise<void> {
  return Promise.race([Promise.resolve(work()).then(() => undefined, () => undefined), new Promise<void>((resolve) => setTimeout(resolve, ms).unref())]);
}

let cleaned = false;
async function cleanup(): Promise<void> {
  if (cleaned) return;
  cleaned = true;
  for (const server of servers) server.kill();
  await bounded(() => db?.$disconnect());
  await bounded(() => postgres?.stop());
  if (dataDir) await bounded(() => rm(dataDir!, { recursive: true, force: true }));
}

const watchdog = setTimeout(() => {
  console.error(`bench:collab: still running after ${WATCHDOG_MS / 60_000} minutes; stopping`);
  void cleanup().finally(() => process.exit(3));
}, WATCHDOG_MS);
for (const signal of ["SIGINT", "SIGTERM"] as const) process.once(signal, () => void cleanup().finally(() => process.exit(130)));

function log(message: string): void {
  console.error(`[bench ${new Date().toISOString().slice(11, 19)} load ${loadAverage()}] ${message}`);
}

async function startServer(mode: TServerMode): Promise<ServerProcess> {
  const server = await ServerProcess.start(mode, { databaseUrl: mode === "ours" ? postgres!.url : undefined, authSecret: SECRET });
  servers.add(server);
  return server;
}

async function stopServer(server: ServerProcess): Promise<void> {
  const started = Date.now();
  await server.stop();
  servers.delete(server);
  log(`  ${server.mode} stopped (graceful: ours drains and compacts) in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

/** One server for one piece of work; with BENCH_CPU_PROF=<mode>, that work is profiled. */
async function withServer<T>(mode: TServerMode, label: string, work: (server: ServerProcess) => Promise<T>): Promise<T> {
  const server = await startServer(mode);
  try {
    if (env.cpuProf === mode) await server.profileStart();
    const result = await work(server);
    if (env.cpuProf === mode) await server.profileStop(path.resolve(env.cpuProfDir, `${mode}-${label}-${Date.now()}.cpuprofile`));
    return result;
  } finally {
    await stopServer(server);
  }
}

// ------------------------------------------------------------------ setup

const users = new Map<string, string>(); // `${gemeente}/${k}` → user id
const tokenFor = (gemeente: string, editor: number) => {
  const userId = users.get(`${gemeente}/${editor}`);
  if (!userId) throw new Error(`no user ${gemeente}/${editor}`);
  return async () => (await mintCollabToken(SECRET, userId)).token;
};

interface TResults {
  replay: TReplayResult[];
  concurrent: TConcurrentResult[];
  load: TLoadResult[];
  cold: TColdResult | null;
  errors: string[];
}
const results: TResults = { replay: [], concurrent: [], load: [], cold: null, errors: [] };

/** Read by each part that needs it, so that no part keeps it (56 MB of heap) for the next. */
function readPaperTrace(): TSequentialTrace {
  const paper = readTrace<TSequentialTrace>("automerge-paper.json.gz");
  assertBmpOnly("automerge-paper", paper.txns.flatMap((txn) => txn.patches.map((patch) => patch[2])));
  return paper;
}

async function part(name: string, work: () => Promise<void>): Promise<void> {
  if (!env.parts.has(name)) return;
  try {
    await work();
  } catch (error) {
    const message = `${name}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`;
    log(`FAILED ${message}`);
    results.errors.push(message);
  }
}

async function main(): Promise<number> {
  const startedAt = new Date();
  const command = commandLine();
  log(`start: ${command}`);
  // Not mkdtemp: its 0700 folder is closed to the `postgres` user that runs the server under root.
  dataDir = path.join(os.tmpdir(), `trendweb-bench-collab-${process.pid}-${Date.now()}`);
  // On SIGINT/SIGTERM embedded-postgres' exit hook stops the cluster and exits the process
  // before cleanup() gets there; the folder goes last, in any case.
  const folder = dataDir;
  process.on("exit", () => rmSync(folder, { recursive: true, force: true }));
  postgres = await startEmbeddedPostgres({ dataDir });
  await applyMigrations(postgres.url);
  db = createDbClient(postgres.url);
  await createGemeenten(db);
  for (const gemeente of GEMEENTEN) {
    for (let editor = 0; editor < Math.max(EDITORS, 3); editor++) {
      const user = await createUser(db, { email: `bench-${gemeente.slug}-${editor}@bench.example`, name: `Bench ${gemeente.name} ${editor}`, memberships: [{ gemeente: gemeente.slug, role: "AMBTENAAR" }] });
      users.set(`${gemeente.slug}/${editor}`, user.id);
    }
  }
  log("PostgreSQL ready, 25 gemeenten and their users created");

  await part("replay", async () => {
    const paper = readPaperTrace();
    // Peer and ours take turns (peer, ours, ours, peer, …): whatever drifts on the machine
    // during the part, and the order itself, falls on both alike.
    const modes: TServerMode[] = [];
    for (let round = 0; round < env.replayRounds; round++) modes.push(...(round % 2 === 0 ? (["peer", "ours"] as const) : (["ours", "peer"] as const)));
    if (env.peerDefaultReplay) modes.push("peer-default");
    for (const [run, mode] of modes.entries()) {
      log(`automerge-paper replay through ${mode}`);
      const document = replayDocument(run);
      const result = await withServer(mode, "replay", (server) => replayAutomergePaper(server, { name: document.name, token: tokenFor(document.gemeente, 0), trace: paper, db: mode === "ours" ? db : null }));
      log(`  ${mode}: ${ms(result.totalMs / 1000, 2)} s, checks ${result.checks.problems.join("; ") || "ok"}${result.tailRows === null ? "" : `, ${result.tailRows} tail rows at the end`}`);
      results.replay.push(result);
    }
  });

  await part("clownschool", async () => {
    const trace = readTrace<TConcurrentTrace>("clownschool.json.gz");
    assertBmpOnly("clownschool", trace.txns.flatMap((txn) => txn.patches.map((patch) => patch[2])));
    for (const mode of ["peer", "ours"] as const) {
      log(`clownschool replay through ${mode}`);
      const tokens = Array.from({ length: trace.numAgents }, (_, agent) => tokenFor("zwolle", agent % Math.max(EDITORS, 3)));
      const result = await withServer(mode, "clownschool", (server) => replayConcurrent(server, { name: CONCURRENT_DOC, tokens, trace, db: mode === "ours" ? db : null }));
      log(`  ${mode}: ${ms(result.convergeMs / 1000, 2)} s, checks ${result.checks.problems.join("; ") || "ok"}`);
      results.concurrent.push(result);
    }
  });

  await part("cold", async () => {
    log(`cold loads of a document with the whole automerge-paper history`);
    const paper = readPaperTrace();
    const gemeente = await db!.gemeente.findUniqueOrThrow({ where: { slug: COLD_DOC.gemeente }, select: { id: true } });
    results.cold = await withServer("ours", "cold", (server) =>
      coldLoads(server, {
        db: db!,
        name: `section/${COLD_DOC.gemeente}/${COLD_DOC.lemma}`,
        gemeenteId: gemeente.id,
        lemmaSlug: COLD_DOC.lemma,
        token: tokenFor(COLD_DOC.gemeente, 0),
        trace: paper,
        loads: env.coldLoads,
        tailRows: 400,
      }),
    );
    log(`  p95 ${ms(results.cold.connect.p95)} ms`);
  });

  // Last, with no trace held (each part reads its own): the runner's garbage collector marks
  // the runner's whole heap, and its pauses delay every arrival it measures (docs/benchmarks.md).
  await part("load", async () => {
    const documents = Array.from({ length: env.docs }, (_, index) => {
      const gemeente = GEMEENTEN[index % GEMEENTEN.length]!.slug;
      return { gemeente, name: `section/${gemeente}/${LOAD_LEMMAS[Math.floor(index / GEMEENTEN.length)]}` };
    });
    const modes: TServerMode[] = ["peer", "ours", ...(env.peerDefaultLoad ? (["peer-default"] as const) : [])];
    const started: ServerProcess[] = [];
    try {
      for (const mode of modes) started.push(await startServer(mode));
      const sessions: LoadSession[] = [];
      for (const server of started) {
        log(`load: connecting ${env.docs} documents × ${EDITORS} editors to ${server.mode}`);
        sessions.push(await LoadSession.open(server, { documents, editors: EDITORS, users, tokenSecret: SECRET, durable: true, seed: 42, arrivalMs: env.arrivalSeconds * 1000 }));
      }
      const windowSeconds = env.seconds / env.windows;
      // Warm-up: each server's first seconds of load compile its code (JIT) and open its
      // pool's connections, once in a process' life; the goal is about a server under way.
      if (env.warmUpSeconds > 0) {
        for (const session of sessions) {
          log(`load warm-up: ${session.server.mode}, ${env.warmUpSeconds} s`);
          await session.warmUp(env.warmUpSeconds);
        }
      }
      for (const session of sessions) if (env.cpuProf === session.server.mode) await session.server.profileStart();
      for (let round = 0; round < env.windows; round++) {
        // ABBA…: each server goes first as often as last.
        for (const session of round % 2 === 0 ? sessions : [...sessions].reverse()) {
          await sleep(4000); // the previous window's trailing work (renders, activity) settles
          log(`load window ${round + 1}/${env.windows}: ${session.server.mode}, ${windowSeconds} s`);
          await session.window(windowSeconds);
        }
      }
      for (const session of sessions) {
        if (env.cpuProf === session.server.mode) await session.server.profileStop(path.resolve(env.cpuProfDir, `${session.server.mode}-load-${Date.now()}.cpuprofile`));
      }
      for (const session of sessions) {
        const result = await session.close();
        log(`  ${result.mode}: p50 ${ms(result.propagation.p50)} ms, p99 ${ms(result.propagation.p99)} ms (per window ${result.windowP99Ms.map((p99) => ms(p99)).join(", ")}; warm-up ${result.warmUpP99Ms === null ? "none" : ms(result.warmUpP99Ms)}), lost ${result.lost}, RSS ${ms(result.rssEndMb)} MB, memory ${JSON.stringify(result.memoryMb)}`);
        results.load.push(result);
      }
    } finally {
      for (const server of started) await stopServer(server);
    }
  });

  const { markdown, correct } = report(results, { startedAt, command });
  console.log(`\n${markdown}`);
  if (env.write) {
    await writeSection(markdown);
    log("written to docs/benchmarks.md");
  }
  return correct ? 0 : 1;
}

function commandLine(): string {
  return [...benchKnobs(), "npm run bench:collab"].join(" ");
}

// ------------------------------------------------------------------ report

/** Mean time of one server's replays (all must be correct for the goal to count). */
function meanReplay(results: readonly TReplayResult[], mode: TServerMode): { totalMs: number; runs: number; checks: { problems: string[] } } | null {
  const runs = results.filter((result) => result.mode === mode);
  if (!runs.length) return null;
  return {
    totalMs: runs.reduce((sum, run) => sum + run.totalMs, 0) / runs.length,
    runs: runs.length,
    checks: { problems: runs.flatMap((run) => run.checks.problems) },
  };
}

function ratio(ours: number, peer: number): string {
  return Number.isFinite(ours) && Number.isFinite(peer) && peer > 0 ? `${(ours / peer).toFixed(2)}×` : "–";
}

function verdict(ok: boolean | null): string {
  return ok === null ? "not measured" : ok ? "**met**" : "**missed**";
}

function report(r: TResults, meta: { startedAt: Date; command: string }): { markdown: string; correct: boolean } {
  const lines: string[] = [];
  const cpu = os.cpus();
  const find = <T extends { mode: TServerMode }>(list: T[], mode: TServerMode) => list.find((entry) => entry.mode === mode);
  let correct = r.errors.length === 0;

  lines.push(`### ${meta.startedAt.toISOString().slice(0, 16).replace("T", " ")} UTC${env.note ? `, ${env.note}` : ""}`);
  lines.push("");
  lines.push(
    `${cpu.length} × ${cpu[0]?.model.trim() ?? "?"}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, Linux ${os.release()}; ` +
      `command \`${meta.command}\`. Load average (1/5/15 min) is given per part; other work was running on the machine.`,
  );
  lines.push("");

  // Goals.
  const replayOurs = meanReplay(r.replay, "ours");
  const replayPeer = meanReplay(r.replay, "peer");
  const loadOurs = find(r.load, "ours");
  const loadPeer = find(r.load, "peer");
  const concurrentOurs = find(r.concurrent, "ours");
  const goals: [string, string, string, string, string, boolean | null][] = [];
  if (loadOurs && loadPeer) {
    goals.push([
      `propagation p50, ${loadOurs.documents} docs × ${loadOurs.editors} editors × 1 edit/s, ${loadOurs.seconds} s each (${loadOurs.windows} alternating windows)`,
      `${ms(loadOurs.propagation.p50, 2)} ms`,
      `${ms(loadPeer.propagation.p50, 2)} ms`,
      ratio(loadOurs.propagation.p50, loadPeer.propagation.p50),
      "≤ 1.5× peer",
      loadOurs.propagation.p50 <= 1.5 * loadPeer.propagation.p50,
    ]);
    goals.push(["propagation p99 (same run)", `${ms(loadOurs.propagation.p99)} ms`, `${ms(loadPeer.propagation.p99)} ms`, ratio(loadOurs.propagation.p99, loadPeer.propagation.p99), "≤ 1.5× peer", loadOurs.propagation.p99 <= 1.5 * loadPeer.propagation.p99]);
    goals.push(["lost edits (same run)", String(loadOurs.lost), String(loadPeer.lost), "", "0", loadOurs.lost === 0 && loadPeer.lost === 0]);
    goals.push(["server RSS with the documents open, end of load", `${ms(loadOurs.rssEndMb)} MB`, `${ms(loadPeer.rssEndMb)} MB`, ratio(loadOurs.rssEndMb, loadPeer.rssEndMb), "≤ 2× peer", loadOurs.rssEndMb <= 2 * loadPeer.rssEndMb]);
  }
  if (loadOurs?.durable) {
    goals.push(["durable acknowledgement p95 (edit → acknowledged once committed: Opgeslagen)", `${ms(loadOurs.durable.p95)} ms`, "", "", "≤ 250 ms", loadOurs.durable.p95 <= 250 && loadOurs.durableUnacknowledged === 0]);
  }
  if (replayOurs && replayPeer) {
    const textOk = replayOurs.checks.problems.length === 0 && replayPeer.checks.problems.length === 0;
    goals.push([
      `automerge-paper replay (259,778 updates), ours until in PostgreSQL; mean of ${replayOurs.runs} runs each, in turns`,
      `${ms(replayOurs.totalMs / 1000, 2)} s`,
      `${ms(replayPeer.totalMs / 1000, 2)} s`,
      ratio(replayOurs.totalMs, replayPeer.totalMs),
      "≤ 1.2× peer (flushDelay off), text = endContent",
      replayOurs.totalMs <= 1.2 * replayPeer.totalMs && textOk,
    ]);
  }
  if (r.concurrent.length) {
    const ok = r.concurrent.every((result) => result.checks.problems.length === 0);
    goals.push(["clownschool, 3 clients, converges to endContent", concurrentOurs ? (concurrentOurs.checks.problems.length ? "no" : "yes (clients, server, PostgreSQL)") : "–", find(r.concurrent, "peer") ? (find(r.concurrent, "peer")!.checks.problems.length ? "no" : "yes") : "–", "", "converges", ok]);
  }
  if (r.cold) goals.push([`cold load, whole automerge-paper history (state + ${r.cold.tailRows}-row tail), ${r.cold.loads} loads`, `p95 ${ms(r.cold.connect.p95)} ms`, "", "", "p95 ≤ 500 ms", r.cold.connect.p95 <= 500 && r.cold.textOk]);

  lines.push("| goal (spec/QUALITY.md) | ours | bare peer | ratio | target | result |");
  lines.push("|---|---:|---:|---:|---|---|");
  for (const [what, ours, peer, quotient, target, ok] of goals) lines.push(`| ${what} | ${ours} | ${peer} | ${quotient} | ${target} | ${verdict(ok)} |`);
  lines.push("");

  if (r.replay.length) {
    lines.push("**automerge-paper replay** (one provider, one transaction and one update message per edit, sent as fast as the client produces them; applied = the server acknowledged the last update, durable = answer to a durability check sent right after it):");
    lines.push("");
    lines.push("| server | edits | client Yjs s | applied s | durable s | edits/s | server CPU s | server peak RSS MB | text client / server / PostgreSQL | load avg before → after |");
    lines.push("|---|---:|---:|---:|---:|---:|---:|---:|---|---|");
    for (const result of r.replay) {
      const c = result.checks;
      if (c.problems.length) correct = false;
      const yes = (value: boolean | null) => (value === null ? "–" : value ? "ok" : "WRONG");
      lines.push(
        `| ${SERVER_LABEL[result.mode]} | ${result.edits} | ${ms(result.generateMs / 1000, 2)} | ${ms(result.appliedMs / 1000, 2)} | ${result.durableMs === null ? "–" : ms(result.durableMs / 1000, 2)} | ${Math.round(result.edits / (result.totalMs / 1000))} | ${ms(result.serverCpuS, 1)} | ${ms(result.serverPeakRssMb)} | ${yes(c.clients)} / ${yes(c.server)} / ${yes(c.database)} | ${result.loadBefore} → ${result.loadAfter} |`,
      );
    }
    lines.push("");
  }
  if (r.concurrent.length) {
    lines.push("**clownschool** (3 authors, one client and socket each; an author applies a transaction only once its client has received the parents through the server and merged exactly that version):");
    lines.push("");
    lines.push("| server | transactions | converged s | durable s | waits for parents | text clients / server / PostgreSQL | load avg before → after |");
    lines.push("|---|---:|---:|---:|---:|---|---|");
    for (const result of r.concurrent) {
      const c = result.checks;
      if (c.problems.length) correct = false;
      const yes = (value: boolean | null) => (value === null ? "–" : value ? "ok" : "WRONG");
      lines.push(`| ${SERVER_LABEL[result.mode]} | ${result.txns} | ${ms(result.convergeMs / 1000, 2)} | ${result.durableMs === null ? "–" : ms(result.durableMs / 1000, 2)} | ${result.waits} | ${yes(c.clients)} / ${yes(c.server)} / ${yes(c.database)} | ${result.loadBefore} → ${result.loadAfter} |`);
    }
    lines.push("");
  }
  if (r.load.length) {
    lines.push(
      "**load** (one socket per user carrying that user's documents; each editor inserts a timestamped token at a random place once per second; durable = edit → its acknowledgement, which ours sends once the edit is committed, counted as the browser does after one durability check per editor at connect; propagation measured at the other editors of the document; RSS from /proc at the end with every document open):",
    );
    lines.push("");
    lines.push("| server | docs × editors (sockets) | edits | edits/s | propagation p50 / p95 / p99 / max ms (p99 per window; warm-up, not counted) | lost | durable p50 / p95 / p99 ms | RSS idle → connected → end MB (peak; V8 heap used at end) | server CPU (PostgreSQL's meanwhile); write system calls per edit | server event-loop delay p99 / max ms | runner event-loop delay p99 / max ms; GC pauses (longest) | load avg at each window |");
    lines.push("|---|---|---:|---:|---|---:|---|---|---:|---:|---:|---|");
    for (const result of r.load) {
      if (result.lost > 0 || result.durableUnacknowledged > 0 || result.authFailures > 0) correct = false;
      const p = result.propagation;
      const d = result.durable;
      lines.push(
        `| ${SERVER_LABEL[result.mode]} | ${result.documents} × ${result.editors} (${result.sockets}) | ${result.editsSent} | ${ms(result.editsPerSecond)} | ${ms(p.p50, 2)} / ${ms(p.p95)} / ${ms(p.p99)} / ${ms(p.max)} (${result.windowP99Ms.map((p99) => ms(p99)).join(", ")}${result.warmUpP99Ms === null ? "" : `; warm-up ${ms(result.warmUpP99Ms)}`}) | ${result.lost} | ${d ? `${ms(d.p50)} / ${ms(d.p95)} / ${ms(d.p99)}${result.durableUnacknowledged ? ` (${result.durableUnacknowledged} unacknowledged)` : ""}` : "–"} | ${ms(result.rssIdleMb)} → ${ms(result.rssAfterConnectMb)} → ${ms(result.rssEndMb)} (${ms(result.peakRssMb)}; ${ms(result.heapUsedMb)}) | ${Math.round((100 * result.serverCpuS) / result.seconds)} % of a core (PostgreSQL ${Math.round((100 * result.postgresCpuS) / result.seconds)} %); ${ms(result.serverWrites / result.editsSent, 2)}${result.disconnects ? `, ${result.disconnects} disconnects` : ""} | ${ms(result.serverLagP99Ms)} / ${ms(result.serverLagMaxMs)} | ${ms(result.clientLagP99Ms)} / ${ms(result.clientLagMaxMs)}; ${result.clientGc.count} GC, ${ms(result.clientGc.totalMs)} ms (${ms(result.clientGc.maxMs)}) | ${result.loadAverages.map((entry) => entry.split(" / ")[0]).join(", ")} |`,
      );
    }
    lines.push("");
  }
  if (r.cold) {
    const c = r.cold;
    if (!c.textOk) correct = false;
    lines.push(
      `**cold load** (fresh socket and provider → synced: handshake, token, membership, PostgreSQL state + tail, sync; the server unloads and compacts between loads, the runner restores the same state + tail): ` +
        `state ${Math.round(c.stateBytes / 1024)} KiB + ${c.tailRows} tail rows (${Math.round(c.tailBytes / 1024)} KiB); ` +
        `p50 ${ms(c.connect.p50)} ms, p95 ${ms(c.connect.p95)} ms, p99 ${ms(c.connect.p99)} ms, max ${ms(c.connect.max)} ms over ${c.loads} loads after one uncounted first load (${ms(c.firstMs)} ms); ` +
        `Yjs alone applies the same state + tail in ${ms(c.parseMs)} ms; text ${c.textOk ? "= endContent every time" : "WRONG"}; load average ${c.loadBefore} → ${c.loadAfter}.`,
    );
    lines.push("");
  }
  for (const error of r.errors) {
    lines.push(`**Error**: \`${error.split("\n")[0]}\``);
    lines.push("");
  }
  const problems = [...r.replay.flatMap((x) => x.checks.problems.map((p) => `${x.mode} replay: ${p}`)), ...r.concurrent.flatMap((x) => x.checks.problems.map((p) => `${x.mode} clownschool: ${p}`)), ...(r.cold?.problems ?? [])];
  for (const problem of problems) lines.push(`- correctness: ${problem}`);
  if (problems.length) lines.push("");
  lines.push(correct ? "All correctness checks passed." : "**A correctness check failed** (the command exits 1).");
  lines.push("");
  return { markdown: lines.join("\n"), correct };
}

const SECTION_HEADING = "## Samenwerken (issue 5)";
const SECTION_INTRO = `${SECTION_HEADING}

Command (from the repository root):

\`\`\`sh
npm run bench:collab     # apps/collab/bench/collab-bench.ts, about 6 minutes
# knobs: BENCH_SECONDS (60 s of load per server), BENCH_DOCS (300), BENCH_WINDOWS (4 alternating windows), BENCH_ARRIVAL_SECONDS (15),
#        BENCH_WARMUP_SECONDS (5 s of unmeasured load per server first),
#        BENCH_PARTS (replay,clownschool,load,cold), BENCH_COLD_LOADS (20), BENCH_REPLAY_ROUNDS (2), BENCH_PEER_DEFAULT_REPLAY (1),
#        BENCH_CPU_PROF=ours|peer (CPU profile of that server per part, into BENCH_CPU_PROF_DIR), BENCH_WRITE=0
\`\`\`

It starts an embedded PostgreSQL in a temporary folder (removed afterwards), applies the
migrations, creates the 25 gemeenten with three ambtenaren each, and runs every server under
test in its own child process (\`apps/collab/bench/server-child.ts\`), on 127.0.0.1 only:
**ours** is \`createCollabServer\` exactly as \`apps/collab/src/main.ts\` starts it (tokens,
membership check, durable appends, compaction, presence, activity); the **bare peer** is
\`new Server({ quiet: true, flushDelay: false })\` of Hocuspocus 4.7 (no auth, no persistence);
the replay runs through the peer and ours in turns (peer, ours, ours, peer: two rounds,
BENCH_REPLAY_ROUNDS) and compares their means, then once through a peer with Hocuspocus'
default \`flushDelay\` (0, merging each burst) for reference. Servers run one after the other
in the same run (the load in alternating windows with both connected), so ratios are
meaningful; absolute figures move with the load average. All clients are
\`@hocuspocus/provider\` 4.8 over \`ws\`. In the load, the clients of each server run in worker
threads, one per editor seat (editor k of every document, one socket per user as a browser
would have; \`load-clients.ts\`), each with a heap of its own; their event-loop delay and garbage
collection are reported, and so are the server's write system calls per edit, the CPU that
PostgreSQL's processes used meanwhile, and each window's propagation p99. The load's
editors open their documents one after another over 15 s (\`BENCH_ARRIVAL_SECONDS\`), the way
people arrive. Before the measured windows each server gets 5 s of the same load
(\`BENCH_WARMUP_SECONDS\`): its first seconds compile its code and open its connections once in
a process' life; their p99 is shown apart and counted nowhere else. The clients stand in for
browsers on other machines but share the servers' two cores, so they are kept light: their
V8 runs without its memory reducer (which shrank an idle seat's heap during the other
server's window and made it regrow with full collections at the start of its own). The
load's editors speak the durability protocol as the browser does: one durability check after
connecting, then each edit counts as saved when its acknowledgement arrives (ours sends it
once the edit is committed). The replays run their clients in the runner process itself.
Timing goals that are missed are reported; the command exits 1 only when a correctness check
fails (final text ≠ \`endContent\` anywhere, lost edits, unanswered durability checks, unacknowledged edits).
`;

async function writeSection(runMarkdown: string): Promise<void> {
  const file = repoPath("docs/benchmarks.md");
  const current = await readFile(file, "utf8");
  const start = current.indexOf(`\n${SECTION_HEADING}\n`);
  if (start < 0) {
    await writeFile(file, `${current.replace(/\s*$/, "\n")}\n${SECTION_INTRO}\n${runMarkdown}`);
    return;
  }
  const after = start + 1;
  const nextSection = current.indexOf("\n## ", after + SECTION_HEADING.length);
  const end = nextSection < 0 ? current.length : nextSection + 1;
  const section = current.slice(after, end);
  // Newest run first, right after the section's introduction (the first "### " run).
  const firstRun = section.indexOf("\n### ");
  const updated = firstRun < 0 ? `${section.replace(/\s*$/, "\n")}\n${runMarkdown}` : `${section.slice(0, firstRun + 1)}${runMarkdown}\n${section.slice(firstRun + 1)}`;
  await writeFile(file, current.slice(0, after) + updated + current.slice(end));
}

main()
  .then(async (code) => {
    clearTimeout(watchdog);
    await cleanup();
    process.exit(code);
  })
  .catch(async (error: unknown) => {
    console.error(error);
    clearTimeout(watchdog);
    await cleanup();
    process.exit(1);
  });
