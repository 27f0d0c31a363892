// Entry for Node processes that are servers or scripts themselves (launcher, seed, collab,
// tests). The web app imports "@trendweb/db", which adds the server-only guard.
export { createDbClient, db, disconnectDb, getDb } from "./client.ts";
export { checkDatabase, describeConnectionError, type TDatabaseHealth } from "./health.ts";
export * from "./generated/prisma/client.ts";
export { createNotificationListener, getNotificationListener, type TNotificationListener } from "./notifications.ts";
