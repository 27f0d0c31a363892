// PostgreSQL side of durable collaboration (docs/collaboration-protocol.md, "Storage"):
// CollabDocument holds the compacted state, CollabUpdate the append-only tail. Plain SQL
// through node-postgres (the collab server runs without Prisma: @trendweb/db/sql);
// timestamps in UTC, as Prisma writes them.
import type { TDocumentRef } from "@trendweb/content";
import { newRowId, type TSql } from "@trendweb/db/sql";
import * as Y from "yjs";
import { FRAGMENT_NAME, renderPlainText, renderProseMirrorJson } from "./render-document.ts";

export interface TLoadedDocument {
  /** The compacted state followed by the tail, in commit order. */
  updates: Uint8Array[];
  tailCount: number;
  tailBytes: number;
  byteSize: number;
  /** Size of the compacted state alone. */
  stateBytes: number;
  /** md5 of the state as stored (PostgreSQL's), to tell whether another server rewrote it since. */
  stateHash: string | null;
  /** Ids of the tail rows read (their content is in the loaded document). */
  tailIds: bigint[];
}

/** What a compaction needs from the open document (document-log.ts). */
export interface TCompactionSource {
  /** md5 of the state this process loaded or last wrote. */
  stateHash: string | null;
  /** Tail rows whose content the in-memory document already has (loaded or appended by us). */
  knownRowIds: ReadonlySet<bigint>;
  /** Applies stored updates the in-memory document may lack (another server's). */
  absorb(updates: readonly Uint8Array[]): void;
  /** The in-memory document's whole state, encoded after absorb. */
  encode(): Uint8Array;
  doc: Y.Doc;
}

export interface TCompaction {
  state: Uint8Array;
  plainText: string;
  /** Tail rows merged into the state (and deleted). */
  mergedIds: bigint[];
  stateHash: string | null;
}

export interface TPendingUpdate {
  update: Uint8Array;
  userId: string | null;
}

/** A new section: one empty paragraph, made here and never by a client (no double seeding). */
export function seedState(): Uint8Array {
  const doc = new Y.Doc();
  doc.getXmlFragment(FRAGMENT_NAME).insert(0, [new Y.XmlElement("paragraph")]);
  const state = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return state;
}

/** The seed and its renderings (the same for every new section). */
let seed: { state: Uint8Array; plainText: string; json: string } | null = null;
function seedRow(): { state: Uint8Array; plainText: string; json: string } {
  if (!seed) {
    const state = seedState();
    const doc = new Y.Doc();
    Y.applyUpdate(doc, state);
    const { plainText, json } = renderings(doc);
    doc.destroy();
    seed = { state, plainText, json: JSON.stringify(json) };
  }
  return seed;
}

function renderings(doc: Y.Doc): { plainText: string; json: unknown } {
  const json = renderProseMirrorJson(doc);
  return { plainText: renderPlainText(json), json };
}

/** A counting semaphore: at most `limit` holders at once, the rest wait in order. */
class Semaphore {
  private active = 0;
  private readonly queue: (() => void)[] = [];

  constructor(private readonly limit: number) {}

  async run<T>(work: () => Promise<T>): Promise<T> {
    if (this.active >= this.limit) await new Promise<void>((resolve) => this.queue.push(resolve));
    else this.active += 1;
    try {
      return await work();
    } finally {
      // Hand the slot straight to the next in line (active stays the same), or free it.
      const next = this.queue.shift();
      if (next) next();
      else this.active -= 1;
    }
  }
}

/** Compactions of one server at once: each holds a connection for a whole transaction. */
export const DEFAULT_MAX_CONCURRENT_COMPACTIONS = 4;
/** At most this many rows in one group INSERT (a request is never split). */
const MAX_GROUP_ROWS = 5_000;
/**
 * A group INSERT starts at most this often. Each is a commit (a WAL flush) and a round trip
 * to PostgreSQL on the cores the broadcasts need: with 900 edits/s over 300
 * documents, an INSERT per event-loop turn meant hundreds of commits a second. Waiting up
 * to 10 ms gathers more appends per commit; an append after a quiet spell is not delayed.
 */
export const DEFAULT_GROUP_COMMIT_INTERVAL_MS = 10;
/** Renderings that come due within this window are written together (nobody waits for them). */
const RENDER_GROUP_WINDOW_MS = 50;

