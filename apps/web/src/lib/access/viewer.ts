import "server-only";
import { db } from "@trendweb/db";
import { loadViewer, type ServiceContext, type TViewer } from "@trendweb/services";
import { cache } from "react";
import { auth } from "@/auth";

/** The signed-in person with fresh memberships, once per request. */
export const getViewer = cache(async (): Promise<TViewer> => {
  const session = await auth();
  return loadViewer(db, session?.user?.id);
});

export async function serviceContext(): Promise<ServiceContext> {
  return { db, viewer: await getViewer() };
}
