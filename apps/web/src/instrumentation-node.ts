// Refuse to run with bad settings: one clear line now, instead of failures on requests later.
import { ConfigError } from "@trendweb/config";
import { webEnv } from "./env";

try {
  webEnv();
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  console.error(`Trendweb Lokaal kan niet starten: ${error.message}`);
  process.exit(1);
}