interface TAppendRequest {
  name: string;
  updates: readonly TPendingUpdate[];
  resolve: (ids: bigint[]) => void;
  reject: (error: unknown) => void;
}

export class DocumentStore {
  private readonly compactions: Semaphore;
  /** Appends waiting for the next group INSERT, and whether one is scheduled or running. */
  private appendQueue: TAppendRequest[] = [];
  private appendWorker = false;
  private lastGroupAt = 0;
  private renderQueue: { name: string; plainText: string; json: string; byteSize: number; resolve: () => void; reject: (error: unknown) => void }[] = [];
  private renderWorker = false;
  private readonly groupIntervalMs: number;

  constructor(
    private readonly sql: TSql,
    options: { maxConcurrentCompactions?: number; groupCommitIntervalMs?: number } = {},
  ) {
    this.groupIntervalMs = options.groupCommitIntervalMs ?? DEFAULT_GROUP_COMMIT_INTERVAL_MS;
    // Unbounded, 300 documents unloading at shutdown started 300 transactions against a
    // 10-connection pool, and most timed out waiting for a connection (and were retried).
    this.compactions = new Semaphore(Math.max(1, options.maxConcurrentCompactions ?? DEFAULT_MAX_CONCURRENT_COMPACTIONS));
  }

  /**
   * State + tail of a document, creating (seeding) it first when it does not exist yet.
   * Seeding is an INSERT … ON CONFLICT DO NOTHING, so two servers loading a new document at
   * once still end with one seed. Throws when anything fails: the caller must then not
   * open the document at all.
   */
  async load(name: string, ref: TDocumentRef): Promise<TLoadedDocument> {
    const existing = await this.read(name);
    if (existing) return existing;
    const seed = seedRow();
    await this.sql.query(
      `INSERT INTO "CollabDocument" ("name", "gemeenteId", "lemmaSlug", "state", "byteSize", "plainText", "json", "updatedAt")
       SELECT $1, g."id", $2, $3, $4, $5, $6::jsonb, (now() AT TIME ZONE 'UTC')
       FROM "Gemeente" g WHERE g."slug" = $7
       ON CONFLICT DO NOTHING`,
      [name, ref.lemma, seed.state, seed.state.byteLength, seed.plainText, seed.json, ref.gemeente],
    );
    const seeded = await this.read(name);
    if (!seeded) throw new Error(`gemeente ${ref.gemeente} not in the database`);
    return seeded;
  }

  /**
   * State and tail in one statement, so from one snapshot: a compaction (by another server)
   * committing between two separate reads would hide the tail rows it merged. One statement
   * also needs no interactive transaction: 300 documents opening at once used to wait for
   * a pooled connection to start one and time out.
   */
  private async read(name: string): Promise<TLoadedDocument | null> {
    const rows = await this.sql.query<{ id: bigint | null; data: Uint8Array; hash: string | null }>(
      `SELECT NULL::bigint AS "id", d."state" AS "data", md5(d."state") AS "hash" FROM "CollabDocument" d WHERE d."name" = $1
       UNION ALL
       SELECT u."id", u."update", NULL FROM "CollabUpdate" u WHERE u."documentName" = $1
       ORDER BY "id" NULLS FIRST`,
      [name],
    );
    const state = rows[0];
    if (!state || state.id !== null) return null;
    const tail = rows.slice(1);
    const tailBytes = tail.reduce((sum, entry) => sum + entry.data.byteLength, 0);
    return {
      updates: rows.map((row) => row.data),
      tailCount: tail.length,
      tailBytes,
      byteSize: state.data.byteLength + tailBytes,
      stateBytes: state.data.byteLength,
      stateHash: state.hash,
      tailIds: tail.map((entry) => entry.id!),
    };
  }

  /**
   * Appends updates to the tail, all or nothing, and resolves once they are committed.
   * Group commit: the appends of all documents that arrive while the previous INSERT runs
   * (or in the same event-loop turn) go into one statement, instead of one commit per
   * document (300 open documents meant ~900 single-row commits/s through a 10-connection
   * pool). When a group fails, its requests are retried one by one, so a failure of one
   * document (its row deleted meanwhile) never holds up the others; when PostgreSQL is down,
   * each fails and its DocumentLog backs off. One document never has two appends in flight
   * (its DocumentLog waits for each), so its rows keep their order. Resolves with the ids of
   * the new rows (compaction need not read back what this process wrote).
   */
  append(name: string, updates: readonly TPendingUpdate[]): Promise<bigint[]> {
    if (!updates.length) return Promise.resolve([]);
    return new Promise((resolve, reject) => {
      this.appendQueue.push({ name, updates, resolve, reject });
      if (!this.appendWorker) {
        this.appendWorker = true;
        const wait = this.lastGroupAt + this.groupIntervalMs - performance.now();
        if (wait > 0) setTimeout(() => void this.flushAppends(), wait);
        else setImmediate(() => void this.flushAppends());
      }
    });
  }

