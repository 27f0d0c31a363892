// Load: many documents, a few editors each, one edit per editor per second. Every edit
// carries its send time; the other editors of the document measure how long it took to
// reach them. Providers share sockets the way a browser's would: one socket per user
// (editor k of gemeente g), carrying all of that user's documents.
import { monitorEventLoopDelay } from "node:perf_hooks";
import * as Y from "yjs";
import { connectClient, createSocket, loadAverage, now, sleep, summarize, synced, type ServerProcess, type TBenchClient, type TSummary } from "./lib.ts";

export interface TLoadDocument {
  name: string;
  gemeente: string;
}

export interface TLoadOptions {
  documents: TLoadDocument[];
  editors: number;
  seconds: number;
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
  seconds: number;
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
  serverCpuS: number;
  /** Event-loop delay of this (client) process during the run. */
  clientLagP99Ms: number;
  disconnects: number;
  authFailures: number;
  loadBefore: string;
  loadAfter: string;
}

/** mulberry32: small, fast, seedable. */
function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TOKEN = /\[(\d+)\.(\d+)\.(\d+)\]/g;

interface TEditor {
  client: TBenchClient;
  document: number;
  editor: number;
  seq: number;
  pending: { clock: number; at: number }[];
}

export async function runLoad(server: ServerProcess, options: TLoadOptions): Promise<TLoadResult> {
  const random = prng(options.seed);
  const byGemeente = new Map<string, number[]>();
  options.documents.forEach((document, index) => byGemeente.set(document.gemeente, [...(byGemeente.get(document.gemeente) ?? []), index]));

  const sockets: ReturnType<typeof createSocket>[] = [];
  const editors: TEditor[] = [];
  const propagation: number[] = [];
  const durableSamples: number[] = [];
  const sent: string[][] = options.documents.map(() => []);
  let disconnects = 0;
  let measuring = true;

  const rssIdleMb = server.memory().rssMb;
  const connectStarted = now();
  for (const [gemeente, indexes] of byGemeente) {
    for (let editor = 0; editor < options.editors; editor++) {
      const socket = createSocket(server.url);
      socket.on("disconnect", () => (disconnects += measuring ? 1 : 0));
      sockets.push(socket);
      for (const document of indexes) {
        const client = connectClient({ socket, name: options.documents[document]!.name, token: options.tokenFor(gemeente, editor) });
        const state: TEditor = { client, document, editor, seq: 0, pending: [] };
        client.doc.getText("text").observe((event) => {
          if (event.transaction.origin !== client.provider) return;
          const at = now();
          for (const op of event.delta) {
            if (typeof op.insert !== "string") continue;
            for (const match of op.insert.matchAll(TOKEN)) propagation.push(at - Number(match[3]) / 1000);
          }
        });
        if (options.checks) {
          client.onDurable = ({ stateVector }) => {
            const covered = stateVector.get(client.doc.clientID) ?? 0;
            const at = now();
            while (state.pending.length && state.pending[0]!.clock <= covered) durableSamples.push(at - state.pending.shift()!.at);
          };
        }
        editors.push(state);
      }
    }
  }
  await Promise.all(editors.map((state) => synced(state.client, 300_000)));
  const connectMs = now() - connectStarted;
  const authFailures = editors.reduce((sum, state) => sum + state.client.failures.length, 0);
  await sleep(1000);
  const rssAfterConnectMb = server.memory().rssMb;

  const edit = (state: TEditor) => {
    const text = state.client.doc.getText("text");
    const content = text.toString();
    // Insert between two earlier edits (every edit starts with "["), never inside one.
    const from = Math.floor(random() * (content.length + 1));
    const boundary = content.indexOf("[", from);
    const at = now();
    const token = `[${state.editor}.${state.seq++}.${Math.round(at * 1000)}]`;
    text.insert(boundary < 0 ? content.length : boundary, token);
    sent[state.document]!.push(`${state.editor}.${state.seq - 1}`);
    if (options.checks) {
      state.pending.push({ clock: Y.getState(state.client.doc.store, state.client.doc.clientID), at });
      state.client.sendCheck();
    }
  };

  const loadBefore = loadAverage();
  const cpuBefore = server.cpuSeconds();
  const lag = monitorEventLoopDelay({ resolution: 10 });
  lag.enable();
  const start = now() + 200;
  const end = start + options.seconds * 1000;
  const timers = new Set<NodeJS.Timeout>();
  await new Promise<void>((resolve) => {
    let running = editors.length;
    for (const state of editors) {
      const phase = random() * 1000;
      let n = 0;
      const next = () => {
        const due = start + phase + n * 1000;
        if (due >= end) {
          if (--running === 0) resolve();
          return;
        }
        const timer = setTimeout(() => {
          timers.delete(timer);
          n++;
          edit(state);
          next();
        }, Math.max(0, due - now()));
        timers.add(timer);
      };
      next();
    }
  });
  const editsSent = sent.reduce((sum, list) => sum + list.length, 0);
  const receiptsExpected = editsSent * (options.editors - 1);

  // Let everything arrive (bounded), then count what every editor ends with.
  const complete = () => editors.every((state) => (state.client.doc.getText("text").toString().match(/\[/g)?.length ?? 0) >= sent[state.document]!.length);
  const settleDeadline = Date.now() + 30_000;
  while (!complete() && Date.now() < settleDeadline) await sleep(100);
  if (options.checks) {
    while (editors.some((state) => state.pending.length) && Date.now() < settleDeadline + 30_000) await sleep(100);
  }
  lag.disable();
  measuring = false;
  const serverCpuS = server.cpuSeconds() - cpuBefore;
  const loadAfter = loadAverage();
  const memory = server.memory();

  let lost = 0;
  for (const state of editors) {
    const have = new Set<string>();
    for (const match of state.client.doc.getText("text").toString().matchAll(TOKEN)) have.add(`${match[1]}.${match[2]}`);
    for (const id of sent[state.document]!) if (!have.has(id)) lost++;
  }
  for (const timer of timers) clearTimeout(timer);
  for (const state of editors) state.client.destroy();
  for (const socket of sockets) socket.destroy();

  return {
    mode: server.mode,
    documents: options.documents.length,
    editors: options.editors,
    sockets: sockets.length,
    seconds: options.seconds,
    connectMs,
    editsSent,
    editsPerSecond: editsSent / options.seconds,
    propagation: summarize(propagation),
    receiptsExpected,
    lost,
    durable: options.checks && server.mode === "ours" ? summarize(durableSamples) : null,
    durableUnanswered: options.checks && server.mode === "ours" ? editors.reduce((sum, state) => sum + state.pending.length, 0) : 0,
    rssIdleMb,
    rssAfterConnectMb,
    rssEndMb: memory.rssMb,
    peakRssMb: memory.hwmMb,
    serverCpuS,
    clientLagP99Ms: lag.percentile(99) / 1e6,
    disconnects,
    authFailures,
    loadBefore,
    loadAfter,
  };
}
