// Shared pieces of the collaboration benchmark: server child processes, clients (providers
// over `ws`, sharing sockets), the durability protocol, statistics.
import { spawn, type ChildProcess } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { HocuspocusProvider, HocuspocusProviderWebsocket } from "@hocuspocus/provider";
import WebSocket from "ws";
import * as Y from "yjs";
import { isAcknowledgement } from "../src/testing/acknowledgement.ts";
import { inheritedEnv } from "./env.ts";

export const REPO_ROOT = fileURLToPath(new URL("../../../", import.meta.url));
const CHILD = fileURLToPath(new URL("./server-child.ts", import.meta.url));

/** Monotonic milliseconds (sub-millisecond resolution) of this thread (the load uses load-clients.ts monotonicMs across threads). */
export const now = (): number => performance.now();
export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
export const tick = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

export function loadAverage(): string {
  return os
    .loadavg()
    .map((value) => value.toFixed(2))
    .join(" / ");
}

/** Polls until `predicate` holds; throws with `what` after `timeoutMs`. */
export async function waitUntil(what: string, predicate: () => boolean | Promise<boolean>, timeoutMs: number, everyMs = 5): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await predicate())) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for: ${what}`);
    await sleep(everyMs);
  }
}

// ---------------------------------------------------------------- statistics

export interface TSummary {
  count: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  mean: number;
}

/** Nearest-rank percentiles. */
export function summarize(samples: number[]): TSummary {
  const sorted = Float64Array.from(samples).sort();
  const at = (p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]! : Number.NaN);
  let sum = 0;
  for (const value of sorted) sum += value;
  return { count: sorted.length, p50: at(50), p95: at(95), p99: at(99), max: sorted.length ? sorted[sorted.length - 1]! : Number.NaN, mean: sorted.length ? sum / sorted.length : Number.NaN };
}

export function ms(value: number, digits = 1): string {
  if (!Number.isFinite(value)) return "–";
  return value >= 100 ? value.toFixed(0) : value.toFixed(digits);
}

// ---------------------------------------------------------------- server children

export type TServerMode = "ours" | "peer" | "peer-default";

export const SERVER_LABEL: Record<TServerMode, string> = {
  ours: "ours (auth + PostgreSQL)",
  peer: "bare Hocuspocus, flushDelay: false",
  "peer-default": "bare Hocuspocus, default flushDelay (0)",
};

export interface TServerStats {
  documents: number;
  names: string[];
  connections: number;
  memory: NodeJS.MemoryUsage;
  /** The server's own event-loop delay in its worst measured window. */
  lagP99Ms: number;
  lagMaxMs: number;
}

export class ServerProcess {
  private nextId = 1;
  private readonly waiting = new Map<number, (message: unknown) => void>();
  private exited = false;
  readonly url: string;

  private constructor(
    readonly mode: TServerMode,
    private readonly child: ChildProcess,
    readonly port: number,
  ) {
    this.url = `ws://127.0.0.1:${port}`;
    child.on("message", (message: { id?: number }) => {
      if (message.id !== undefined) {
        this.waiting.get(message.id)?.(message);
        this.waiting.delete(message.id);
      }
    });
    child.once("exit", () => (this.exited = true));
  }

  static async start(mode: TServerMode, env: { databaseUrl?: string; authSecret?: string }): Promise<ServerProcess> {
    const flags = ["--import", "tsx"];
    const child = spawn(process.execPath, [...flags, CHILD, mode], {
      cwd: REPO_ROOT,
      stdio: ["ignore", "pipe", "pipe", "ipc"],
      env: {
        ...inheritedEnv(),
        NODE_ENV: "production",
        LOG_LEVEL: "warn",
        ...(env.databaseUrl ? { DATABASE_URL: env.databaseUrl } : {}),
        ...(env.authSecret ? { AUTH_SECRET: env.authSecret } : {}),
      },
    });
    const prefix = (data: Buffer) =>
      process.stderr.write(
        data
          .toString()
          .split("\n")
          .filter(Boolean)
          .map((line) => `[${mode}] ${line}\n`)
          .join(""),
      );
    child.stdout?.on("data", prefix);
    child.stderr?.on("data", prefix);
    const port = await new Promise<number>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`${mode} server did not start within 120 s`)), 120_000);
      child.on("message", (message: { type?: string; port?: number }) => {
        if (message.type === "ready" && message.port) {
          clearTimeout(timer);
          resolve(message.port);
        }
      });
      child.once("exit", (code) => {
        clearTimeout(timer);
        reject(new Error(`${mode} server exited with ${code} before it was ready`));
      });
    });
    return new ServerProcess(mode, child, port);
  }

  get pid(): number {
    return this.child.pid!;
  }

  /** Resident set size now and at its peak, in MB, from /proc (the whole process). */
  memory(): { rssMb: number; hwmMb: number } {
    const status = readFileSync(`/proc/${this.pid}/status`, "utf8");
    const field = (name: string) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, "m").exec(status)?.[1] ?? Number.NaN) / 1024;
    return { rssMb: field("VmRSS"), hwmMb: field("VmHWM") };
  }

  /** CPU seconds used so far (user + system). */
  cpuSeconds(): number {
    return cpuTicksOf(this.pid) / 100;
  }

  /** Write system calls so far (writev, write, sendmsg…: `syscw` of /proc/<pid>/io), all threads. */
  writeSyscalls(): number {
    return Number(/^syscw:\s+(\d+)$/m.exec(readFileSync(`/proc/${this.pid}/io`, "utf8"))?.[1] ?? Number.NaN);
  }

  private request<T>(type: string, timeoutMs = 30_000, extra: Record<string, unknown> = {}): Promise<T> {
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`${this.mode}: no answer to ${type}`)), timeoutMs);
      this.waiting.set(id, (message) => {
        clearTimeout(timer);
        resolve(message as T);
      });
      this.child.send({ type, id, ...extra });
    });
  }

  async profileStart(): Promise<void> {
    await this.request("profile-start");
  }

  /** Writes the CPU profile since profileStart() to `file` (open it in Chrome DevTools). */
  async profileStop(file: string): Promise<void> {
    await this.request("profile-stop", 120_000, { file });
  }

  /** Measure the server's event-loop delay from now until lagStop() (pooled over calls). */
  async lagStart(): Promise<void> {
    await this.request("lag-start");
  }

  async lagStop(): Promise<void> {
    await this.request("lag-stop");
  }

  stats(): Promise<TServerStats> {
    return this.request<TServerStats>("stats");
  }

  /** Graceful stop (ours flushes and compacts everything); killed after `timeoutMs`. */
  async stop(timeoutMs = 120_000): Promise<void> {
    if (this.exited) return;
    const exited = new Promise<void>((resolve) => this.child.once("exit", () => resolve()));
    this.child.send({ type: "stop" });
    const timer = setTimeout(() => this.child.kill("SIGKILL"), timeoutMs);
    await exited;
    clearTimeout(timer);
  }

  kill(): void {
    if (!this.exited) this.child.kill("SIGKILL");
  }
}

