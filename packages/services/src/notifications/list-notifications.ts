// A signed-in person's own notifications (Meldingen): newest first, and marking them read.
// Only ever the caller's own rows; anonymous callers are asked to sign in.
import type { NotificationKind } from "@trendweb/db/node";
import { AppError } from "../app-error.ts";
import type { ServiceContext } from "../service-context.ts";
import type { TViewer } from "../access/viewer.ts";

export const NOTIFICATION_LIMIT = 50;

export interface TNotificationView {
  id: string;
  kind: NotificationKind;
  title: string;
  path: string;
  gemeenteName: string;
  createdAt: Date;
  read: boolean;
}

function requireUser(viewer: TViewer): string {
  if (viewer.kind !== "user") throw new AppError("UNAUTHENTICATED", "Log in om uw meldingen te zien.");
  return viewer.userId;
}

export async function listNotifications({ db, viewer }: ServiceContext): Promise<{ notifications: TNotificationView[]; unread: number }> {
  const userId = requireUser(viewer);
  const [rows, unread] = await Promise.all([
    db.notification.findMany({
      where: { userId },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: NOTIFICATION_LIMIT,
      select: { id: true, kind: true, title: true, path: true, createdAt: true, readAt: true, gemeente: { select: { name: true } } },
    }),
    db.notification.count({ where: { userId, readAt: null } }),
  ]);
  return {
    notifications: rows.map((row) => ({ id: row.id, kind: row.kind, title: row.title, path: row.path, gemeenteName: row.gemeente.name, createdAt: row.createdAt, read: row.readAt !== null })),
    unread,
  };
}

/** 0 for anonymous callers (the header asks on every page). */
export async function countUnreadNotifications({ db, viewer }: ServiceContext): Promise<number> {
  if (viewer.kind !== "user") return 0;
  return db.notification.count({ where: { userId: viewer.userId, readAt: null } });
}

/** Marks all of the caller's unread notifications read; returns how many. */
export async function markNotificationsRead({ db, viewer }: ServiceContext): Promise<number> {
  const userId = requireUser(viewer);
  const { count } = await db.notification.updateMany({ where: { userId, readAt: null }, data: { readAt: new Date() } });
  return count;
}
