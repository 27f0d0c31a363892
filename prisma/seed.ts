// Seeds what every installation needs. Idempotent: safe on every start.
import { GEMEENTEN } from "@trendweb/content";
import type { PrismaClient } from "@trendweb/db/node";

export interface SeedReport {
  gemeenten: number;
}

export async function seed(db: PrismaClient): Promise<SeedReport> {
  for (const gemeente of GEMEENTEN) {
    await db.gemeente.upsert({
      where: { slug: gemeente.slug },
      create: gemeente,
      update: { name: gemeente.name, cbsCode: gemeente.cbsCode },
    });
  }
  return { gemeenten: await db.gemeente.count() };
}
