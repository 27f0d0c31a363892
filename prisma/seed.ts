// Seeds what every installation needs. Idempotent: safe on every start.
import { GEMEENTEN } from "@trendweb/content";
import type { PrismaClient } from "@trendweb/db/node";
import { indexCoreContent } from "@trendweb/services";
import { seedDemoAccounts } from "./seed-demo-accounts.ts";

export interface SeedReport {
  gemeenten: number;
  demoAccounts: number;
}

export interface SeedOptions {
  /** Add the demo accounts of spec/PRODUCT.md (development and tests only). */
  demoAccounts: boolean;
}

export async function seed(db: PrismaClient, options: SeedOptions = { demoAccounts: false }): Promise<SeedReport> {
  for (const gemeente of GEMEENTEN) {
    await db.gemeente.upsert({
      where: { slug: gemeente.slug },
      create: gemeente,
      update: { name: gemeente.name, cbsCode: gemeente.cbsCode },
    });
  }
  await indexCoreContent(db);
  const demoAccounts = options.demoAccounts ? await seedDemoAccounts(db) : 0;
  return { gemeenten: await db.gemeente.count(), demoAccounts };
}
