import type { PrismaClient } from "@trendweb/db/node";
import type { TViewer } from "./access/viewer.ts";

/** What every service call gets: the database and who is asking. */
export interface ServiceContext {
  db: PrismaClient;
  viewer: TViewer;
}
