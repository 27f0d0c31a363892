// Load: many documents, a few editors each, one edit per editor per second. Every edit
// carries its send time; the other editors of the document measure how long it took to
// reach them. Providers share sockets the way a browser's would: one socket per user
// (editor k of gemeente g), carrying all of that user's documents.
//
// The clients run in worker threads, one per editor seat (load-clients.ts), each with a heap
// of its own: the runner's garbage collection must not be what the figure measures.
// Both servers are connected at the same time and take turns (windows, ABBA order), so
// that background load on the machine hits both alike; samples of all windows are pooled.
import { setFlagsFromString } from "node:v8";
import { Worker } from "node:worker_threads";
import { loadAverage, postgresCpuSecondsBetween, postgresCpuTicks, sleep, summarize, type ServerProcess, type TSummary } from "./lib.ts";
import { monotonicMs, type TSeatCommand, type TSeatOptions, type TSeatReport } from "./load-clients.ts";

// The seats' heaps (V8 flags are per process; set before any seat starts): V8's memory reducer
// shrank an idle seat's heap while the other server had its window, and the seat then regrew
// it with a run of full collections in the first seconds of its own window, on the two cores
// the server under test needs (docs/benchmarks.md). Browsers on other machines would not.
setFlagsFromString("--no-memory-reducer");

export interface TLoadDocument {
  name: string;
  gemeente: string;
}

export interface TLoadOptions {
  documents: TLoadDocument[];
  editors: number;
  /** User id of editor k of a gemeente: `users.get("<gemeente>/<k>")`; tokens are minted with tokenSecret. */
  users: ReadonlyMap<string, string>;
  tokenSecret: string;
  /**
   * Measure edit → acknowledgement, which ours sends once the edit is committed (the save
   * indicator's "Opgeslagen"). Ours only: the bare peer answers no durability check.
   */
  durable: boolean;
  /**
   * The editors open their documents one after another over this many milliseconds, the way
   * people arrive, not all in one go. Each provider renews its awareness 15 s after its
   * previous renewal, counted from its creation: created together, all 900 renew in the same
   * instant every 15 s, a burst of awareness work no group of real users produces, and that
   * burst (not the edits) then decides p99 of both servers (docs/benchmarks.md).
   */
  arrivalMs: number;
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
  /** Propagation p99 of each window, in order. */
  windowP99Ms: number[];
  /** Propagation p99 of the warm-up (not in the figures above), or null without one. */
  warmUpP99Ms: number | null;
  receiptsExpected: number;
  /** Edits missing from some editor's final text (counted per edit and editor). */
  lost: number;
  /** Ours: edit → its acknowledgement (sent once committed), after one check per editor vouched. */
  durable: TSummary | null;
  durableUnacknowledged: number;
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
  /** CPU seconds of PostgreSQL's processes during the windows. */
  postgresCpuS: number;
  /** Write system calls of the server during its windows (about one per frame sent). */
  serverWrites: number;
  /** Event-loop delay of the server in its worst window: p99 and max. */
  serverLagP99Ms: number;
  serverLagMaxMs: number;
  /** Event-loop delay of the client seats (worker threads) in their worst window: p99 and max. */
  clientLagP99Ms: number;
  clientLagMaxMs: number;
  /** Garbage-collection pauses of the client seats during this server's windows (all seats). */
  clientGc: { count: number; totalMs: number; maxMs: number };
  disconnects: number;
  authFailures: number;
  loadAverages: string[];
}

/** One editor seat's worker thread, asked and answered by request id; a seat that dies fails its requests. */
class SeatWorker {
  private nextId = 1;
  private readonly waiting = new Map<number, { resolve: (answer: unknown) => void; reject: (error: Error) => void }>();
  readonly connected: Promise<void>;

