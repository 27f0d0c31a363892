// Who has a section open right now (CollabPresence), for the workspace dashboard: a row per
// document connection, removed on disconnect, refreshed by a heartbeat so that rows of a
// server that died go stale (readers only count rows seen within PRESENCE_FRESH_MS).
// Timestamps are written as UTC, like Prisma's. Raw SQL: a connect burst (900 document connections) through Prisma grew the process by
// several MB of query-compiler memory that is never given back.
import { randomUUID } from "node:crypto";
import type { connectedPayload, Extension, onDisconnectPayload } from "@hocuspocus/server";
import type { PrismaClient } from "@trendweb/db/node";
import { childLogger } from "@trendweb/logger";
import { isCollabContext } from "../collab-context.ts";

const log = childLogger("collab");
const HEARTBEAT_MS = 30_000;
export const PRESENCE_FRESH_MS = 3 * HEARTBEAT_MS;

export class Presence implements Extension {
  extensionName = "presence";
  readonly serverId = randomUUID();
  private heartbeat: NodeJS.Timeout | null = null;

  constructor(private readonly db: PrismaClient) {}

  async onListen(): Promise<void> {
    this.heartbeat = setInterval(() => {
      void this.db.$executeRaw`UPDATE "CollabPresence" SET "seenAt" = (now() AT TIME ZONE 'UTC') WHERE "serverId" = ${this.serverId}`.catch((error: unknown) => log.warn({ err: error }, "presence heartbeat failed"));
    }, HEARTBEAT_MS).unref();
  }

  async connected({ documentName, socketId, context }: connectedPayload): Promise<void> {
    if (!isCollabContext(context)) return;
    await this.db.$executeRaw`
      INSERT INTO "CollabPresence" ("id", "documentName", "userId", "canWrite", "serverId", "connectedAt", "seenAt")
      VALUES (${`${socketId}:${documentName}`}, ${documentName}, ${context.user.id}, ${context.canWrite}, ${this.serverId}, (now() AT TIME ZONE 'UTC'), (now() AT TIME ZONE 'UTC'))`
      .catch((error: unknown) => log.warn({ err: error, document: documentName }, "could not record presence"));
  }

  async onDisconnect({ documentName, socketId }: onDisconnectPayload): Promise<void> {
    await this.db.$executeRaw`DELETE FROM "CollabPresence" WHERE "id" = ${`${socketId}:${documentName}`}`.catch((error: unknown) => log.warn({ err: error }, "could not clear presence"));
  }

  async onDestroy(): Promise<void> {
    if (this.heartbeat) clearInterval(this.heartbeat);
    await this.db.$executeRaw`DELETE FROM "CollabPresence" WHERE "serverId" = ${this.serverId}`.catch(() => undefined);
  }
}
