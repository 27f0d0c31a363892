// The session-signing secret. A deployment with its own database must set AUTH_SECRET;
// a local install on the embedded database gets a random one, kept beside its data so
// sessions survive restarts.
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import type { TLauncherEnv } from "./env.ts";
import { LaunchError } from "./launch-error.ts";
import type { ProvidedDatabase } from "./provide-database.ts";

export async function resolveAuthSecret(env: TLauncherEnv, database: ProvidedDatabase): Promise<string> {
  if (env.AUTH_SECRET) return env.AUTH_SECRET;
  if (!database.embedded) {
    throw new LaunchError("AUTH_SECRET ontbreekt. Zet een lange willekeurige waarde, bijvoorbeeld uit `openssl rand -base64 32`.");
  }
  const file = path.join(env.TRENDWEB_DATA_DIR, "auth-secret");
  if (existsSync(file)) return (await readFile(file, "utf8")).trim();
  const secret = randomBytes(32).toString("base64url");
  await writeFile(file, secret, { mode: 0o600 });
  return secret;
}
