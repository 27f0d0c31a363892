// The durable log of one open document: every update applied in memory is queued here and
// appended to PostgreSQL by one worker per document (so stores of a document never run
// concurrently), retried with backoff while the database is unreachable. Durability
// checks resolve only once everything applied before them is committed.
//
// With several servers behind Redis, each server appends what its own clients (and its own
// server-side changes) sent. Updates that arrive from another server through Redis are that
// server's to append, but this server cannot know whether it did (it may have died first).
// They are kept here ("remote") and only adopted as an append of our own when this server is
// about to vouch for them: before answering a durability check, when they pile up, and
// before the document unloads. Appending a Yjs update twice is harmless (applying it again
// changes nothing), so the duplicate costs a row until the next compaction, never content.
//
// Costs (docs/benchmarks.md, "Samenwerken"): a long queue of one author's updates is
// appended as one row, the in-memory document's difference since what is already stored
// (Y.encodeStateAsUpdate against the stored state vector: cheap, and no per-row overhead
// for 260k keystrokes). Compaction writes the in-memory document as the new state instead
// of decoding state + tail again, and so also commits whatever was still queued.
import type { TransactionOrigin } from "@hocuspocus/server";
import { childLogger } from "@trendweb/logger";
import * as Y from "yjs";
import type { DocumentStore, TLoadedDocument, TPendingUpdate } from "./document-store.ts";

const log = childLogger("collab-persistence");

export interface TLogLimits {
  /** Compact when the tail holds this many rows… */
  compactAfterRows: number;
  /** …or this many bytes, and at least as many as the state (so a rewrite costs no more than what was appended since). */
  compactAfterBytes: number;
  /** At most this many updates per INSERT when they are appended one row each. */
  maxBatch: number;
  /** From this many queued updates of one author on, append them as one row (the in-memory difference). */
  mergeAfterUpdates: number;
  /** Refresh plain text/JSON this long after the first change of a burst. */
  renderDelayMs: number;
  /** Retry delays while PostgreSQL fails: starts here, doubles, capped at retryMaxMs. */
  retryMinMs: number;
  retryMaxMs: number;
  /** An automatic snapshot at most this often while people keep editing. */
  snapshotIntervalMs: number;
  /** Updates from other servers (Redis) held before they are adopted anyway. */
  maxRemote: number;
}

export const DEFAULT_LOG_LIMITS: TLogLimits = {
  compactAfterRows: 500,
  // A merged append repeats the document's whole delete set (Y.encodeStateAsUpdate against
  // the stored vector), so while one person streams edits the tail grows by a few kB every
  // 10 ms: at 512 KiB that meant a compaction every second (docs/benchmarks.md).
  compactAfterBytes: 2 * 1024 * 1024,
  maxBatch: 500,
  mergeAfterUpdates: 100,
  // Plain text and JSON are for search, comparison and publishing, not for the editors:
  // refreshed at most every 10 s per document (and at compaction), never per update.
  renderDelayMs: 10_000,
  retryMinMs: 100,
  retryMaxMs: 5_000,
  snapshotIntervalMs: 60 * 60 * 1000,
  maxRemote: 500,
};

interface Waiter {
  target: number;
  resolve: (stateVector: string) => void;
  /** Taken at the check when the document holds other servers' content (see whenDurable). */
  stateVector: string | null;
}

function base64(vector: Uint8Array): string {
  return Buffer.from(vector.buffer, vector.byteOffset, vector.byteLength).toString("base64");
}

/**
 * Origin of updates a compaction applies from PostgreSQL (another server's rows): they are
 * stored already, so the log does not append them again.
 */
export const FROM_DATABASE: TransactionOrigin = { source: "local", skipStoreHooks: true, context: { fromDatabase: true } };

