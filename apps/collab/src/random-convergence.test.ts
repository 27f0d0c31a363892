// Randomized convergence through the real server (in the spirit of Yjs' applyRandomTests):
// several clients make random edits (text, paragraphs, formatting) with a seeded PRNG, drop
// off and come back (their offline edits arrive later and out of order), and everything
// must end identical on every client and in PostgreSQL.
import { createGemeenten, createTestDatabase, createUser, type TestDatabase } from "@trendweb/db/testing";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import * as Y from "yjs";
import { prng } from "./testing/prng.ts";
import { connect, loadFromDatabase, sameState, startCollab, tokenFor, waitFor, type TClient } from "./testing/collab-harness.ts";
import type { TCollabServer } from "./create-collab-server.ts";


// BMP characters only: positions are UTF-16 offsets, and a random one could split a surrogate
// pair, which no editor does (ProseMirror never does) and which Yjs cannot encode faithfully.
const WORDS = ["gemeente", "trend", "raad", "Zwolle", "woningbouw", " ", "ë", "€", "\n", "samen"];

function randomEdit(doc: Y.Doc, random: () => number): void {
  const fragment = doc.getXmlFragment("default");
  const pick = (n: number) => Math.floor(random() * n);
  const roll = random();
  if (fragment.length === 0 || roll < 0.15) {
    const paragraph = new Y.XmlElement(random() < 0.2 ? "heading" : "paragraph");
    if (paragraph.nodeName === "heading") paragraph.setAttribute("level", String(1 + pick(3)));
    paragraph.insert(0, [new Y.XmlText(WORDS[pick(WORDS.length)])]);
    fragment.insert(pick(fragment.length + 1), [paragraph]);
    return;
  }
  const block = fragment.get(pick(fragment.length));
  if (!(block instanceof Y.XmlElement)) return;
  if (roll < 0.22) {
    fragment.delete(fragment.toArray().indexOf(block), 1);
    return;
  }
  let text = block.get(0);
  if (!(text instanceof Y.XmlText)) {
    text = new Y.XmlText("");
    block.insert(0, [text]);
  }
  const xmlText = text as Y.XmlText;
  if (roll < 0.7 || xmlText.length === 0) {
    xmlText.insert(pick(xmlText.length + 1), WORDS[pick(WORDS.length)]!);
  } else if (roll < 0.85) {
    const at = pick(xmlText.length);
    xmlText.delete(at, Math.min(xmlText.length - at, 1 + pick(4)));
  } else {
    const at = pick(xmlText.length);
    xmlText.format(at, Math.min(xmlText.length - at, 1 + pick(6)), random() < 0.5 ? { bold: {} } : { bold: null });
  }
}

/** connect() is a no-op until the previous close has completed. */
async function reconnect(peer: TClient): Promise<void> {
  await waitFor("socket closed", () => peer.socket.status === "disconnected");
  void peer.socket.connect();
}

let database: TestDatabase;
let collab: TCollabServer & { url: string };
const clients: TClient[] = [];

beforeAll(async () => {
  database = await createTestDatabase(inject("postgresAdminUrl"));
  await createGemeenten(database.db);
  collab = await startCollab(database.sql, { logLimits: { compactAfterRows: 40 } });
});

afterAll(async () => {
  for (const client of clients) client.destroy();
  await collab?.server.destroy();
  await database?.drop();
});

describe("randomized convergence through the server", () => {
  it.each([1, 2, 3])("seed %i: random edits, disconnects and reconnects end identical everywhere", async (seed) => {
    const random = prng(seed);
    const name = ["section/zwolle/regionale-economie", "section/zwolle/ambt-onder-druk", "section/zwolle/demografische-ontwikkelingen"][seed - 1]!;
    const peers = await Promise.all(
      [1, 2, 3].map(async (n) => {
        const user = await createUser(database.db, { email: `random-${seed}-${n}@test.example`, memberships: [{ gemeente: "zwolle", role: "AMBTENAAR" }] });
        const client = connect({ url: collab.url, name, token: () => tokenFor(user.id), fastReconnect: true });
        clients.push(client);
        return client;
      }),
    );
    await Promise.all(peers.map((peer) => peer.synced()));
    const online = peers.map(() => true);

    for (let step = 0; step < 400; step++) {
      const index = Math.floor(random() * peers.length);
      const peer = peers[index]!;
      const roll = random();
      if (roll < 0.03) {
        if (online[index]) peer.socket.disconnect();
        else await reconnect(peer);
        online[index] = !online[index];
      } else {
        randomEdit(peer.doc, random);
      }
      // Let messages interleave in different orders on each run of the loop.
      if (random() < 0.2) await new Promise((resolve) => setTimeout(resolve, Math.floor(random() * 4)));
    }

    for (const [index, peer] of peers.entries()) if (!online[index]) await reconnect(peer);
    await waitFor("everyone back", () => peers.every((peer) => peer.provider.isSynced), 30_000);
    await waitFor("convergence", () => peers.every((peer) => sameState(peer.doc, peers[0]!.doc)), 30_000);
    for (const peer of peers) await peer.checkDurable();
    const stored = await loadFromDatabase(database.db, name);
    expect(sameState(stored, peers[0]!.doc)).toBe(true);
    expect(peers[0]!.doc.getXmlFragment("default").length).toBeGreaterThan(0);
  }, 90_000);
});
