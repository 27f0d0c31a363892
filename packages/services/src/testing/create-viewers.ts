// Test people as the services see them: each spec created as a user, then loaded as a viewer
// (with memberships and global role), keyed as the test names them.
import type { PrismaClient } from "@trendweb/db/node";
import { createUser, type TUserSpec } from "@trendweb/db/testing";
import { loadViewer, type TViewer } from "../access/viewer.ts";

export async function createViewers<K extends string>(db: PrismaClient, people: Record<K, TUserSpec>): Promise<Record<K, TViewer>> {
  const viewers = {} as Record<K, TViewer>;
  for (const key of Object.keys(people) as K[]) viewers[key] = await loadViewer(db, (await createUser(db, people[key])).id);
  return viewers;
}
