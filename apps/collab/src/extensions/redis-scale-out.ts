// Scale-out (REDIS_URL): several collaboration servers serve the same documents and share
// live updates and awareness through Redis (@hocuspocus/extension-redis). What this means
// for persistence is handled in durable-persistence.ts / document-log.ts: each server
// appends what its own clients send; updates from another server are adopted only when this
// server must vouch for them (a durability check, unload), so "durable" stays truthful even
// when the other server dies before its append. Seeding is an INSERT … ON CONFLICT DO
// NOTHING and compaction locks the document row, so both are safe with several servers.
import { Redis as RedisExtension } from "@hocuspocus/extension-redis";
import { childLogger } from "@trendweb/logger";
import { Redis } from "ioredis";

const log = childLogger("collab-redis");

/** Channel and key prefix, so one Redis can serve other things too. */
export const REDIS_PREFIX = "trendweb-collab";

export function createRedisExtension(redisUrl: string): RedisExtension {
  let errors = 0;
  const createClient = () => {
    const client = new Redis(redisUrl, { lazyConnect: false });
    client.on("error", (error: unknown) => {
      // ioredis reconnects by itself; say so once, then now and then.
      errors += 1;
      if (errors === 1 || errors % 50 === 0) log.error({ err: error, errors }, "Redis unreachable; reconnecting");
    });
    client.on("ready", () => {
      if (errors > 0) log.info("Redis reachable again");
      errors = 0;
    });
    return client;
  };
  return new RedisExtension({ createClient, prefix: REDIS_PREFIX });
}
