// Who has a section open right now (CollabPresence), for the workspace dashboard: a row per
// document connection, removed on disconnect, refreshed by a heartbeat so that rows of a
// server that died go stale (readers only count rows seen within PRESENCE_FRESH_MS).
// Timestamps are written as UTC, like Prisma's.
import { randomUUID } from "node:crypto";
import type { connectedPayload, Extension, onDisconnectPayload } from "@hocuspocus/server";
import type { TSql } from "@trendweb/db/sql";
import { childLogger } from "@trendweb/logger";
import { isCollabContext } from "../collab-context.ts";

const log = childLogger("collab");
const HEARTBEAT_MS = 30_000;
export const PRESENCE_FRESH_MS = 3 * HEARTBEAT_MS;

export class Presence implements Extension {
  extensionName = "presence";
  readonly serverId = randomUUID();
  private heartbeat: NodeJS.Timeout | null = null;

  constructor(private readonly sql: TSql) {}

  async onListen(): Promise<void> {
    this.heartbeat = setInterval(() => {
      void this.sql.query(`UPDATE "CollabPresence" SET "seenAt" = (now() AT TIME ZONE 'UTC') WHERE "serverId" = $1`, [this.serverId]).catch((error: unknown) => log.warn({ err: error }, "presence heartbeat failed"));
    }, HEARTBEAT_MS).unref();
  }

  async connected({ documentName, socketId, context }: connectedPayload): Promise<void> {
    if (!isCollabContext(context)) return;
    await this.sql
      .query(
        `INSERT INTO "CollabPresence" ("id", "documentName", "userId", "canWrite", "serverId", "connectedAt", "seenAt")
         VALUES ($1, $2, $3, $4, $5, (now() AT TIME ZONE 'UTC'), (now() AT TIME ZONE 'UTC'))`,
        [`${socketId}:${documentName}`, documentName, context.user.id, context.canWrite, this.serverId],
      )
      .catch((error: unknown) => log.warn({ err: error, document: documentName }, "could not record presence"));
  }

  async onDisconnect({ documentName, socketId }: onDisconnectPayload): Promise<void> {
    await this.sql.query(`DELETE FROM "CollabPresence" WHERE "id" = $1`, [`${socketId}:${documentName}`]).catch((error: unknown) => log.warn({ err: error }, "could not clear presence"));
  }

  async onDestroy(): Promise<void> {
    if (this.heartbeat) clearInterval(this.heartbeat);
    await this.sql.query(`DELETE FROM "CollabPresence" WHERE "serverId" = $1`, [this.serverId]).catch(() => undefined);
  }
}