export class DocumentLog {
  /** Updates applied to the in-memory document and queued (monotonic). */
  appliedSeq = 0;
  /** Of those, how many are committed. */
  committedSeq = 0;
  tailCount: number;
  tailBytes: number;
  /** Yjs-encoded size estimate (state + tail), for the per-document cap. */
  byteSize: number;
  /** Size of the stored state (compaction thresholds). */
  private stateBytes: number;
  /** md5 of the stored state as this process loaded or wrote it (document-store.ts compact). */
  private stateHash: string | null;
  /** Tail rows whose content the in-memory document has: read at load, or appended here. */
  private readonly knownRowIds: Set<bigint>;
  /**
   * State vector of everything stored or being stored, when known: the base of the next
   * merged append. Unknown (null) after a partial batch, and for good once updates from
   * other servers arrive (the document then holds content this server must not claim).
   */
  private storedVector: Uint8Array | null;
  private sawRemote = false;
  /** storedVector in base64, the form the durability answers carry (computed once per vector). */
  private storedVectorText: { vector: Uint8Array; text: string } | null = null;
  /** Compactions asked for (unload, tests), run by the worker: never beside an append of this document. */
  private compactRequests: { unloading: boolean; resolve: () => void }[] = [];

  private pending: TPendingUpdate[] = [];
  /** Updates from other servers (Redis), not known to be committed. */
  private remote: Uint8Array[] = [];
  /** Bytes in `pending` and `remote` (kept up to date: the queue can be long). */
  private queuedBytes = 0;
  private waiters: Waiter[] = [];
  /** afterCommit callbacks from commitHead on, in order (their targets never decrease). */
  private commitCallbacks: { target: number; callback: () => void }[] = [];
  private commitHead = 0;
  private worker: Promise<void> | null = null;
  private renderDue = false;
  /** The last rendering handed to the store (written a little later, in a group). */
  private rendering: Promise<void> = Promise.resolve();
  private renderTimer: NodeJS.Timeout | null = null;
  private failures = 0;
  /** Compaction failures in a row, and when to try again (appends do not wait for it). */
  private compactFailures = 0;
  private compactRetryAt = 0;
  private closed = false;
  private authorsSinceSnapshot = new Set<string>();
  private lastSnapshotAt: number;
  private changedSinceSnapshot = false;

  constructor(
    readonly name: string,
    private readonly doc: Y.Doc,
    private readonly store: DocumentStore,
    private readonly limits: TLogLimits,
    loaded: Pick<TLoadedDocument, "tailCount" | "tailBytes" | "byteSize" | "stateBytes" | "stateHash" | "tailIds">,
  ) {
    this.tailCount = loaded.tailCount;
    this.tailBytes = loaded.tailBytes;
    this.byteSize = loaded.byteSize;
    this.stateBytes = loaded.stateBytes;
    this.stateHash = loaded.stateHash;
    this.knownRowIds = new Set(loaded.tailIds);
    // Constructed right after the stored content was applied, before any other change.
    this.storedVector = Y.encodeStateVector(doc);
    this.lastSnapshotAt = Date.now();
  }

  /** Called synchronously for every update applied to the document. */
  push(update: Uint8Array, userId: string | null): void {
    this.pending.push({ update, userId });
    this.appliedSeq += 1;
    this.byteSize += update.byteLength;
    this.queuedBytes += update.byteLength;
    this.changedSinceSnapshot = true;
    if (userId) this.authorsSinceSnapshot.add(userId);
    this.scheduleRender();
    this.kick();
  }

  /**
   * Called synchronously for every update another server sent through Redis. That server
   * appends it; this one adopts it only when it has to vouch for it (see the file comment).
   */
  pushRemote(update: Uint8Array): void {
    this.sawRemote = true;
    this.storedVector = null;
    this.remote.push(update);
    this.byteSize += update.byteLength;
    this.queuedBytes += update.byteLength;
    if (this.remote.length >= this.limits.maxRemote) this.adoptRemote();
  }

  /** Updates from other servers held now (tests, health). */
  get remoteCount(): number {
    return this.remote.length;
  }

