// The one Prisma client of a process, on the pg driver adapter.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/prisma/client.ts";
import { readDatabaseUrl } from "./env.ts";

export function createDbClient(connectionString: string): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString }) });
}

// Kept on globalThis so Next.js hot reload does not open a new pool per edit.
const holder = globalThis as typeof globalThis & { trendwebDb?: PrismaClient };

export function getDb(): PrismaClient {
  holder.trendwebDb ??= createDbClient(readDatabaseUrl());
  return holder.trendwebDb;
}

/** The shared client, created on first use so that importing it needs no DATABASE_URL. */
export const db: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, property) {
    const client = getDb();
    const value: unknown = Reflect.get(client, property, client);
    return typeof value === "function" ? value.bind(client) : value;
  },
});

export async function disconnectDb(): Promise<void> {
  await holder.trendwebDb?.$disconnect();
  holder.trendwebDb = undefined;
}
