// The write path under a continuous stream of updates (docs/benchmarks.md, "Samenwerken
// (issue 5)"): the tail is compacted while updates keep arriving instead of growing without
// bound (QUALITY.md, yjs #741), with nothing lost or counted twice, and compactions of one
// server are limited so a shutdown with many open documents does not exhaust the pool.
import { parseDocumentName } from "@trendweb/content";
import type { TSql } from "@trendweb/db/sql";
import { createGemeenten, createTestDatabase, type TestDatabase } from "@trendweb/db/testing";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import * as Y from "yjs";
import { DEFAULT_LOG_LIMITS, DocumentLog, FROM_DATABASE } from "./persistence/document-log.ts";
import { DocumentStore, type TCompactionSource, type TPendingUpdate } from "./persistence/document-store.ts";
import { loadFromDatabase, sameState, textOf, typeParagraph, waitFor } from "./testing/collab-harness.ts";

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase(inject("postgresAdminUrl"));
  await createGemeenten(database.db);
});

afterAll(async () => {
  await database?.drop();
});

async function openLog(store: DocumentStore, name: string, limits: Partial<typeof DEFAULT_LOG_LIMITS>, author: string | null = null): Promise<{ doc: Y.Doc; log: DocumentLog }> {
  const loaded = await store.load(name, parseDocumentName(name)!);
  const doc = new Y.Doc();
  for (const update of loaded.updates) Y.applyUpdate(doc, update);
  const log = new DocumentLog(name, doc, store, { ...DEFAULT_LOG_LIMITS, ...limits }, loaded);
  doc.on("update", (update: Uint8Array, origin: unknown) => {
    if (origin !== FROM_DATABASE) log.push(update, author);
  });
  return { doc, log };
}

/** Counts the transactions running at once (compactions are the only ones here), and the statements outside them. */
function countingTransactions(sql: TSql): { sql: TSql; maxConcurrent: () => number; rawStatements: () => number } {
  let running = 0;
  let max = 0;
  let statements = 0;
  return {
    sql: {
      query(text, values) {
        statements += 1;
        return sql.query(text, values);
      },
      async transaction(work) {
        running += 1;
        max = Math.max(max, running);
        try {
          return await sql.transaction(work);
        } finally {
          running -= 1;
        }
      },
      end: () => sql.end(),
    },
    maxConcurrent: () => max,
    rawStatements: () => statements,
  };
}