  /**
   * Resolves once every update applied before this call is committed: our own appends, and
   * updates from other servers adopted here (so the answer never rests on another server).
   * Resolves with the state vector (base64) the answer vouches for: everything in it is
   * committed, and it covers every update applied before the call. Usually that is the
   * vector of what is stored, shared by all answers a commit releases (one vector per
   * commit instead of one per keystroke); with other servers' content in the document the
   * stored vector is not known, and the document's vector is taken now.
   */
  whenDurable(): Promise<string> {
    this.adoptRemote();
    const target = this.appliedSeq;
    const stateVector = this.sawRemote ? base64(Y.encodeStateVector(this.doc)) : null;
    return new Promise((resolve) => {
      this.waiters.push({ target, resolve, stateVector });
      this.releaseWaiters();
    });
  }

  /**
   * Calls `callback` once every update applied before this call is committed: at once when
   * nothing is waiting. Unlike whenDurable it needs no state vector, and does not wait for
   * updates held from other servers.
   */
  afterCommit(callback: () => void): void {
    if (this.committedSeq >= this.appliedSeq) callback();
    else this.commitCallbacks.push({ target: this.appliedSeq, callback });
  }

  get isClosed(): boolean {
    return this.closed;
  }

  get hasUncommitted(): boolean {
    return this.committedSeq < this.appliedSeq;
  }

  /**
   * Before the document leaves memory: wait for every append, compact, render, and take an
   * automatic snapshot when something changed. Keeps retrying while PostgreSQL is down.
   */
  async close(): Promise<void> {
    this.closed = true;
    if (this.renderTimer) clearTimeout(this.renderTimer);
    this.renderTimer = null;
    // What another server sent is in the state written, so it must be committed by us too.
    this.adoptRemote();
    await this.drain();
    // Through the worker, which retries until PostgreSQL takes it.
    if (this.tailCount > 0 || this.changedSinceSnapshot) await this.requestCompaction(true);
  }

  /** The unload was called off (someone opened the document again meanwhile). */
  reopen(): void {
    this.closed = false;
  }

  /**
   * Compacts now, through the worker: a compaction commits queued updates too, so it must
   * never run beside an append of this document. Retried until it succeeds.
   */
  requestCompaction(unloading = false): Promise<void> {
    return new Promise((resolve) => {
      this.compactRequests.push({ unloading, resolve });
      this.kick();
    });
  }

  /** Waits until the worker has nothing left to do. */
  async drain(): Promise<void> {
    while (this.worker) await this.worker;
  }

  /** Queues everything held from other servers as one append of this server (author unknown). */
  private adoptRemote(): void {
    if (!this.remote.length) return;
    const update = this.remote.length === 1 ? this.remote[0]! : Y.mergeUpdates(this.remote);
    this.queuedBytes += update.byteLength - this.remote.reduce((sum, entry) => sum + entry.byteLength, 0);
    this.remote = [];
    this.pending.push({ update, userId: null });
    this.appliedSeq += 1;
    this.kick();
  }

  private kick(): void {
    if (this.worker) return;
    this.worker = this.run().finally(() => {
      this.worker = null;
      // Work that arrived while the last pass was finishing.
      if (this.pending.length || this.renderDue || this.compactRequests.length) this.kick();
    });
  }

