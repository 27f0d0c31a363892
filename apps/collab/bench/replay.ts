// Trace replays through a server: automerge-paper (one author, one update message per edit)
// and clownschool (three authors, concurrent, one client each, respecting `parents`).
import type { PrismaClient } from "@trendweb/db/node";
import * as Y from "yjs";
import { allApplied, connectClient, covers, createSocket, durable, loadAverage, now, synced, tick, type ServerProcess, type TBenchClient } from "./lib.ts";
import { loadFromDatabase } from "../src/testing/load-from-database.ts";
import { applyPatches, type TConcurrentTrace, type TSequentialTrace } from "./traces.ts";

export const TEXT_NAME = "text";

export interface TChecks {
  /** Final text in every client equals endContent. */
  clients: boolean;
  /** A fresh client of the server (what the server holds in memory) sees endContent. */
  server: boolean;
  /** Ours only: state + tail read straight from PostgreSQL equals endContent. */
  database: boolean | null;
  problems: string[];
}

export interface TReplayResult {
  mode: ServerProcess["mode"];
  /** Ours: CollabUpdate rows not yet compacted when the last update was durable. */
  tailRows: number | null;
  edits: number;
  /** Client-side Yjs work to produce all updates (included in the times below). */
  generateMs: number;
  /** Until the server acknowledged applying the last update (SyncStatus). */
  appliedMs: number;
  /** Ours: until the `durable` answer covering the last update (everything in PostgreSQL). */
  durableMs: number | null;
  /** The time that counts: durable for ours, applied for the peer. */
  totalMs: number;
  serverCpuS: number;
  serverPeakRssMb: number;
  loadBefore: string;
  loadAfter: string;
  checks: TChecks;
}

/**
 * The text as PostgreSQL holds it (state + tail, read in one snapshot: a compaction committing
 * between two separate reads would hide the rows it merged), the way the server loads it.
 */
export async function textInDatabase(db: PrismaClient, name: string): Promise<string> {
  const doc = await loadFromDatabase(db, name);
  const text = doc.getText(TEXT_NAME).toString();
  doc.destroy();
  return text;
}

/** What a fresh client gets from the server. */
export async function textOnServer(server: ServerProcess, name: string, token: () => Promise<string>): Promise<string> {
  const socket = createSocket(server.url);
  const reader = connectClient({ socket, name, token });
  try {
    await synced(reader, 120_000);
    return reader.doc.getText(TEXT_NAME).toString();
  } finally {
    reader.destroy();
    socket.destroy();
  }
}

function describeMismatch(what: string, actual: string, expected: string): string {
  let at = 0;
  while (at < actual.length && actual[at] === expected[at]) at++;
  return `${what}: ${actual.length} characters instead of ${expected.length}, first difference at ${at}`;
}

export async function replayAutomergePaper(
  server: ServerProcess,
  options: { name: string; token: () => Promise<string>; trace: TSequentialTrace; db: PrismaClient | null; chunk?: number },
): Promise<TReplayResult> {
  const { trace, name } = options;
  const socket = createSocket(server.url);
  const writer = connectClient({ socket, name, token: options.token });
  const problems: string[] = [];
  try {
    await synced(writer);
    const text = writer.doc.getText(TEXT_NAME);
    if (trace.startContent) text.insert(0, trace.startContent);
    const loadBefore = loadAverage();
    const cpuBefore = server.cpuSeconds();
    const chunk = options.chunk ?? 1000;
    const started = now();
    for (let i = 0; i < trace.txns.length; i++) {
      // One transaction per edit: one update message each.
      writer.doc.transact(() => applyPatches(text, trace.txns[i]!.patches));
      // Let the socket write (and the acks come in) between chunks, as a fast typist would.
      if (i % chunk === chunk - 1) await tick();
    }
    const generateMs = now() - started;
    // Sent after the last update on the same connection, so it is handled after all of them.
    const durableAnswer = server.mode === "ours" ? durable(writer, 900_000) : null;
    await allApplied(writer, 900_000);
    const appliedMs = now() - started;
    let durableMs: number | null = null;
    if (durableAnswer) {
      const committed = await durableAnswer;
      durableMs = now() - started;
      if (!covers(committed, writer.doc)) problems.push("the durable answer does not cover the client's state");
    }
    const serverCpuS = server.cpuSeconds() - cpuBefore;
    const loadAfter = loadAverage();

    const clientText = text.toString();
    if (clientText !== trace.endContent) problems.push(describeMismatch("client", clientText, trace.endContent));
    let database: boolean | null = null;
    let tailRows: number | null = null;
    if (options.db) {
      tailRows = await options.db.collabUpdate.count({ where: { documentName: name } });
      const stored = await textInDatabase(options.db, name);
      database = stored === trace.endContent;
      if (!database) problems.push(describeMismatch("PostgreSQL", stored, trace.endContent));
    }
    const serverText = await textOnServer(server, name, options.token);
    if (serverText !== trace.endContent) problems.push(describeMismatch("server", serverText, trace.endContent));
    return {
      mode: server.mode,
      tailRows,
      edits: trace.txns.length,
      generateMs,
      appliedMs,
      durableMs,
      totalMs: durableMs ?? appliedMs,
      serverCpuS,
      serverPeakRssMb: server.memory().hwmMb,
      loadBefore,
      loadAfter,
      checks: { clients: clientText === trace.endContent, server: serverText === trace.endContent, database, problems },
    };
  } finally {
    writer.destroy();
    socket.destroy();
  }
}

