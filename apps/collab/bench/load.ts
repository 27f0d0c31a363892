// Load: many documents, a few editors each, one edit per editor per second. Every edit
// carries its send time; the other editors of the document measure how long it took to
// reach them. Providers share sockets the way a browser's would: one socket per user
// (editor k of gemeente g), carrying all of that user's documents.
//
// Both servers are connected at the same time and take turns (windows, ABBA order), so
// that background load on the machine hits both alike; samples of all windows are pooled.
import { monitorEventLoopDelay, type IntervalHistogram } from "node:perf_hooks";
import * as Y from "yjs";
import { prng } from "../src/testing/prng.ts";
import { connectClient, createSocket, loadAverage, now, sleep, summarize, synced, type ServerProcess, type TBenchClient, type TSummary } from "./lib.ts";

export interface TLoadDocument {
  name: string;
  gemeente: string;
}

export interface TLoadOptions {
  documents: TLoadDocument[];
  editors: number;
  tokenFor: (gemeente: string, editor: number) => () => Promise<string>;
  /** Send a durability check after every edit (both servers get them; only ours answers). */
  checks: boolean;
  seed: number;
}

export interface TLoadResult {
  mode: ServerProcess["mode"];
  documents: number;
  editors: number;
  sockets: number;
  /** Seconds of editing (all windows together) and the number of windows. */
  seconds: number;
  windows: number;
  connectMs: number;
  editsSent: number;
  editsPerSecond: number;
  /** Edit → arrival at each other editor of the document. */
  propagation: TSummary;
  receiptsExpected: number;
  /** Edits missing from some editor's final text (counted per edit and editor). */
  lost: number;
  /** Ours: edit → `durable` answer whose state vector covers it. */
  durable: TSummary | null;
  durableUnanswered: number;
  /** Before any client connected. */
  rssIdleMb: number;
  rssAfterConnectMb: number;
  rssEndMb: number;
  peakRssMb: number;
  /** V8 heap in use at the end (the rest of RSS is code, WASM, buffers and free heap). */
  heapUsedMb: number;
  /** process.memoryUsage() of the server at the end, in MB (where RSS goes). */
  memoryMb: Record<string, number>;
  /** CPU seconds of the server during its windows (and their settling). */
  serverCpuS: number;
  /** Event-loop delay of the server in its worst window: p99 and max. */
  serverLagP99Ms: number;
  serverLagMaxMs: number;
  /** Event-loop delay of this (client) process during this server's windows. */
  clientLagP99Ms: number;
  disconnects: number;
  authFailures: number;
  loadAverages: string[];
}


const TOKEN = /\[(\d+)\.(\d+)\.(\d+)\]/g;

interface TEditor {
  client: TBenchClient;
  document: number;
  editor: number;
  seq: number;
  pending: { clock: number; at: number }[];
}

export class LoadSession {
  private readonly random: () => number;
  private readonly sockets: ReturnType<typeof createSocket>[] = [];
  private readonly editors: TEditor[] = [];
  private readonly propagation: number[] = [];
  private readonly durableSamples: number[] = [];
  private readonly sent: string[][];
  private readonly lag: IntervalHistogram = monitorEventLoopDelay({ resolution: 10 });
  private disconnects = 0;
  private measuring = false;
  private seconds = 0;
  private windows = 0;
  private cpuS = 0;
  private connectMs = 0;
  private rssIdleMb = 0;
  private rssAfterConnectMb = 0;
  private readonly loadAverages: string[] = [];

  private constructor(
    readonly server: ServerProcess,
    private readonly options: TLoadOptions,
  ) {
    this.random = prng(options.seed);
    this.sent = options.documents.map(() => []);
  }

  static async open(server: ServerProcess, options: TLoadOptions): Promise<LoadSession> {
    const session = new LoadSession(server, options);
    await session.connect();
    return session;
  }

  private async connect(): Promise<void> {
    const { options, server } = this;
    const byGemeente = new Map<string, number[]>();
    options.documents.forEach((document, index) => byGemeente.set(document.gemeente, [...(byGemeente.get(document.gemeente) ?? []), index]));
    this.rssIdleMb = server.memory().rssMb;
    const started = now();
    for (const [gemeente, indexes] of byGemeente) {
      for (let editor = 0; editor < options.editors; editor++) {
        const socket = createSocket(server.url);
        socket.on("disconnect", () => (this.disconnects += this.measuring ? 1 : 0));
        this.sockets.push(socket);
        for (const document of indexes) {
          const client = connectClient({ socket, name: options.documents[document]!.name, token: options.tokenFor(gemeente, editor) });
          const state: TEditor = { client, document, editor, seq: 0, pending: [] };
          client.doc.getText("text").observe((event) => {
            if (event.transaction.origin !== client.provider) return;
            const at = now();
            for (const op of event.delta) {
              if (typeof op.insert !== "string") continue;
              for (const match of op.insert.matchAll(TOKEN)) this.propagation.push(at - Number(match[3]) / 1000);
            }
          });
          if (options.checks) {
            client.onDurable = ({ stateVector }) => {
              const covered = stateVector.get(client.doc.clientID) ?? 0;
              const at = now();
              while (state.pending.length && state.pending[0]!.clock <= covered) this.durableSamples.push(at - state.pending.shift()!.at);
            };
          }
          this.editors.push(state);
        }
      }
    }
    await Promise.all(this.editors.map((state) => synced(state.client, 300_000)));
    this.connectMs = now() - started;
    await sleep(1000);
    this.rssAfterConnectMb = server.memory().rssMb;
  }

