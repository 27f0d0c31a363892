// The benchmark's knobs (docs/benchmarks.md, "Samenwerken (issue 5)"). Only env.ts files read
// process.env (ARCHITECTURE.md); everything here is optional.
export interface TBenchEnv {
  /** Seconds of load per server (default 60, as in issue 5). */
  seconds: number;
  /** Documents in the load run (default 300), each with `editors` editors at 1 edit/s. */
  docs: number;
  editors: number;
  /** The load seconds are split into this many windows per server, alternating servers (ABBA). */
  windows: number;
  /** Unmeasured seconds of the same load per server before the windows (default 5; 0 = none). */
  warmUpSeconds: number;
  /** Seconds over which the load's editors open their documents (default 15; 0 = all at once). */
  arrivalSeconds: number;
  /** Loads of the long-history document (default 20). */
  coldLoads: number;
  /** Which parts to run: replay, clownschool, load, cold (comma-separated; default all). */
  parts: Set<string>;
  /** Also replay through a bare peer with Hocuspocus' default flushDelay (0); default on. */
  /** Replays through ours and the peer in ABBA order: rounds × 2 runs each, compared by their mean. */
  replayRounds: number;
  peerDefaultReplay: boolean;
  /** Also run the load against the default-flushDelay peer; default off. */
  peerDefaultLoad: boolean;
  /** Write the result into docs/benchmarks.md (default on; BENCH_WRITE=0 to only print). */
  write: boolean;
  /** `ours`, `peer` or `peer-default`: CPU-profile that server during each part (files in cpuProfDir). */
  cpuProf: string | null;
  cpuProfDir: string;
  /** Free text for the report (e.g. what else ran on the machine). */
  note: string;
}

function number(name: string, fallback: number, min: number, max: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < min || value > max) throw new Error(`${name} moet een getal van ${min} tot ${max} zijn (nu: ${raw})`);
  return value;
}

function flag(name: string, fallback: boolean): boolean {
  const raw = process.env[name];
  if (raw === undefined || raw === "") return fallback;
  return !["0", "false", "no", "nee"].includes(raw.toLowerCase());
}

export function readBenchEnv(): TBenchEnv {
  const parts = (process.env.BENCH_PARTS ?? "replay,clownschool,load,cold").split(",").map((part) => part.trim()).filter(Boolean);
  return {
    seconds: number("BENCH_SECONDS", 60, 1, 3600),
    // 25 gemeenten × 17 lemmas: the other 3 lemmas of each gemeente are kept for replay, clownschool, cold load.
    docs: number("BENCH_DOCS", 300, 1, 25 * 17),
    editors: number("BENCH_EDITORS", 3, 2, 9),
    windows: number("BENCH_WINDOWS", 4, 1, 60),
    warmUpSeconds: number("BENCH_WARMUP_SECONDS", 5, 0, 600),
    arrivalSeconds: number("BENCH_ARRIVAL_SECONDS", 15, 0, 600),
    coldLoads: number("BENCH_COLD_LOADS", 20, 1, 500),
    parts: new Set(parts),
    replayRounds: number("BENCH_REPLAY_ROUNDS", 2, 1, 10),
    peerDefaultReplay: flag("BENCH_PEER_DEFAULT_REPLAY", true),
    peerDefaultLoad: flag("BENCH_PEER_DEFAULT_LOAD", false),
    write: flag("BENCH_WRITE", true),
    cpuProf: process.env.BENCH_CPU_PROF || null,
    cpuProfDir: process.env.BENCH_CPU_PROF_DIR || "bench-profiles",
    note: process.env.BENCH_NOTE ?? "",
  };
}

/** What the server child needs (set by the runner). */
export function readChildEnv(): { databaseUrl: string | null; authSecret: string } {
  return { databaseUrl: process.env.DATABASE_URL || null, authSecret: process.env.AUTH_SECRET ?? "" };
}

/** The BENCH_ knobs set for this run (for the report's command line). */
export function benchKnobs(): string[] {
  return Object.entries(process.env)
    .filter(([key]) => key.startsWith("BENCH_") && key !== "BENCH_NOTE")
    .map(([key, value]) => `${key}=${value}`)
    .sort();
}

/** The environment a server child inherits (PATH, HOME…), before the runner adds its own. */
export function inheritedEnv(): NodeJS.ProcessEnv {
  return { ...process.env };
}