// ------------------------------------------------------------------ clownschool

export interface TConcurrentResult {
  mode: ServerProcess["mode"];
  txns: number;
  agents: number;
  /** From the first transaction until every client has merged everything. */
  convergeMs: number;
  /** Ours: until every client's durable answer covers its state. */
  durableMs: number | null;
  /** How often an agent had to wait for a parent to arrive through the server. */
  waits: number;
  serverCpuS: number;
  loadBefore: string;
  loadAfter: string;
  checks: TChecks;
}

const REMOTE = Symbol("remote");

/**
 * One author of a concurrent trace. Its transactions' positions are relative to exactly the
 * version named by `parents`, so the author works in its own document `work` that merges
 * only what the next transaction was typed against; everything that arrives from the server
 * is kept (per author, in arrival order) in the provider's document `transport` until then.
 * Each transaction also sets a marker in a map, so that every update carries a struct of its
 * author (a deletion-only update would otherwise say nothing about who sent it).
 */
class Author {
  readonly work = new Y.Doc();
  readonly transport = new Y.Doc();
  readonly client: TBenchClient;
  /** Per author: updates received from the server, and how many of them `work` has merged. */
  readonly received: Uint8Array[][];
  readonly merged: number[];
  waits = 0;
  error: string | null = null;
  private wake: (() => void) | null = null;

  constructor(
    readonly agent: number,
    agents: number,
    socket: ReturnType<typeof createSocket>,
    name: string,
    token: () => Promise<string>,
    private readonly authorOfClient: Map<number, number>,
  ) {
    this.received = Array.from({ length: agents }, () => []);
    this.merged = new Array<number>(agents).fill(0);
    authorOfClient.set(this.work.clientID, agent);
    this.work.on("update", (update: Uint8Array, origin: unknown) => {
      if (origin !== REMOTE) Y.applyUpdate(this.transport, update, "local");
    });
    this.client = connectClient({ socket, name, token, doc: this.transport });
    this.transport.on("update", (update: Uint8Array, origin: unknown) => {
      if (origin !== this.client.provider) return;
      const clients = [...Y.parseUpdateMeta(update).to.keys()];
      const known = clients.map((client) => this.authorOfClient.get(client));
      const first = known[0];
      if (first !== undefined && known.every((author) => author === first)) {
        this.received[first]!.push(update);
      } else if (known.every((author) => author === undefined)) {
        // The server's seed (ours: one empty paragraph) belongs to every version.
        Y.applyUpdate(this.work, update, REMOTE);
      } else {
        // A broadcast that merged several authors' updates cannot be split up again.
        this.error ??= `update from several authors at once (clients ${clients.join(", ")})`;
      }
      this.wake?.();
    });
  }

  /**
   * Merges, for every other author, their first `need[author]` transactions, in the trace's
   * order (a causal order: nothing is ever applied before what it depends on, so Yjs never
   * holds pending structs), waiting for transactions that have not arrived yet.
   */
  async mergeVersion(need: ArrayLike<number>, txnsOf: number[][], deadline: number): Promise<void> {
    for (;;) {
      let next = -1;
      for (let other = 0; other < need.length; other++) {
        if (other === this.agent || this.merged[other]! >= need[other]!) continue;
        if (next < 0 || txnsOf[other]![this.merged[other]!]! < txnsOf[next]![this.merged[next]!]!) next = other;
      }
      if (next < 0) return;
      const queue = this.received[next]!;
      if (queue.length > this.merged[next]!) {
        Y.applyUpdate(this.work, queue[this.merged[next]!]!, REMOTE);
        this.merged[next]! += 1;
        continue;
      }
      this.waits += 1;
      if (this.error) throw new Error(this.error);
      if (Date.now() > deadline) throw new Error(`author ${this.agent} waited too long for author ${next}'s transaction ${this.merged[next]! + 1}`);
      await new Promise<void>((resolve) => {
        this.wake = resolve;
        setTimeout(resolve, 1000);
      });
      this.wake = null;
    }
  }

