import { applyMigrations } from "@trendweb/db/migrations";
import { createDbClient } from "@trendweb/db/node";
import { childLogger } from "@trendweb/logger";
import { seed } from "../../../prisma/seed.ts";

const log = childLogger("launcher");

/** Applies pending migrations, then the idempotent seed (demo accounts only outside production). */
export async function prepareDatabase(url: string, options: { seed: boolean; demoAccounts: boolean }): Promise<void> {
  const applied = await applyMigrations(url);
  log.info({ applied }, applied.length ? "migrations applied" : "database schema up to date");
  if (!options.seed) return;
  const client = createDbClient(url);
  try {
    const report = await seed(client, { demoAccounts: options.demoAccounts });
    log.info(report, "seed data in place");
  } finally {
    await client.$disconnect();
  }
}