  private async run(): Promise<void> {
    for (;;) {
      if (this.pending.length) {
        const batch = this.takeBatch();
        let ids: bigint[];
        try {
          ids = await this.store.append(this.name, batch.rows);
        } catch (error) {
          await this.backoff("append", error);
          continue;
        }
        this.recovered();
        const consumed = this.pending.splice(0, batch.count);
        this.committedSeq += batch.count;
        for (const id of ids) this.knownRowIds.add(id);
        this.storedVector = this.sawRemote ? null : batch.vector;
        this.tailCount += batch.rows.length;
        this.tailBytes += batch.rows.reduce((sum, entry) => sum + entry.update.byteLength, 0);
        this.queuedBytes -= consumed.reduce((sum, entry) => sum + entry.update.byteLength, 0);
        this.releaseWaiters();
        // No `continue`: the compaction check below runs between appends too. Waiting until
        // nothing is pending never compacted during a continuous stream of updates (the
        // benchmark's replay grew the tail to 259,778 rows; QUALITY.md, yjs #741).
      }
      const requested = this.compactRequests.splice(0);
      if (requested.length || (!this.closed && this.compactionDue() && Date.now() >= this.compactRetryAt)) {
        try {
          await this.compact(requested.some((request) => request.unloading));
          this.compactFailures = 0;
          this.compactRetryAt = 0;
          for (const request of requested) request.resolve();
        } catch (error) {
          // Appends go on meanwhile (they are what durability answers wait for); the
          // compaction is tried again after a backoff of its own.
          this.compactRequests.unshift(...requested);
          this.compactFailures += 1;
          const delay = this.retryDelay(this.compactFailures);
          this.compactRetryAt = Date.now() + delay;
          if (this.compactFailures === 1 || this.compactFailures % 20 === 0) {
            log.error({ document: this.name, failures: this.compactFailures, retryInMs: delay, err: error }, "compaction failed; retrying");
          }
          if (!this.pending.length) await new Promise((resolve) => setTimeout(resolve, delay));
        }
        continue;
      }
      if (this.pending.length) continue;
      if (this.renderDue && !this.closed) {
        this.renderDue = false;
        // Not awaited: the store writes renderings in groups, a little later; appends must
        // not wait for that. Renderings are refreshed again on the next change and at compaction.
        this.rendering = this.store.render(this.name, this.doc, this.byteSize).catch((error: unknown) => log.warn({ document: this.name, err: error }, "could not refresh the rendering"));
        continue;
      }
      return;
    }
  }

  /**
   * The next append: many queued updates of one author as one row (the in-memory document's
   * difference from what is stored; the row keeps its author), otherwise up to maxBatch
   * rows of one update each. Also returns the state vector stored once it commits, when known.
   */
  private takeBatch(): { rows: TPendingUpdate[]; count: number; vector: Uint8Array | null } {
    const author = this.pending[0]!.userId;
    if (
      this.pending.length >= this.limits.mergeAfterUpdates &&
      this.storedVector &&
      !this.sawRemote &&
      this.pending.every((entry) => entry.userId === author)
    ) {
      // Everything in memory that is not stored is exactly what is queued (no other server's
      // content: sawRemote), so the difference covers the whole queue.
      const update = Y.encodeStateAsUpdate(this.doc, this.storedVector);
      return { rows: [{ update, userId: author }], count: this.pending.length, vector: Y.encodeStateVector(this.doc) };
    }
    const count = Math.min(this.pending.length, this.limits.maxBatch);
    const vector = count === this.pending.length && !this.sawRemote ? Y.encodeStateVector(this.doc) : null;
    return { rows: this.pending.slice(0, count), count, vector };
  }

  private compactionDue(): boolean {
    return this.tailCount >= this.limits.compactAfterRows || this.tailBytes >= Math.max(this.limits.compactAfterBytes, this.stateBytes);
  }

  private async compact(unloading: boolean): Promise<void> {
    // A rendering still on its way must not land after (and over) the compaction's newer one.
    await this.rendering;
    // The state written is the in-memory document; what other servers sent counts as ours
    // from here on (it will be in PostgreSQL when this commits).
    this.adoptRemote();
    let coveredSeq = this.committedSeq;
    let vector: Uint8Array | null = null;
    const { state, plainText, stateHash } = await this.store.compact(this.name, {
      stateHash: this.stateHash,
      knownRowIds: this.knownRowIds,
      doc: this.doc,
      absorb: (updates) => {
        for (const update of updates) Y.applyUpdate(this.doc, update, FROM_DATABASE);
      },
      encode: () => {
        // Everything applied until now is in this state, queued updates included.
        coveredSeq = this.appliedSeq;
        vector = this.sawRemote ? null : Y.encodeStateVector(this.doc);
        return Y.encodeStateAsUpdate(this.doc);
      },
    });
    // Queued updates the state already holds need no row of their own.
    const covered = this.pending.splice(0, Math.max(0, coveredSeq - this.committedSeq));
    this.queuedBytes -= covered.reduce((sum, entry) => sum + entry.update.byteLength, 0);
    this.committedSeq = Math.max(this.committedSeq, coveredSeq);
    this.storedVector = vector;
    // Every row this process knew of was merged now (or by another server before).
    this.knownRowIds.clear();
    this.tailCount = 0;
    this.tailBytes = 0;
    this.stateHash = stateHash;
    this.stateBytes = state.byteLength;
    this.byteSize = state.byteLength + this.queuedBytes;
    this.releaseWaiters();
    const due = unloading || Date.now() - this.lastSnapshotAt >= this.limits.snapshotIntervalMs;
    if (due && this.changedSinceSnapshot && this.authorsSinceSnapshot.size > 0) {
      const previous = await this.store.lastSnapshot(this.name);
      if (previous?.plainText !== plainText) {
        await this.store.snapshot(this.name, { kind: "AUTO", state, plainText, authorIds: [...this.authorsSinceSnapshot] });
      }
      this.authorsSinceSnapshot.clear();
      this.changedSinceSnapshot = false;
      this.lastSnapshotAt = Date.now();
    }
    log.debug({ document: this.name, covered: covered.length, bytes: state.byteLength }, "compacted");
  }