  destroy(): void {
    this.client.destroy();
  }
}

export async function replayConcurrent(
  server: ServerProcess,
  options: { name: string; tokens: (() => Promise<string>)[]; trace: TConcurrentTrace; db: PrismaClient | null; timeoutMs?: number },
): Promise<TConcurrentResult> {
  const { trace, name } = options;
  const agents = trace.numAgents;
  // Per transaction: its author's ordinal, and per author how many of their transactions
  // its version (the merge of its parents' histories) contains.
  const ordinal: number[] = [];
  const counts = new Array<number>(agents).fill(0);
  const txnsOf: number[][] = Array.from({ length: agents }, () => []);
  const versions: Int32Array[] = [];
  for (const txn of trace.txns) {
    const version = new Int32Array(agents);
    for (const parent of txn.parents) {
      const parentVersion = versions[parent]!;
      for (let agent = 0; agent < agents; agent++) version[agent] = Math.max(version[agent]!, parentVersion[agent]!);
      const parentAuthor = trace.txns[parent]!.agent;
      version[parentAuthor] = Math.max(version[parentAuthor]!, ordinal[parent]! + 1);
    }
    versions.push(version);
    ordinal.push(counts[txn.agent]!);
    counts[txn.agent]! += 1;
    txnsOf[txn.agent]!.push(versions.length - 1);
  }

  const authorOfClient = new Map<number, number>();
  const sockets = Array.from({ length: agents }, () => createSocket(server.url));
  const authors = Array.from({ length: agents }, (_, agent) => new Author(agent, agents, sockets[agent]!, name, options.tokens[agent % options.tokens.length]!, authorOfClient));
  const problems: string[] = [];
  try {
    await Promise.all(authors.map((author) => synced(author.client)));
    const loadBefore = loadAverage();
    const cpuBefore = server.cpuSeconds();
    const deadline = Date.now() + (options.timeoutMs ?? 600_000);
    const started = now();
    await Promise.all(
      authors.map(async (author) => {
        const text = author.work.getText(TEXT_NAME);
        const marker = author.work.getMap("replay");
        let sinceYield = 0;
        for (let i = 0; i < trace.txns.length; i++) {
          const txn = trace.txns[i]!;
          if (txn.agent !== author.agent) continue;
          await author.mergeVersion(versions[i]!, txnsOf, deadline);
          author.work.transact(() => {
            applyPatches(text, txn.patches);
            marker.set(String(author.agent), i);
          });
          if (++sinceYield % 50 === 0) await tick();
        }
        // Done typing: take in everything the others wrote.
        await author.mergeVersion(counts, txnsOf, deadline);
      }),
    );
    const convergeMs = now() - started;
    let durableMs: number | null = null;
    if (server.mode === "ours") {
      const answers = await Promise.all(authors.map((author) => durable(author.client, 300_000)));
      durableMs = now() - started;
      answers.forEach((answer, agent) => covers(answer, authors[agent]!.transport) || problems.push(`author ${agent}: durable answer does not cover its state`));
    }
    const serverCpuS = server.cpuSeconds() - cpuBefore;
    const loadAfter = loadAverage();

    let clientsOk = true;
    for (const author of authors) {
      for (const [what, doc] of [
        ["working", author.work],
        ["provider", author.transport],
      ] as const) {
        const text = doc.getText(TEXT_NAME).toString();
        if (text !== trace.endContent) {
          clientsOk = false;
          problems.push(describeMismatch(`author ${author.agent} (${what} document)`, text, trace.endContent));
        }
      }
    }
    let database: boolean | null = null;
    if (options.db) {
      const stored = await textInDatabase(options.db, name);
      database = stored === trace.endContent;
      if (!database) problems.push(describeMismatch("PostgreSQL", stored, trace.endContent));
    }
    const serverText = await textOnServer(server, name, options.tokens[0]!);
    if (serverText !== trace.endContent) problems.push(describeMismatch("server", serverText, trace.endContent));
    return {
      mode: server.mode,
      txns: trace.txns.length,
      agents,
      convergeMs,
      durableMs,
      waits: authors.reduce((sum, author) => sum + author.waits, 0),
      serverCpuS,
      loadBefore,
      loadAfter,
      checks: { clients: clientsOk, server: serverText === trace.endContent, database, problems },
    };
  } finally {
    for (const author of authors) author.destroy();
    for (const socket of sockets) socket.destroy();
  }
}
