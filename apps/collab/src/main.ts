import { ConfigError } from "@trendweb/config";
import { childLogger } from "@trendweb/logger";
import { createCollabServer } from "./create-collab-server.ts";
import { readCollabEnv } from "./env.ts";

const log = childLogger("collab");

try {
  const env = readCollabEnv();
  const server = createCollabServer({ port: env.COLLAB_PORT, address: env.COLLAB_HOST });
  await server.listen();
  log.info({ url: server.webSocketURL }, "collaboration server listening");
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => void server.destroy().then(() => process.exit(0)));
  }
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  console.error(`Samenwerkingsserver kan niet starten: ${error.message}`);
  process.exit(1);
}