  constructor(private readonly worker: Worker) {
    this.connected = new Promise((resolve, reject) => {
      worker.on("message", (message: { type?: string; id?: number; message?: string }) => {
        if (message.type === "connected") resolve();
        else if (message.type === "failed") reject(new Error(message.message));
        else if (message.id !== undefined) {
          this.waiting.get(message.id)?.resolve(message);
          this.waiting.delete(message.id);
        }
      });
      worker.once("error", (error) => {
        reject(error);
        for (const { reject: fail } of this.waiting.values()) fail(error);
        this.waiting.clear();
      });
    });
  }

  static start(options: TSeatOptions): SeatWorker {
    return new SeatWorker(new Worker(new URL("./load-clients.ts", import.meta.url), { workerData: options }));
  }

  ask<T>(command: TSeatCommand): Promise<T> {
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      this.waiting.set(id, { resolve: resolve as (answer: unknown) => void, reject });
      this.worker.postMessage({ ...command, id });
    });
  }

  async stop(): Promise<void> {
    await this.worker.terminate();
  }
}

export class LoadSession {
  private seats: SeatWorker[] = [];
  /** Edits sent so far, per document and seat. */
  private sentCounts: number[][];
  private seconds = 0;
  private windows = 0;
  private cpuS = 0;
  private postgresCpuS = 0;
  private writes = 0;
  private connectMs = 0;
  private rssIdleMb = 0;
  private rssAfterConnectMb = 0;
  private readonly loadAverages: string[] = [];
  private readonly windowP99Ms: number[] = [];
  private warmUpP99Ms: number | null = null;
  /** Edits sent in measured windows (the warm-up's are in sentCounts, for the lost-edit count, but not here). */
  private measuredEdits = 0;
  /** Propagation samples of all windows (the seats hand each sample over once). */
  private readonly propagation: number[] = [];

  private constructor(
    readonly server: ServerProcess,
    private readonly options: TLoadOptions,
  ) {
    this.sentCounts = options.documents.map(() => Array.from({ length: options.editors }, () => 0));
  }

  static async open(server: ServerProcess, options: TLoadOptions): Promise<LoadSession> {
    const session = new LoadSession(server, options);
    await session.connect();
    return session;
  }

  private async connect(): Promise<void> {
    const { options, server } = this;
    this.rssIdleMb = server.memory().rssMb;
    const started = monotonicMs();
    for (let seat = 0; seat < options.editors; seat++) {
      const userIds: Record<string, string> = {};
      for (const { gemeente } of options.documents) {
        const userId = options.users.get(`${gemeente}/${seat}`);
        if (!userId) throw new Error(`no user ${gemeente}/${seat}`);
        userIds[gemeente] = userId;
      }
      this.seats.push(
        SeatWorker.start({ url: server.url, documents: options.documents, seat, editors: options.editors, userIds, tokenSecret: options.tokenSecret, durable: this.measuresDurable, seed: options.seed, arrivalMs: options.arrivalMs }),
      );
    }
    await Promise.all(this.seats.map((seat) => seat.connected));
    this.connectMs = monotonicMs() - started;
    await sleep(1000);
    this.rssAfterConnectMb = server.memory().rssMb;
  }

  /** Unmeasured: the same load as a window, of which only the propagation p99 is kept (apart). */
  async warmUp(seconds: number): Promise<void> {
    this.warmUpP99Ms = summarize(await this.edit(seconds, false)).p99;
  }

  /** A measured window: its samples, edits, server CPU, PostgreSQL's CPU and writes count. */
  async window(seconds: number): Promise<void> {
    this.loadAverages.push(loadAverage());
    const editsBefore = this.editsSoFar();
    const cpuBefore = this.server.cpuSeconds();
    const postgresBefore = postgresCpuTicks();
    const writesBefore = this.server.writeSyscalls();
    await this.server.lagStart();
    const samples = await this.edit(seconds, true);
    await this.server.lagStop();
    this.windowP99Ms.push(summarize(samples).p99);
    for (const sample of samples) this.propagation.push(sample);
    this.measuredEdits += this.editsSoFar() - editsBefore;
    this.cpuS += this.server.cpuSeconds() - cpuBefore;
    this.postgresCpuS += postgresCpuSecondsBetween(postgresBefore, postgresCpuTicks());
    this.writes += this.server.writeSyscalls() - writesBefore;
    this.seconds += seconds;
    this.windows += 1;
  }