  private async flushAppends(): Promise<void> {
    try {
      while (this.appendQueue.length) {
        const wait = this.lastGroupAt + this.groupIntervalMs - performance.now();
        if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
        this.lastGroupAt = performance.now();
        let rows = 0;
        let take = 0;
        while (take < this.appendQueue.length && (take === 0 || rows + this.appendQueue[take]!.updates.length <= MAX_GROUP_ROWS)) {
          rows += this.appendQueue[take]!.updates.length;
          take += 1;
        }
        const group = this.appendQueue.splice(0, take);
        try {
          const ids = await this.insertRows(group);
          for (const request of group) request.resolve(ids.get(request.name) ?? []);
        } catch (error) {
          if (group.length === 1) {
            group[0]!.reject(error);
            continue;
          }
          for (const request of group) {
            try {
              const ids = await this.insertRows([request]);
              request.resolve(ids.get(request.name) ?? []);
            } catch (own) {
              request.reject(own);
            }
          }
        }
      }
    } finally {
      this.appendWorker = false;
    }
  }

  /**
   * One INSERT with array parameters: the statement is the same whatever the number of
   * rows. WITH ORDINALITY … ORDER BY keeps the ids in the order of the arrays.
   */
  private async insertRows(requests: readonly TAppendRequest[]): Promise<Map<string, bigint[]>> {
    const names: string[] = [];
    const contents: Uint8Array[] = [];
    const authors: (string | null)[] = [];
    for (const request of requests) {
      for (const { update, userId } of request.updates) {
        names.push(request.name);
        contents.push(update);
        authors.push(userId);
      }
    }
    const inserted = await this.sql.query<{ id: bigint; documentName: string }>(
      `INSERT INTO "CollabUpdate" ("documentName", "update", "userId")
       SELECT entry."documentName", entry."update", entry."userId"
       FROM unnest($1::text[], $2::bytea[], $3::text[]) WITH ORDINALITY AS entry("documentName", "update", "userId", "position")
       ORDER BY entry."position"
       RETURNING "id", "documentName"`,
      [names, contents, authors],
      // Run ~100 times a second under load: prepared once per connection, PostgreSQL then
      // skips parsing and planning (a quarter of its CPU for the appends, docs/benchmarks.md).
      "collab-append",
    );
    const ids = new Map<string, bigint[]>();
    for (const row of inserted) ids.set(row.documentName, [...(ids.get(row.documentName) ?? []), row.id]);
    return ids;
  }

  /**
   * Writes the in-memory document as the new state and deletes the tail it contains, in one
   * transaction. The document row is locked first (so compactions by several servers run
   * one after the other). The in-memory document already holds what this process loaded
   * and appended; only what it may lack is read: the state when another server rewrote it
   * (its md5 differs from the one we know), and tail rows we did not write ourselves. Those
   * are applied to the document before it is encoded, so nothing stored is ever dropped.
   * Rows appended meanwhile by others stay in the tail. At most maxConcurrentCompactions
   * run at once per store.
   */
  async compact(name: string, source: TCompactionSource): Promise<TCompaction> {
    return this.compactions.run(() => this.compactNow(name, source));
  }

