import { Server } from "@hocuspocus/server";
import type { TSql } from "@trendweb/db/sql";
import { Authentication, type TAccessPolicy } from "./extensions/authentication.ts";
import { DurablePersistence } from "./extensions/durable-persistence.ts";
import { FairTurns } from "./extensions/fair-turns.ts";
import { healthEndpoint } from "./extensions/health-endpoint.ts";
import { MessageLimits } from "./extensions/message-limits.ts";
import { OriginCheck } from "./extensions/origin-check.ts";
import { Presence } from "./extensions/presence.ts";
import { ReadOnlyEnforcement } from "./extensions/read-only.ts";
import { SectionActivity } from "./extensions/section-activity.ts";
import { SnapshotRestore } from "./extensions/snapshot-restore.ts";
import { DEFAULT_LOG_LIMITS, type TLogLimits } from "./persistence/document-log.ts";
import { DocumentStore } from "./persistence/document-store.ts";

/** Largest WebSocket message accepted (QUALITY.md: ≤ 2 MiB); larger ones close that socket. */
export const MAX_MESSAGE_BYTES = 2 * 1024 * 1024;
/** Default cap on one section's Yjs state (history included). */
export const DEFAULT_MAX_DOCUMENT_BYTES = 8 * 1024 * 1024;

export interface TCollabServerOptions {
  port: number;
  address: string;
  /** Plain SQL, not Prisma: the collab server keeps its memory for documents (@trendweb/db/sql). */
  sql: TSql;
  authSecret: string;
  allowedOrigins: readonly string[];
  maxDocumentBytes?: number;
  logLimits?: Partial<TLogLimits>;
  /** Who may write or read which gemeente's documents; the capabilities table by default. */
  accessPolicy?: TAccessPolicy;
  /** Share documents with other collab servers through this Redis (scale-out); off when unset. */
  redisUrl?: string;
}

export interface TCollabServer {
  server: Server;
  persistence: DurablePersistence;
  store: DocumentStore;
}

export async function createCollabServer(options: TCollabServerOptions): Promise<TCollabServer> {
  // Loaded only when asked for: ioredis and the extension cost ~15 MB of RSS otherwise.
  const redis = options.redisUrl ? (await import("./extensions/redis-scale-out.ts")).createRedisExtension(options.redisUrl) : null;
  const store = new DocumentStore(options.sql);
  const persistence = new DurablePersistence(store, { ...DEFAULT_LOG_LIMITS, ...options.logLimits });
  const server = new Server({
    name: "trendweb-collab",
    port: options.port,
    address: options.address,
    quiet: true,
    // main.ts handles SIGTERM/SIGINT itself (flush, then exit).
    stopOnSignals: false,
    // Broadcast every update as it comes instead of batching per event-loop turn. With the
    // default (0) Hocuspocus merges each burst with Y.mergeUpdates before broadcasting: in
    // QUALITY.md's measurement that was 75 % of server time and made the automerge-paper
    // replay 4.6× slower (76 s vs 16.5 s). Per-keystroke updates are small; sending them
    // one by one costs less than merging them, and adds no latency.
    flushDelay: false,
    websocketOptions: { maxPayload: MAX_MESSAGE_BYTES },
    extensions: [
      new FairTurns(),
      new OriginCheck(options.allowedOrigins),
      new Authentication(options.sql, options.authSecret, options.accessPolicy),
      new ReadOnlyEnforcement(),
      new MessageLimits(options.maxDocumentBytes ?? DEFAULT_MAX_DOCUMENT_BYTES),
      persistence,
      new SectionActivity(options.sql),
      new Presence(options.sql),
      new SnapshotRestore({ sql: options.sql, authSecret: options.authSecret, persistence, store, accessPolicy: options.accessPolicy }),
      healthEndpoint,
      ...(redis ? [redis] : []),
    ],
  });
  return { server, persistence, store };
}
