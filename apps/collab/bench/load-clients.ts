// One editor seat of the load (load.ts), in a worker thread of its own: editor k of every
// document, one socket per user (gemeente, k) carrying that user's documents, as a browser
// would. Each seat has its own V8 heap, so a garbage collection of one seat delays only the
// arrivals it measures, and is as short as a third of the clients make it: with all 1,800
// clients in one heap, the runner's own pauses (100–400 ms of marking) decided p99 of both
// servers (docs/benchmarks.md).
//
// Times are process-wide monotonic milliseconds (process.hrtime), comparable across threads:
// an edit carries its send time, and the seat that receives it measures the difference.
import { monitorEventLoopDelay, PerformanceObserver } from "node:perf_hooks";
import { parentPort, workerData } from "node:worker_threads";
import { mintCollabToken } from "@trendweb/auth/collab-token";
import { prng } from "../src/testing/prng.ts";
import { connectClient, createSocket, durable, sleep, synced, type TBenchClient } from "./lib.ts";
import type { TLoadDocument } from "./load.ts";

export interface TSeatOptions {
  url: string;
  documents: TLoadDocument[];
  /** This seat's editor index (0 … editors-1). */
  seat: number;
  editors: number;
  /** User id of editor `seat` per gemeente slug. */
  userIds: Record<string, string>;
  tokenSecret: string;
  /**
   * Measure edit → acknowledgement (ours acknowledges an update once it is committed) after
   * one durability check per editor, as the browser's save indicator does.
   */
  durable: boolean;
  seed: number;
  arrivalMs: number;
}

export type TSeatCommand =
  | { type: "window"; start: number; end: number; measured: boolean }
  | { type: "settle"; expected: number[]; deadline: number; durable: boolean }
  | { type: "close"; sentCounts: number[][] };
type TSeatRequest = TSeatCommand & { id: number };

export interface TSeatReport {
  durable: Float64Array;
  durableUnacknowledged: number;
  lost: number;
  lagP99Ms: number;
  lagMaxMs: number;
  gc: { count: number; totalMs: number; maxMs: number };
  disconnects: number;
  authFailures: number;
}

export const monotonicMs = (): number => Number(process.hrtime.bigint()) / 1e6;

const TOKEN = /\[(\d+)\.(\d+)\.(\d+)\]/g;

interface TSeatEditor {
  client: TBenchClient;
  document: number;
  seq: number;
  /** Send times of edits not yet acknowledged, oldest first (acknowledgements come in order). */
  pending: number[];
}

class Seat {
  private readonly random: () => number;
  private readonly sockets: ReturnType<typeof createSocket>[] = [];
  private readonly editors: TSeatEditor[] = [];
  /** Propagation samples since the last settle (handed over there, once). */
  private propagation: number[] = [];
  private readonly durable: number[] = [];
  /** Event-loop delay: always sampling, reset per window (see server-child.ts). */
  private readonly lag = monitorEventLoopDelay({ resolution: 1 });
  private readonly worstLag = { p99Ms: 0, maxMs: 0 };
  private readonly gc = { count: 0, totalMs: 0, maxMs: 0 };
  /** In a measured window (not the warm-up): GC pauses, event-loop delay and disconnects count. */
  private measuring = false;
  /** Durability samples before the current window (a warm-up's are dropped at its settle). */
  private durableBefore = 0;
  private disconnects = 0;

  constructor(private readonly options: TSeatOptions) {
    this.random = prng(options.seed * 31 + options.seat);
    this.lag.enable();
    new PerformanceObserver((list) => {
      if (!this.measuring) return;
      for (const entry of list.getEntries()) {
        this.gc.count += 1;
        this.gc.totalMs += entry.duration;
        this.gc.maxMs = Math.max(this.gc.maxMs, entry.duration);
      }
    }).observe({ entryTypes: ["gc"] });
  }

  /** Opens every document of this seat, spread over arrivalMs (interleaved with the other seats). */
  async connect(): Promise<void> {
    const { options } = this;
    const byGemeente = new Map<string, number[]>();
    options.documents.forEach((document, index) => byGemeente.set(document.gemeente, [...(byGemeente.get(document.gemeente) ?? []), index]));
    const started = monotonicMs();
    let arrived = 0;
    for (const [gemeente, indexes] of byGemeente) {
      const userId = options.userIds[gemeente];
      if (!userId) throw new Error(`no user for ${gemeente}/${options.seat}`);
      const socket = createSocket(options.url);
      socket.on("disconnect", () => (this.disconnects += this.measuring ? 1 : 0));
      this.sockets.push(socket);
      for (const document of indexes) {
        const due = started + ((arrived++ * options.editors + options.seat) / (options.documents.length * options.editors)) * options.arrivalMs;
        if (due > monotonicMs()) await sleep(due - monotonicMs());
        const client = connectClient({ socket, name: options.documents[document]!.name, token: async () => (await mintCollabToken(options.tokenSecret, userId)).token });
        this.editors.push(this.track(client, document));
      }
    }
    await Promise.all(this.editors.map((editor) => synced(editor.client, 300_000)));
    // The browser asks once after its sync; once answered, acknowledgements tell what is saved.
    if (options.durable) await Promise.all(this.editors.map((editor) => durable(editor.client, 300_000)));
  }