  private releaseWaiters(): void {
    this.releaseCommitCallbacks();
    if (!this.waiters.length) return;
    let committed: string | null | undefined;
    const waiting: Waiter[] = [];
    for (const waiter of this.waiters) {
      if (waiter.target > this.committedSeq) {
        waiting.push(waiter);
        continue;
      }
      committed ??= this.committedVector();
      const stateVector = waiter.stateVector ?? committed;
      // No vector to vouch for yet (after a partial batch): the next commit brings one.
      if (stateVector === null) waiting.push(waiter);
      else waiter.resolve(stateVector);
    }
    this.waiters = waiting;
  }

  /** Calls back every afterCommit whose updates are committed (a queue: a replay holds thousands). */
  private releaseCommitCallbacks(): void {
    const queue = this.commitCallbacks;
    while (this.commitHead < queue.length && queue[this.commitHead]!.target <= this.committedSeq) queue[this.commitHead++]!.callback();
    if (this.commitHead === queue.length) {
      this.commitCallbacks = [];
      this.commitHead = 0;
    } else if (this.commitHead > 1024 && this.commitHead * 2 > queue.length) {
      this.commitCallbacks = queue.slice(this.commitHead);
      this.commitHead = 0;
    }
  }

  /**
   * A state vector whose content is all committed and covers every update committed so far,
   * or null when none is known right now. What is stored is such a vector (each append and
   * compaction records it; it covers what they committed). Otherwise, when nothing applied
   * is waiting and nothing from other servers is held, the document itself is committed.
   */
  private committedVector(): string | null {
    if (this.storedVector) {
      if (this.storedVectorText?.vector !== this.storedVector) this.storedVectorText = { vector: this.storedVector, text: base64(this.storedVector) };
      return this.storedVectorText.text;
    }
    return this.committedSeq === this.appliedSeq && !this.remote.length ? base64(Y.encodeStateVector(this.doc)) : null;
  }

  private scheduleRender(): void {
    if (this.renderTimer || this.closed) return;
    this.renderTimer = setTimeout(() => {
      this.renderTimer = null;
      this.renderDue = true;
      this.kick();
    }, this.limits.renderDelayMs);
    this.renderTimer.unref();
  }

  private retryDelay(failures: number): number {
    return Math.min(this.limits.retryMaxMs, this.limits.retryMinMs * 2 ** Math.min(failures - 1, 16));
  }

  private async backoff(what: string, error: unknown): Promise<void> {
    this.failures += 1;
    const delay = this.retryDelay(this.failures);
    if (this.failures === 1 || this.failures % 20 === 0) {
      log.error({ document: this.name, what, failures: this.failures, retryInMs: delay, err: error }, "database write failed; retrying, nothing is acknowledged meanwhile");
    }
    await new Promise((resolve) => setTimeout(resolve, delay));
  }

  private recovered(): void {
    if (this.failures > 0) log.info({ document: this.name, failures: this.failures }, "database writes work again");
    this.failures = 0;
  }
}
