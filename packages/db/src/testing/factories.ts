// Test data builders, shared by integration tests and Playwright fixtures.
import { GEMEENTEN } from "@trendweb/content";
import type { GemeenteRole, GlobalRole, PrismaClient } from "../generated/prisma/client.ts";

export async function createGemeenten(db: PrismaClient): Promise<void> {
  await db.gemeente.createMany({ data: [...GEMEENTEN], skipDuplicates: true });
}

export interface TUserSpec {
  email: string;
  name?: string;
  passwordHash?: string;
  globalRole?: GlobalRole;
  memberships?: { gemeente: string; role: GemeenteRole }[];
}

export async function createUser(db: PrismaClient, spec: TUserSpec): Promise<{ id: string; email: string }> {
  const user = await db.user.create({
    data: { email: spec.email, name: spec.name ?? spec.email, passwordHash: spec.passwordHash, globalRole: spec.globalRole },
  });
  for (const membership of spec.memberships ?? []) {
    const gemeente = await db.gemeente.findUniqueOrThrow({ where: { slug: membership.gemeente } });
    await db.membership.create({ data: { userId: user.id, gemeenteId: gemeente.id, role: membership.role } });
  }
  return { id: user.id, email: user.email };
}

/** One member per [key, gemeente, role]; returns their ids by key (email `<key>@test.example`). */
export async function createMembers<TKey extends string>(
  db: PrismaClient,
  members: readonly (readonly [TKey, string, GemeenteRole])[],
): Promise<Record<TKey, string>> {
  const ids = {} as Record<TKey, string>;
  for (const [key, gemeente, role] of members) {
    ids[key] = (await createUser(db, { email: `${key}@test.example`, name: key, memberships: [{ gemeente, role }] })).id;
  }
  return ids;
}
