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
import { childLogger } from "@trendweb/logger";
import * as Y from "yjs";
import type { DocumentStore, TPendingUpdate } from "./document-store.ts";

const log = childLogger("collab-persistence");

export interface TLogLimits {
  /** Compact when the tail holds this many rows… */
  compactAfterRows: number;
  /** …or this many bytes. */
  compactAfterBytes: number;
  /** At most this many updates per INSERT. */
  maxBatch: number;
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
  compactAfterBytes: 512 * 1024,
  maxBatch: 500,
  renderDelayMs: 2_000,
  retryMinMs: 100,
  retryMaxMs: 5_000,
  snapshotIntervalMs: 60 * 60 * 1000,
  maxRemote: 500,
};

interface Waiter {
  target: number;
  resolve: () => void;
}

export class DocumentLog {
  /** Updates applied to the in-memory document and queued (monotonic). */
  appliedSeq = 0;
  /** Of those, how many are committed. */
  committedSeq = 0;
  tailCount: number;
  tailBytes: number;
  /** Yjs-encoded size estimate (state + tail), for the per-document cap. */
  byteSize: number;

  private pending: TPendingUpdate[] = [];
  /** Updates from other servers (Redis), not known to be committed. */
  private remote: Uint8Array[] = [];
  /** Bytes in `pending` and `remote` (kept up to date: the queue can be long). */
  private queuedBytes = 0;
  private waiters: Waiter[] = [];
  private worker: Promise<void> | null = null;
  private renderDue = false;
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
    loaded: { tailCount: number; tailBytes: number; byteSize: number },
  ) {
    this.tailCount = loaded.tailCount;
    this.tailBytes = loaded.tailBytes;
    this.byteSize = loaded.byteSize;
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
   */
  whenDurable(): Promise<void> {
    this.adoptRemote();
    const target = this.appliedSeq;
    if (this.committedSeq >= target) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push({ target, resolve }));
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
    // Compaction reads PostgreSQL, not memory: what another server sent must be there too.
    this.adoptRemote();
    await this.drain();
    if (this.tailCount > 0 || this.changedSinceSnapshot) await this.retrying("compact on unload", () => this.compact(true));
  }

  /** The unload was called off (someone opened the document again meanwhile). */
  reopen(): void {
    this.closed = false;
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
      if (this.pending.length || this.renderDue) this.kick();
    });
  }

  private async run(): Promise<void> {
    for (;;) {
      if (this.pending.length) {
        const batch = this.pending.slice(0, this.limits.maxBatch);
        try {
          await this.store.append(this.name, batch);
        } catch (error) {
          await this.backoff("append", error);
          continue;
        }
        this.recovered();
        this.pending.splice(0, batch.length);
        this.committedSeq += batch.length;
        const batchBytes = batch.reduce((sum, entry) => sum + entry.update.byteLength, 0);
        this.tailCount += batch.length;
        this.tailBytes += batchBytes;
        this.queuedBytes -= batchBytes;
        this.releaseWaiters();
        // No `continue`: the compaction check below runs between appends too. Waiting until
        // nothing is pending never compacted during a continuous stream of updates (the
        // benchmark's replay grew the tail to 259,778 rows; QUALITY.md, yjs #741).
      }
      if (!this.closed && this.compactionDue() && Date.now() >= this.compactRetryAt) {
        try {
          await this.compact(false);
          this.compactFailures = 0;
          this.compactRetryAt = 0;
        } catch (error) {
          // Appends go on meanwhile (they are what durability answers wait for); the
          // compaction is tried again after a backoff of its own.
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
        try {
          await this.store.render(this.name, this.doc, this.byteSize);
        } catch (error) {
          // Renderings are refreshed again on the next change and at compaction.
          log.warn({ document: this.name, err: error }, "could not refresh the rendering");
        }
        continue;
      }
      return;
    }
  }

  private compactionDue(): boolean {
    return this.tailCount >= this.limits.compactAfterRows || this.tailBytes >= this.limits.compactAfterBytes;
  }

  private async compact(unloading: boolean): Promise<void> {
    const { state, plainText, merged } = await this.store.compact(this.name);
    this.tailCount = Math.max(0, this.tailCount - merged);
    this.tailBytes = this.tailCount === 0 ? 0 : this.tailBytes;
    // Compaction may run while updates are still queued: they count as well.
    this.byteSize = state.byteLength + this.tailBytes + this.queuedBytes;
    const due = unloading || Date.now() - this.lastSnapshotAt >= this.limits.snapshotIntervalMs;
    if (due && this.changedSinceSnapshot && this.authorsSinceSnapshot.size > 0) {
      const previous = await this.store.lastSnapshot(this.name);
      if (previous?.plainText !== plainText || !previous) {
        await this.store.snapshot(this.name, { kind: "AUTO", state, plainText, authorIds: [...this.authorsSinceSnapshot] });
      }
      this.authorsSinceSnapshot.clear();
      this.changedSinceSnapshot = false;
      this.lastSnapshotAt = Date.now();
    }
    log.debug({ document: this.name, merged, bytes: state.byteLength }, "compacted");
  }

  private releaseWaiters(): void {
    if (!this.waiters.length) return;
    const ready = this.waiters.filter((waiter) => waiter.target <= this.committedSeq);
    this.waiters = this.waiters.filter((waiter) => waiter.target > this.committedSeq);
    for (const waiter of ready) waiter.resolve();
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

  private async retrying(what: string, work: () => Promise<void>): Promise<void> {
    for (;;) {
      try {
        await work();
        this.recovered();
        return;
      } catch (error) {
        await this.backoff(what, error);
      }
    }
  }
}
