// Who has a section open right now (CollabPresence), for the workspace dashboard: a row per
// document connection, removed on disconnect, refreshed by a heartbeat so that rows of a
// server that died go stale (readers only count rows seen within PRESENCE_FRESH_MS).
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
      void this.db.collabPresence.updateMany({ where: { serverId: this.serverId }, data: { seenAt: new Date() } }).catch((error: unknown) => log.warn({ err: error }, "presence heartbeat failed"));
    }, HEARTBEAT_MS).unref();
  }

  async connected({ documentName, socketId, context }: connectedPayload): Promise<void> {
    if (!isCollabContext(context)) return;
    await this.db.collabPresence
      .create({ data: { id: `${socketId}:${documentName}`, documentName, userId: context.user.id, canWrite: context.canWrite, serverId: this.serverId } })
      .catch((error: unknown) => log.warn({ err: error, document: documentName }, "could not record presence"));
  }

  async onDisconnect({ documentName, socketId }: onDisconnectPayload): Promise<void> {
    await this.db.collabPresence.deleteMany({ where: { id: `${socketId}:${documentName}` } }).catch((error: unknown) => log.warn({ err: error }, "could not clear presence"));
  }

  async onDestroy(): Promise<void> {
    if (this.heartbeat) clearInterval(this.heartbeat);
    await this.db.collabPresence.deleteMany({ where: { serverId: this.serverId } }).catch(() => undefined);
  }
}
