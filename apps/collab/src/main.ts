import { ConfigError } from "@trendweb/config";
import { createSql } from "@trendweb/db/sql";
import { childLogger } from "@trendweb/logger";
import { createCollabServer } from "./create-collab-server.ts";
import { readCollabEnv } from "./env.ts";

const log = childLogger("collab");

try {
  const env = readCollabEnv();
  const sql = createSql(env.DATABASE_URL, { onIdleError: (error) => log.warn({ err: error }, "database connection lost; reconnecting on next use") });
  const { server } = await createCollabServer({
    port: env.COLLAB_PORT,
    address: env.COLLAB_HOST,
    sql,
    authSecret: env.AUTH_SECRET,
    allowedOrigins: env.COLLAB_ALLOWED_ORIGINS,
    maxDocumentBytes: env.COLLAB_MAX_DOCUMENT_BYTES,
    redisUrl: env.REDIS_URL,
  });
  await server.listen();
  log.info({ url: server.webSocketURL, port: server.address.port, redis: Boolean(env.REDIS_URL) }, "collaboration server listening");
  // SIGTERM/SIGINT: stop accepting, close the connections, let every document drain its
  // log and compact (beforeUnloadDocument), then exit.
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => {
      log.info({ signal }, "stopping: flushing documents");
      void server
        .destroy()
        .then(() => sql.end())
        .then(() => process.exit(0));
    });
  }
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  console.error(`Samenwerkingsserver kan niet starten: ${error.message}`);
  process.exit(1);
}
