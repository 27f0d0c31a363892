// The person behind a request, with memberships loaded fresh from the database on every
// request, so a removed member loses access at once (the session only carries the id).
import type { GemeenteRole, GlobalRole, PrismaClient } from "@trendweb/db/node";

export interface TWorkspaceMembership {
  gemeenteId: string;
  gemeenteSlug: string;
  gemeenteName: string;
  roles: GemeenteRole[];
}

export type TViewer =
  | { kind: "anonymous" }
  | {
      kind: "user";
      userId: string;
      email: string;
      name: string | null;
      globalRole: GlobalRole | null;
      memberships: TWorkspaceMembership[];
    };

export const ANONYMOUS: TViewer = { kind: "anonymous" };

export async function loadViewer(db: PrismaClient, userId: string | null | undefined): Promise<TViewer> {
  if (!userId) return ANONYMOUS;
  const user = await db.user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      email: true,
      name: true,
      globalRole: true,
      memberships: { select: { role: true, gemeente: { select: { id: true, slug: true, name: true } } } },
    },
  });
  if (!user) return ANONYMOUS;
  const byGemeente = new Map<string, TWorkspaceMembership>();
  for (const { role, gemeente } of user.memberships) {
    const entry = byGemeente.get(gemeente.id) ?? {
      gemeenteId: gemeente.id,
      gemeenteSlug: gemeente.slug,
      gemeenteName: gemeente.name,
      roles: [],
    };
    entry.roles.push(role);
    byGemeente.set(gemeente.id, entry);
  }
  return {
    kind: "user",
    userId: user.id,
    email: user.email,
    name: user.name,
    globalRole: user.globalRole,
    memberships: [...byGemeente.values()].sort((a, b) => a.gemeenteName.localeCompare(b.gemeenteName, "nl")),
  };
}