// ---------------------------------------------------------------- clients

export function createSocket(url: string): HocuspocusProviderWebsocket {
  return new HocuspocusProviderWebsocket({
    url,
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    // A benchmark client must not silently reconnect: a reconnect would hide lost messages.
    // (Counted instead, see `disconnects`.)
    messageReconnectTimeout: 120_000,
  });
}

export interface TDurableAnswer {
  id: number;
  stateVector: Map<number, number>;
}

export interface TBenchClient {
  provider: HocuspocusProvider;
  doc: Y.Doc;
  failures: string[];
  /** Sends a durability check; `onDurable` gets every answer. */
  sendCheck(): number;
  onDurable: ((answer: TDurableAnswer) => void) | null;
  /** Called for every acknowledgement (SyncStatus true) of an update or sync step 2. */
  onAcknowledged: (() => void) | null;
  destroy(): void;
}

export function connectClient(options: { socket: HocuspocusProviderWebsocket; name: string; token: string | (() => Promise<string>); doc?: Y.Doc; awareness?: boolean }): TBenchClient {
  const doc = options.doc ?? new Y.Doc();
  const failures: string[] = [];
  let nextCheck = 1;
  const client: TBenchClient = {
    provider: undefined as unknown as HocuspocusProvider,
    doc,
    failures,
    onDurable: null,
    onAcknowledged: null,
    sendCheck() {
      const id = nextCheck++;
      client.provider.sendStateless(JSON.stringify({ type: "durability-check", id }));
      return id;
    },
    destroy() {
      client.provider.destroy();
    },
  };
  client.provider = new HocuspocusProvider({
    websocketProvider: options.socket,
    name: options.name,
    document: doc,
    token: options.token,
    ...(options.awareness === false ? { awareness: null } : {}),
    onAuthenticationFailed: ({ reason }) => failures.push(reason),
    onMessage: ({ message }) => {
      if (client.onAcknowledged && isAcknowledgement(message)) client.onAcknowledged();
    },
    onStateless: ({ payload }) => {
      if (!client.onDurable || !payload.includes('"durable"')) return;
      const message = JSON.parse(payload) as { type: string; id: number; stateVector: string };
      if (message.type !== "durable") return;
      client.onDurable({ id: message.id, stateVector: Y.decodeStateVector(Buffer.from(message.stateVector, "base64")) });
    },
  });
  client.provider.attach();
  return client;
}