  private edit(state: TEditor): void {
    const text = state.client.doc.getText("text");
    const content = text.toString();
    // Insert between two earlier edits (every edit starts with "["), never inside one.
    const from = Math.floor(this.random() * (content.length + 1));
    const boundary = content.indexOf("[", from);
    const at = now();
    const token = `[${state.editor}.${state.seq++}.${Math.round(at * 1000)}]`;
    text.insert(boundary < 0 ? content.length : boundary, token);
    this.sent[state.document]!.push(`${state.editor}.${state.seq - 1}`);
    if (this.options.checks) {
      state.pending.push({ clock: Y.getState(state.client.doc.store, state.client.doc.clientID), at });
      state.client.sendCheck();
    }
  }

  private complete(): boolean {
    return this.editors.every((state) => (state.client.doc.getText("text").toString().match(/\[/g)?.length ?? 0) >= this.sent[state.document]!.length);
  }

  /** `seconds` of editing at 1 edit/s per editor, then (bounded) until everything arrived and was acknowledged. */
  async window(seconds: number): Promise<void> {
    this.loadAverages.push(loadAverage());
    const cpuBefore = this.server.cpuSeconds();
    this.measuring = true;
    this.lag.enable();
    await this.server.lagStart();
    const start = now() + 100;
    const end = start + seconds * 1000;
    await new Promise<void>((resolve) => {
      let running = this.editors.length;
      for (const state of this.editors) {
        const phase = this.random() * 1000;
        let n = 0;
        const next = () => {
          const due = start + phase + n * 1000;
          if (due >= end) {
            if (--running === 0) resolve();
            return;
          }
          setTimeout(
            () => {
              n++;
              this.edit(state);
              next();
            },
            Math.max(0, due - now()),
          );
        };
        next();
      }
    });
    const deadline = Date.now() + 30_000;
    while (!this.complete() && Date.now() < deadline) await sleep(50);
    if (this.options.checks && this.server.mode === "ours") {
      while (this.editors.some((state) => state.pending.length) && Date.now() < deadline + 30_000) await sleep(50);
    }
    this.lag.disable();
    await this.server.lagStop();
    this.measuring = false;
    this.cpuS += this.server.cpuSeconds() - cpuBefore;
    this.seconds += seconds;
    this.windows += 1;
  }

  /** Counts what every editor ends with, measures memory (documents still open), disconnects. */
  async close(): Promise<TLoadResult> {
    const memory = this.server.memory();
    const stats = await this.server.stats();
    let lost = 0;
    for (const state of this.editors) {
      const have = new Set<string>();
      for (const match of state.client.doc.getText("text").toString().matchAll(TOKEN)) have.add(`${match[1]}.${match[2]}`);
      for (const id of this.sent[state.document]!) if (!have.has(id)) lost++;
    }
    const ours = this.options.checks && this.server.mode === "ours";
    const durableUnanswered = ours ? this.editors.reduce((sum, state) => sum + state.pending.length, 0) : 0;
    const authFailures = this.editors.reduce((sum, state) => sum + state.client.failures.length, 0);
    for (const state of this.editors) state.client.destroy();
    for (const socket of this.sockets) socket.destroy();
    const editsSent = this.sent.reduce((sum, list) => sum + list.length, 0);
    return {
      mode: this.server.mode,
      documents: this.options.documents.length,
      editors: this.options.editors,
      sockets: this.sockets.length,
      seconds: this.seconds,
      windows: this.windows,
      connectMs: this.connectMs,
      editsSent,
      editsPerSecond: editsSent / this.seconds,
      propagation: summarize(this.propagation),
      receiptsExpected: editsSent * (this.options.editors - 1),
      lost,
      durable: ours ? summarize(this.durableSamples) : null,
      durableUnanswered,
      rssIdleMb: this.rssIdleMb,
      rssAfterConnectMb: this.rssAfterConnectMb,
      rssEndMb: memory.rssMb,
      peakRssMb: memory.hwmMb,
      heapUsedMb: stats.memory.heapUsed / 2 ** 20,
      memoryMb: Object.fromEntries(Object.entries(stats.memory).map(([key, value]) => [key, Math.round(value / 2 ** 20)])),
      serverCpuS: this.cpuS,
      serverLagP99Ms: stats.lagP99Ms,
      serverLagMaxMs: stats.lagMaxMs,
      clientLagP99Ms: this.lag.percentile(99) / 1e6,
      disconnects: this.disconnects,
      authFailures,
      loadAverages: this.loadAverages,
    };
  }
}
