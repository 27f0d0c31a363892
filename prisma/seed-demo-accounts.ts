// Demo accounts of spec/PRODUCT.md, for development and tests only: the launcher asks for
// them only when NODE_ENV is not "production" (see packages/launcher/src/prepare-database.ts).
import type { GemeenteRole, GlobalRole, PrismaClient } from "@trendweb/db/node";
import { hashPassword } from "@trendweb/services";

export const DEMO_PASSWORD = "trendweb-demo";

interface DemoAccount {
  email: string;
  name: string;
  memberships?: { gemeente: string; role: GemeenteRole }[];
  globalRole?: GlobalRole;
}

export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  { email: "ambtenaar@zwolle.example", name: "Anouk Ambtenaar (Zwolle)", memberships: [{ gemeente: "zwolle", role: "AMBTENAAR" }] },
  { email: "ambtenaar2@zwolle.example", name: "Bram Ambtenaar (Zwolle)", memberships: [{ gemeente: "zwolle", role: "AMBTENAAR" }] },
  { email: "griffier@zwolle.example", name: "Greet Griffier (Zwolle)", memberships: [{ gemeente: "zwolle", role: "GRIFFIER" }] },
  { email: "raadslid@zwolle.example", name: "Rik Raadslid (Zwolle)", memberships: [{ gemeente: "zwolle", role: "RAADSLID" }] },
  { email: "beheer@zwolle.example", name: "Bea Beheerder (Zwolle)", memberships: [{ gemeente: "zwolle", role: "BEHEERDER" }] },
  { email: "ambtenaar@enschede.example", name: "Eva Ambtenaar (Enschede)", memberships: [{ gemeente: "enschede", role: "AMBTENAAR" }] },
  { email: "griffier@enschede.example", name: "Gijs Griffier (Enschede)", memberships: [{ gemeente: "enschede", role: "GRIFFIER" }] },
  { email: "redactie@trendbureau.example", name: "Rosa Redactie (Trendbureau)", globalRole: "REDACTIE" },
  { email: "admin@trendweb.example", name: "Arie Admin", globalRole: "ADMIN" },
];

export async function seedDemoAccounts(db: PrismaClient): Promise<number> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  for (const account of DEMO_ACCOUNTS) {
    const user = await db.user.upsert({
      where: { email: account.email },
      create: { email: account.email, name: account.name, passwordHash, globalRole: account.globalRole ?? null },
      update: {},
    });
    for (const membership of account.memberships ?? []) {
      const gemeente = await db.gemeente.findUniqueOrThrow({ where: { slug: membership.gemeente } });
      await db.membership.upsert({
        where: { userId_gemeenteId_role: { userId: user.id, gemeenteId: gemeente.id, role: membership.role } },
        create: { userId: user.id, gemeenteId: gemeente.id, role: membership.role },
        update: {},
      });
    }
  }
  return DEMO_ACCOUNTS.length;
}