export async function synced(client: TBenchClient, timeoutMs = 60_000): Promise<void> {
  if (client.provider.isSynced) return;
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${client.provider.configuration.name} not synced within ${timeoutMs} ms (${client.failures.join("; ")})`)), timeoutMs);
    const done = () => {
      clearTimeout(timer);
      client.provider.off("synced", check);
      resolve();
    };
    const check = () => client.provider.isSynced && done();
    client.provider.on("synced", check);
    check();
  });
}

/** Resolves once the server has applied every update this provider sent (SyncStatus acks). */
export function allApplied(client: TBenchClient, timeoutMs: number): Promise<void> {
  const provider = client.provider;
  if (provider.unsyncedChanges === 0) return Promise.resolve();
  return new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${provider.configuration.name}: ${provider.unsyncedChanges} updates not acknowledged after ${timeoutMs} ms`)), timeoutMs);
    const handler = ({ number }: { number: number }) => {
      if (number !== 0) return;
      clearTimeout(timer);
      provider.off("unsyncedChanges", handler);
      resolve();
    };
    provider.on("unsyncedChanges", handler);
  });
}

/** Sends a check and resolves when it is answered with a state vector covering `doc`. */
export function durable(client: TBenchClient, timeoutMs: number): Promise<Map<number, number>> {
  return new Promise((resolve, reject) => {
    const id = client.sendCheck();
    const timer = setTimeout(() => reject(new Error(`${client.provider.configuration.name}: durability check ${id} unanswered after ${timeoutMs} ms`)), timeoutMs);
    client.onDurable = (answer) => {
      if (answer.id !== id) return;
      clearTimeout(timer);
      client.onDurable = null;
      resolve(answer.stateVector);
    };
  });
}

/** Every entry of `local`'s state vector is covered by `committed`. */
export function covers(committed: Map<number, number>, doc: Y.Doc): boolean {
  for (const [client, clock] of Y.decodeStateVector(Y.encodeStateVector(doc))) if ((committed.get(client) ?? 0) < clock) return false;
  return true;
}

export function repoPath(...parts: string[]): string {
  return path.join(REPO_ROOT, ...parts);
}

/** utime + stime of a process, in clock ticks (USER_HZ = 100 on Linux), from /proc/<pid>/stat. */
function cpuTicksOf(pid: number | string): number {
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return Number(fields[11]) + Number(fields[12]);
}

/** CPU clock ticks used so far by each PostgreSQL process on this machine. */
export function postgresCpuTicks(): Map<number, number> {
  const ticks = new Map<number, number>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (readFileSync(`/proc/${entry}/comm`, "utf8").trim() !== "postgres") continue;
      ticks.set(Number(entry), cpuTicksOf(entry));
    } catch {
      // The process ended while we looked.
    }
  }
  return ticks;
}

/**
 * CPU seconds PostgreSQL used between two postgresCpuTicks() readings, counting the
 * processes alive at the second (one that ended in between is missed). On a quiet machine
 * the benchmark's database is the only PostgreSQL, so this is what the server's statements
 * cost it.
 */
export function postgresCpuSecondsBetween(before: ReadonlyMap<number, number>, after: ReadonlyMap<number, number>): number {
  let ticks = 0;
  for (const [pid, now] of after) ticks += now - (before.get(pid) ?? 0);
  return ticks / 100;
}
