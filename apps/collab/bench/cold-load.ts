// Cold load of a long-history section: the whole automerge-paper trace stored the way ours
// keeps it (a compacted state plus a tail of CollabUpdate rows), opened by a fresh client
// while the server does not have it in memory. Between loads the client leaves, the server
// unloads (and compacts) the document, and the runner puts the same state + tail back.
import type { PrismaClient } from "@trendweb/db/node";
import * as Y from "yjs";
import { connectClient, createSocket, loadAverage, now, summarize, synced, waitUntil, type ServerProcess, type TSummary } from "./lib.ts";
import { TEXT_NAME } from "./replay.ts";
import { applyPatches, type TSequentialTrace } from "./traces.ts";

export interface TColdResult {
  loads: number;
  stateBytes: number;
  tailRows: number;
  tailBytes: number;
  /** Fresh socket + provider → synced (handshake, token, membership check, PostgreSQL load, sync). */
  connect: TSummary;
  /** The uncounted first load (warm-up). */
  firstMs: number;
  /** Reference: Yjs applying the same state + tail in this process. */
  parseMs: number;
  textOk: boolean;
  problems: string[];
  loadBefore: string;
  loadAfter: string;
}

export async function coldLoads(
  server: ServerProcess,
  options: { db: PrismaClient; name: string; gemeenteId: string; lemmaSlug: string; token: () => Promise<string>; trace: TSequentialTrace; loads: number; tailRows: number },
): Promise<TColdResult> {
  const { db, name, trace } = options;
  // The history, built as one client typing it (one transaction per edit): everything up to
  // the tail compacted into the state, the tail as the updates the server appended.
  const doc = new Y.Doc();
  const text = doc.getText(TEXT_NAME);
  const split = trace.txns.length - options.tailRows;
  for (let i = 0; i < split; i++) doc.transact(() => applyPatches(text, trace.txns[i]!.patches));
  const state = Y.encodeStateAsUpdate(doc);
  const tail: Uint8Array[] = [];
  doc.on("update", (update: Uint8Array) => tail.push(update));
  for (let i = split; i < trace.txns.length; i++) doc.transact(() => applyPatches(text, trace.txns[i]!.patches));
  if (text.toString() !== trace.endContent) throw new Error("cold-load history does not end with endContent");
  doc.destroy();
  const tailBytes = tail.reduce((sum, update) => sum + update.byteLength, 0);

  const parseTimes: number[] = [];
  for (let i = 0; i < 5; i++) {
    const started = now();
    const parsed = new Y.Doc();
    Y.applyUpdate(parsed, state);
    for (const update of tail) Y.applyUpdate(parsed, update);
    parseTimes.push(now() - started);
    parsed.destroy();
  }

  const bytes = (data: Uint8Array) => data as Uint8Array<ArrayBuffer>;
  await db.collabDocument.create({
    data: { name, gemeenteId: options.gemeenteId, lemmaSlug: options.lemmaSlug, state: bytes(state), byteSize: state.byteLength + tailBytes, plainText: "", json: { type: "doc", content: [] } },
  });
  const restore = () =>
    db.$transaction([
      db.collabUpdate.deleteMany({ where: { documentName: name } }),
      db.collabDocument.update({ where: { name }, data: { state: bytes(state) } }),
      // One INSERT: the rows get ascending ids in this order.
      db.collabUpdate.createMany({ data: tail.map((update) => ({ documentName: name, update: bytes(update), userId: null })) }),
    ]);

  const samples: number[] = [];
  const problems: string[] = [];
  let firstMs = Number.NaN;
  const loadBefore = loadAverage();
  // Load 0 is the server process's first load of anything this size (JIT, pool): reported
  // on its own, not counted.
  for (let i = 0; i <= options.loads; i++) {
    await restore();
    const started = now();
    const socket = createSocket(server.url);
    const client = connectClient({ socket, name, token: options.token });
    try {
      await synced(client, 60_000);
      if (i === 0) firstMs = now() - started;
      else samples.push(now() - started);
      const loaded = client.doc.getText(TEXT_NAME).toString();
      if (loaded !== trace.endContent) problems.push(`load ${i}: ${loaded.length} characters instead of ${trace.endContent.length}`);
    } finally {
      client.destroy();
      socket.destroy();
    }
    await waitUntil(`${name} unloaded`, async () => !(await server.stats()).names.includes(name), 60_000, 20);
  }
  return {
    loads: options.loads,
    stateBytes: state.byteLength,
    tailRows: tail.length,
    tailBytes,
    connect: summarize(samples),
    firstMs,
    parseMs: summarize(parseTimes).p50,
    textOk: problems.length === 0,
    problems,
    loadBefore,
    loadAfter: loadAverage(),
  };
}