  private async compactNow(name: string, source: TCompactionSource): Promise<TCompaction> {
    return this.sql.transaction(async (tx) => {
      const locked = await tx.query<{ hash: string }>(`SELECT md5("state") AS "hash" FROM "CollabDocument" WHERE "name" = $1 FOR NO KEY UPDATE`, [name]);
      if (!locked[0]) throw new Error(`document ${name} does not exist`);
      const missing: Uint8Array[] = [];
      if (locked[0].hash !== source.stateHash) {
        const row = await tx.query<{ state: Uint8Array }>(`SELECT "state" FROM "CollabDocument" WHERE "name" = $1`, [name]);
        missing.push(row[0]!.state);
      }
      // Content only for rows this process does not have; ids for all (they are deleted).
      const tail = await tx.query<{ id: bigint; update: Uint8Array | null }>(
        `SELECT "id", CASE WHEN "id" = ANY($2::bigint[]) THEN NULL ELSE "update" END AS "update"
         FROM "CollabUpdate" WHERE "documentName" = $1 ORDER BY "id"`,
        [name, [...source.knownRowIds]],
      );
      for (const entry of tail) if (entry.update) missing.push(entry.update);
      if (missing.length) source.absorb(missing);
      const state = source.encode();
      const { plainText, json } = renderings(source.doc);
      const written = await tx.query<{ hash: string }>(
        `UPDATE "CollabDocument"
         SET "state" = $2, "byteSize" = $3, "plainText" = $4, "json" = $5::jsonb,
             "compactedAt" = (now() AT TIME ZONE 'UTC'), "updatedAt" = (now() AT TIME ZONE 'UTC')
         WHERE "name" = $1
         RETURNING md5("state") AS "hash"`,
        [name, state, state.byteLength, plainText, JSON.stringify(json)],
      );
      const mergedIds = tail.map((entry) => entry.id);
      if (mergedIds.length) await tx.query(`DELETE FROM "CollabUpdate" WHERE "id" = ANY($1::bigint[])`, [mergedIds]);
      return { state, plainText, mergedIds, stateHash: written[0]?.hash ?? null };
    });
  }

  /**
   * Refreshes the plain text and JSON from the in-memory document (state stays as is).
   * Grouped: the renderings of all documents due within 50 ms go into one UPDATE
   * (documents that started together came due together, 300 statements at once, and the
   * appends waited behind them for a pooled connection).
   */
  render(name: string, doc: Y.Doc, byteSize: number): Promise<void> {
    const { plainText, json } = renderings(doc);
    return new Promise((resolve, reject) => {
      this.renderQueue.push({ name, plainText, json: JSON.stringify(json), byteSize, resolve, reject });
      if (!this.renderWorker) {
        this.renderWorker = true;
        setTimeout(() => void this.flushRenders(), RENDER_GROUP_WINDOW_MS);
      }
    });
  }

  private async flushRenders(): Promise<void> {
    try {
      while (this.renderQueue.length) {
        const group = this.renderQueue.splice(0, MAX_GROUP_ROWS);
        try {
          await this.sql.query(
            `UPDATE "CollabDocument" AS d
             SET "plainText" = r."plainText", "json" = r."json"::jsonb, "byteSize" = r."byteSize", "updatedAt" = (now() AT TIME ZONE 'UTC')
             FROM unnest($1::text[], $2::text[], $3::text[], $4::int[]) AS r("name", "plainText", "json", "byteSize")
             WHERE d."name" = r."name"`,
            [group.map((entry) => entry.name), group.map((entry) => entry.plainText), group.map((entry) => entry.json), group.map((entry) => entry.byteSize)],
          );
          for (const entry of group) entry.resolve();
        } catch (error) {
          for (const entry of group) entry.reject(error);
        }
      }
    } finally {
      this.renderWorker = false;
    }
  }

  async snapshot(name: string, input: { kind: "AUTO" | "NAMED"; name?: string; state: Uint8Array; plainText: string; authorIds: string[]; createdById?: string | null }): Promise<void> {
    await this.sql.query(
      `INSERT INTO "SectionSnapshot" ("id", "documentName", "kind", "name", "state", "plainText", "authorIds", "createdById", "createdAt")
       VALUES ($1, $2, $3::"SnapshotKind", $4, $5, $6, $7::text[], $8, (now() AT TIME ZONE 'UTC'))`,
      [newRowId(), name, input.kind, input.name ?? null, input.state, input.plainText, input.authorIds, input.createdById ?? null],
    );
  }

  async lastSnapshot(name: string): Promise<{ plainText: string } | null> {
    const rows = await this.sql.query<{ plainText: string }>(
      `SELECT "plainText" FROM "SectionSnapshot" WHERE "documentName" = $1 ORDER BY "createdAt" DESC LIMIT 1`,
      [name],
    );
    return rows[0] ?? null;
  }

  /** The stored state of one snapshot of this document, or null. */
  async snapshotState(name: string, snapshotId: string): Promise<Uint8Array | null> {
    const rows = await this.sql.query<{ state: Uint8Array }>(`SELECT "state" FROM "SectionSnapshot" WHERE "id" = $1 AND "documentName" = $2`, [snapshotId, name]);
    return rows[0]?.state ?? null;
  }
}