  private track(client: TBenchClient, document: number): TSeatEditor {
    const editor: TSeatEditor = { client, document, seq: 0, pending: [] };
    // The update event, not a text observer: reading `event.delta` runs a transaction of its
    // own per arrival, garbage this seat's collector would have to clear in the middle of
    // measuring. The tokens are ASCII and travel verbatim in the update.
    client.doc.on("update", (update: Uint8Array, origin: unknown) => {
      if (origin !== client.provider) return;
      const at = monotonicMs();
      const text = Buffer.from(update.buffer, update.byteOffset, update.byteLength).toString("latin1");
      for (const match of text.matchAll(TOKEN)) this.propagation.push(at - Number(match[3]) / 1000);
    });
    if (this.options.durable) {
      client.onAcknowledged = () => {
        const sentAt = editor.pending.shift();
        if (sentAt !== undefined) this.durable.push(monotonicMs() - sentAt);
      };
    }
    return editor;
  }

  private edit(editor: TSeatEditor): void {
    const text = editor.client.doc.getText("text");
    const content = text.toString();
    // Insert between two earlier edits (every edit starts with "["), never inside one.
    const from = Math.floor(this.random() * (content.length + 1));
    const boundary = content.indexOf("[", from);
    const at = monotonicMs();
    if (this.options.durable) editor.pending.push(at);
    text.insert(boundary < 0 ? content.length : boundary, `[${this.options.seat}.${editor.seq++}.${Math.round(at * 1000)}]`);
  }

  /** One edit per editor per second from `start` until `end`, each editor at its own phase; resolves with this seat's edits so far per document. */
  async window(start: number, end: number, measured: boolean): Promise<number[]> {
    this.lag.reset();
    this.measuring = measured;
    this.durableBefore = this.durable.length;
    await new Promise<void>((resolve) => {
      let running = this.editors.length;
      for (const editor of this.editors) {
        const phase = this.random() * 1000;
        let n = 0;
        const next = () => {
          const due = start + phase + n * 1000;
          if (due >= end) {
            if (--running === 0) resolve();
            return;
          }
          setTimeout(() => {
            n++;
            this.edit(editor);
            next();
          }, Math.max(0, due - monotonicMs()));
        };
        next();
      }
    });
    const counts = this.options.documents.map(() => 0);
    for (const editor of this.editors) counts[editor.document] = editor.seq;
    return counts;
  }

  /**
   * Waits (bounded) until every document holds `expected` edits and, with durable, every
   * edit is acknowledged; hands over the propagation samples measured since the last settle.
   */
  async settle(expected: number[], deadline: number, durable: boolean): Promise<Float64Array> {
    const complete = () => this.editors.every((editor) => (editor.client.doc.getText("text").toString().match(/\[/g)?.length ?? 0) >= expected[editor.document]!);
    while (!complete() && Date.now() < deadline) await sleep(50);
    if (durable) while (this.editors.some((editor) => editor.pending.length) && Date.now() < deadline + 30_000) await sleep(50);
    if (this.measuring) {
      this.worstLag.p99Ms = Math.max(this.worstLag.p99Ms, this.lag.percentile(99) / 1e6);
      this.worstLag.maxMs = Math.max(this.worstLag.maxMs, this.lag.max / 1e6);
    } else {
      this.durable.length = this.durableBefore;
    }
    this.measuring = false;
    const samples = Float64Array.from(this.propagation);
    this.propagation = [];
    return samples;
  }

  /** Counts edits missing at this seat (`sentCounts[document][editor]`), then disconnects. */
  close(sentCounts: number[][]): TSeatReport {
    let lost = 0;
    for (const editor of this.editors) {
      const have = new Set<string>();
      for (const match of editor.client.doc.getText("text").toString().matchAll(TOKEN)) have.add(`${match[1]}.${match[2]}`);
      sentCounts[editor.document]!.forEach((count, seat) => {
        for (let seq = 0; seq < count; seq++) if (!have.has(`${seat}.${seq}`)) lost++;
      });
    }
    const report: TSeatReport = {
      durable: Float64Array.from(this.durable),
      durableUnacknowledged: this.editors.reduce((sum, editor) => sum + editor.pending.length, 0),
      lost,
      lagP99Ms: this.worstLag.p99Ms,
      lagMaxMs: this.worstLag.maxMs,
      gc: this.gc,
      disconnects: this.disconnects,
      authFailures: this.editors.reduce((sum, editor) => sum + editor.client.failures.length, 0),
    };
    for (const editor of this.editors) editor.client.destroy();
    for (const socket of this.sockets) socket.destroy();
    return report;
  }
}

if (parentPort) {
  const port = parentPort;
  const seat = new Seat(workerData as TSeatOptions);
  seat.connect().then(
    () => port.postMessage({ type: "connected" }),
    (error: unknown) => port.postMessage({ type: "failed", message: error instanceof Error ? (error.stack ?? error.message) : String(error) }),
  );
  port.on("message", (request: TSeatRequest) => {
    void (async () => {
      if (request.type === "window") port.postMessage({ id: request.id, counts: await seat.window(request.start, request.end, request.measured) });
      else if (request.type === "settle") {
        const propagation = await seat.settle(request.expected, request.deadline, request.durable);
        port.postMessage({ id: request.id, propagation });
      } else {
        const report = seat.close(request.sentCounts);
        port.postMessage({ id: request.id, report });
      }
    })();
  });
}