describe("compaction under load", () => {
  it("compacts while updates keep arriving: the tail stays bounded and the document intact", async () => {
    const name = "section/zwolle/regionale-economie";
    const total = 400;
    const compactAfterRows = 30;
    const maxBatch = 7;
    let typed = 0;
    let maxTail = 0;
    let compactions = 0;
    let appends = 0;
    let doc: Y.Doc | null = null;
    let log: DocumentLog | null = null;
    const answers: Promise<boolean>[] = [];

    // Every append lets more edits arrive before it commits, so updates are always pending
    // while the stream runs: the situation in which compaction used to wait forever.
    class StreamingStore extends DocumentStore {
      override async append(documentName: string, updates: readonly TPendingUpdate[]): Promise<bigint[]> {
        for (let i = 0; i < 3 && typed < total && doc; i++) typeParagraph(doc, `alinea-${typed++}`);
        // A durability check asked mid-stream: it may only resolve once its updates committed.
        appends += 1;
        if (log && appends % 10 === 0) {
          const upTo = typed;
          answers.push(log.whenDurable().then(async () => textOf(await loadFromDatabase(database.db, documentName)).split("\n\n").includes(`alinea-${upTo - 1}`)));
        }
        const ids = await super.append(documentName, updates);
        maxTail = Math.max(maxTail, await database.db.collabUpdate.count({ where: { documentName } }));
        return ids;
      }

      override async compact(documentName: string, source: TCompactionSource): ReturnType<DocumentStore["compact"]> {
        compactions += 1;
        const result = await super.compact(documentName, source);
        // Edits keep arriving while a compaction commits too (a compaction stores what was
        // queued when it encoded the document; these come after).
        for (let i = 0; i < 3 && typed < total && doc; i++) typeParagraph(doc, `alinea-${typed++}`);
        return result;
      }
    }

    const store = new StreamingStore(database.sql);
    ({ doc, log } = await openLog(store, name, { compactAfterRows, maxBatch, renderDelayMs: 60_000 }));
    typeParagraph(doc, `alinea-${typed++}`);
    await log.drain();
    await log.whenDurable();

    expect(typed).toBe(total);
    expect(log.hasUncommitted).toBe(false);
    // Compacted during the stream, not once at the end: the tail never grew past the limit
    // plus the batch that crossed it.
    expect(compactions).toBeGreaterThanOrEqual(Math.floor(total / (compactAfterRows + maxBatch)));
    expect(maxTail).toBeLessThan(compactAfterRows + maxBatch);
    // The log's count of tail rows is what PostgreSQL holds (nothing counted twice or lost).
    expect(log.tailCount).toBe(await database.db.collabUpdate.count({ where: { documentName: name } }));
    // Every durability check asked mid-stream was answered only when its edits were stored.
    expect(answers.length).toBeGreaterThan(5);
    expect(await Promise.all(answers)).toEqual(answers.map(() => true));

    const stored = await loadFromDatabase(database.db, name);
    expect(sameState(stored, doc)).toBe(true);
    const paragraphs = textOf(stored).split("\n\n");
    for (let i = 0; i < total; i++) expect(paragraphs).toContain(`alinea-${i}`);
    expect(new Set(paragraphs.filter((text) => text.startsWith("alinea-"))).size).toBe(total);

    await log.close();
    expect(await database.db.collabUpdate.count({ where: { documentName: name } })).toBe(0);
    expect(sameState(await loadFromDatabase(database.db, name), doc)).toBe(true);
    doc.destroy();
  });

  it("runs at most maxConcurrentCompactions compactions at once, and all of them", async () => {
    const counting = countingTransactions(database.sql);
    const store = new DocumentStore(counting.sql, { maxConcurrentCompactions: 2 });
    const names = ["ambt-onder-druk", "demografische-ontwikkelingen", "regionale-samenwerking", "herontdekking-van-de-gemeenschap", "in-de-frontlinie-tegen-ondermijning", "woningbouw-op-zoek-naar-balans-tussen-vraag-en-aanbod"].map(
      (lemma) => `section/zwolle/${lemma}`,
    );
    const docs: { doc: Y.Doc; log: DocumentLog }[] = [];
    // One after the other: loads use a transaction too.
    for (const name of names) docs.push(await openLog(store, name, {}));
    for (const [index, { doc, log }] of docs.entries()) {
      for (let i = 0; i < 10; i++) typeParagraph(doc, `${index}-${i}`);
      await log.whenDurable();
    }
    // As at shutdown: every document unloads (and compacts) at once.
    await Promise.all(docs.map(({ log }) => log.close()));
    expect(counting.maxConcurrent()).toBe(2);
    for (const [index, name] of names.entries()) {
      expect(await database.db.collabUpdate.count({ where: { documentName: name } })).toBe(0);
      expect(sameState(await loadFromDatabase(database.db, name), docs[index]!.doc)).toBe(true);
    }
  });

  it("appends of many documents at once go into one INSERT, and one failing document holds up no other", async () => {
    const counting = countingTransactions(database.sql);
    const store = new DocumentStore(counting.sql);
    const names = ["regionale-economie", "ambt-onder-druk", "demografische-ontwikkelingen", "regionale-samenwerking"].map((lemma) => `section/almelo/${lemma}`);
    const docs: { doc: Y.Doc; log: DocumentLog }[] = [];
    for (const name of names) docs.push(await openLog(store, name, {}));
    const before = counting.rawStatements();
    // Everyone types (one transaction, so one update, each) in the same event-loop turn: one group commit.
    for (const [index, { doc }] of docs.entries()) doc.transact(() => [0, 1, 2].forEach((i) => typeParagraph(doc, `groep-${index}-${i}`)));
    await Promise.all(docs.map(({ log }) => log.whenDurable()));
    expect(counting.rawStatements() - before).toBe(1);
    for (const [index, name] of names.entries()) {
      expect(await database.db.collabUpdate.count({ where: { documentName: name } })).toBe(1);
      expect(sameState(await loadFromDatabase(database.db, name), docs[index]!.doc)).toBe(true);
    }

    // A document whose row is gone (foreign key) fails alone; the others in its group commit.
    const update = { update: Y.encodeStateAsUpdate(docs[0]!.doc), userId: null };
    const results = await Promise.allSettled([store.append(names[0]!, [update]), store.append("section/almelo/not-a-stored-document", [update]), store.append(names[1]!, [update])]);
    expect(results.map((result) => result.status)).toEqual(["fulfilled", "rejected", "fulfilled"]);
    expect(await database.db.collabUpdate.count({ where: { documentName: { in: [names[0]!, names[1]!] } } })).toBe(4);
    for (const { log } of docs) await log.close();
  });

  it("appends a long queue of one author's updates as one row, with its author", async () => {
    const name = "section/almelo/regionale-samenwerking";
    const author = "auteur-van-de-reeks";
    const { doc, log } = await openLog(new DocumentStore(database.sql), name, { mergeAfterUpdates: 10 }, author);
    // The first update is on its way (one row) while the other 49 queue up behind it.
    for (let i = 0; i < 50; i++) typeParagraph(doc, `regel-${i}`);
    await log.whenDurable();
    const rows = await database.db.collabUpdate.findMany({ where: { documentName: name }, orderBy: { id: "asc" } });
    expect(rows).toHaveLength(2);
    expect(rows.map((row) => row.userId)).toEqual([author, author]);
    expect(log.tailCount).toBe(2);
    const stored = await loadFromDatabase(database.db, name);
    expect(sameState(stored, doc)).toBe(true);
    expect(textOf(stored).split("\n\n").filter((line) => line.startsWith("regel-"))).toHaveLength(50);
    await log.close();
    doc.destroy();
  });

  it("compacting from memory keeps what another server stored meanwhile (its rows, its compacted state)", async () => {
    const name = "section/almelo/herontdekking-van-de-gemeenschap";
    // Two servers on one database, without Redis between them: neither has the other's edits in memory.
    const first = await openLog(new DocumentStore(database.sql), name, {});
    const second = await openLog(new DocumentStore(database.sql), name, {});
    typeParagraph(first.doc, "van de eerste");
    typeParagraph(second.doc, "van de tweede");
    await Promise.all([first.log.whenDurable(), second.log.whenDurable()]);

    // The second compacts: it must read the first's row, not drop it.
    await second.log.requestCompaction();
    expect(await database.db.collabUpdate.count({ where: { documentName: name } })).toBe(0);
    expect(textOf(await loadFromDatabase(database.db, name))).toContain("van de eerste");

    // The first compacts over a state it did not write: it must read that state first.
    typeParagraph(first.doc, "nog een van de eerste");
    await first.log.requestCompaction();
    const stored = await loadFromDatabase(database.db, name);
    const lines = textOf(stored).split("\n\n");
    for (const line of ["van de eerste", "van de tweede", "nog een van de eerste"]) expect(lines.filter((entry) => entry === line)).toHaveLength(1);
    // What it read from the database is in its document now too, and nothing was appended twice.
    expect(sameState(stored, first.doc)).toBe(true);
    expect(await database.db.collabUpdate.count({ where: { documentName: name } })).toBe(0);
    expect(first.log.hasUncommitted).toBe(false);
    await Promise.all([first.log.close(), second.log.close()]);
  });

  it("refreshes the plain text and JSON of documents that came due together in one statement", async () => {
    const counting = countingTransactions(database.sql);
    const store = new DocumentStore(counting.sql);
    const names = ["regionale-economie", "ambt-onder-druk"].map((lemma) => `section/deventer/${lemma}`);
    const docs: { doc: Y.Doc; log: DocumentLog }[] = [];
    for (const name of names) docs.push(await openLog(store, name, { renderDelayMs: 1_000 }));
    for (const [index, { doc }] of docs.entries()) typeParagraph(doc, `weergave-${index}`);
    await Promise.all(docs.map(({ log }) => log.whenDurable()));
    const before = counting.rawStatements();
    await waitFor("both renderings refreshed", async () => {
      const rows = await database.db.collabDocument.findMany({ where: { name: { in: names } }, select: { name: true, plainText: true, json: true } });
      return rows.length === 2 && rows.every((row) => row.plainText.includes(`weergave-${names.indexOf(row.name)}`) && JSON.stringify(row.json).includes("weergave-"));
    });
    expect(counting.rawStatements() - before).toBe(1);
    for (const { log } of docs) await log.close();
  });
});