  /**
   * `seconds` of editing at 1 edit/s per editor, then (bounded) until everything arrived and
   * was acknowledged; returns the propagation samples.
   */
  private async edit(seconds: number, measured: boolean): Promise<number[]> {
    const start = monotonicMs() + 100;
    const counts = await Promise.all(this.seats.map((seat) => seat.ask<{ counts: number[] }>({ type: "window", start, end: start + seconds * 1000, measured })));
    counts.forEach(({ counts: perDocument }, seat) => perDocument.forEach((count, document) => (this.sentCounts[document]![seat] = count)));
    const expected = this.sentCounts.map((perSeat) => perSeat.reduce((sum, count) => sum + count, 0));
    const settled = await Promise.all(this.seats.map((seat) => seat.ask<{ propagation: Float64Array }>({ type: "settle", expected, deadline: Date.now() + 30_000, durable: this.measuresDurable })));
    return settled.flatMap(({ propagation }) => [...propagation]);
  }

  private get measuresDurable(): boolean {
    return this.options.durable && this.server.mode === "ours";
  }

  private editsSoFar(): number {
    return this.sentCounts.flat().reduce((total, count) => total + count, 0);
  }

  /** Counts what every editor ends with, measures memory (documents still open), disconnects. */
  async close(): Promise<TLoadResult> {
    const memory = this.server.memory();
    const stats = await this.server.stats();
    const reports = await Promise.all(this.seats.map((seat) => seat.ask<{ report: TSeatReport }>({ type: "close", sentCounts: this.sentCounts })));
    await Promise.all(this.seats.map((seat) => seat.stop()));
    const seats = reports.map(({ report }) => report);
    const sum = (pick: (report: TSeatReport) => number) => seats.reduce((total, report) => total + pick(report), 0);
    const ours = this.measuresDurable;
    const editsSent = this.measuredEdits;
    return {
      mode: this.server.mode,
      documents: this.options.documents.length,
      editors: this.options.editors,
      sockets: new Set(this.options.documents.map((document) => document.gemeente)).size * this.options.editors,
      seconds: this.seconds,
      windows: this.windows,
      connectMs: this.connectMs,
      editsSent,
      editsPerSecond: editsSent / this.seconds,
      propagation: summarize(this.propagation),
      windowP99Ms: this.windowP99Ms,
      warmUpP99Ms: this.warmUpP99Ms,
      receiptsExpected: editsSent * (this.options.editors - 1),
      lost: sum((report) => report.lost),
      durable: ours ? summarize(seats.flatMap((report) => [...report.durable])) : null,
      durableUnacknowledged: ours ? sum((report) => report.durableUnacknowledged) : 0,
      rssIdleMb: this.rssIdleMb,
      rssAfterConnectMb: this.rssAfterConnectMb,
      rssEndMb: memory.rssMb,
      peakRssMb: memory.hwmMb,
      heapUsedMb: stats.memory.heapUsed / 2 ** 20,
      memoryMb: Object.fromEntries(Object.entries(stats.memory).map(([key, value]) => [key, Math.round(value / 2 ** 20)])),
      serverCpuS: this.cpuS,
      postgresCpuS: this.postgresCpuS,
      serverWrites: this.writes,
      serverLagP99Ms: stats.lagP99Ms,
      serverLagMaxMs: stats.lagMaxMs,
      clientLagP99Ms: Math.max(...seats.map((report) => report.lagP99Ms)),
      clientLagMaxMs: Math.max(...seats.map((report) => report.lagMaxMs)),
      clientGc: { count: sum((report) => report.gc.count), totalMs: sum((report) => report.gc.totalMs), maxMs: Math.max(...seats.map((report) => report.gc.maxMs)) },
      disconnects: sum((report) => report.disconnects),
      authFailures: sum((report) => report.authFailures),
      loadAverages: this.loadAverages,
    };
  }
}
