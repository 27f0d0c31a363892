// The person behind a request, with memberships loaded fresh from the database on every
// request, so a removed member loses access at once (the session only carries the id).
import type { GemeenteRole, GlobalRole, PrismaClient } from "@trendweb/db/node";
import type { TSqlQuery } from "@trendweb/db/sql";

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

interface TViewerUser {
  id: string;
  email: string;
  name: string | null;
  globalRole: GlobalRole | null;
  memberships: { role: GemeenteRole; gemeente: { id: string; slug: string; name: string } }[];
}

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
  return user ? viewerOf(user) : ANONYMOUS;
}

/**
 * The same viewer in one SQL statement, for processes that run without Prisma (the collab
 * server: its client costs ~95 MB of RSS there). Kept beside loadViewer and tested against it.
 */
export async function loadViewerWithSql(sql: TSqlQuery, userId: string | null | undefined): Promise<TViewer> {
  if (!userId) return ANONYMOUS;
  const rows = await sql.query<{ id: string; email: string; name: string | null; globalRole: GlobalRole | null; role: GemeenteRole | null; gemeenteId: string | null; slug: string | null; gemeenteName: string | null }>(
    `SELECT u."id", u."email", u."name", u."globalRole", m."role", g."id" AS "gemeenteId", g."slug", g."name" AS "gemeenteName"
     FROM "User" u
     LEFT JOIN "Membership" m ON m."userId" = u."id"
     LEFT JOIN "Gemeente" g ON g."id" = m."gemeenteId"
     WHERE u."id" = $1`,
    [userId],
  );
  const first = rows[0];
  if (!first) return ANONYMOUS;
  return viewerOf({
    ...first,
    memberships: rows.flatMap(({ role, gemeenteId, slug, gemeenteName }) => (role && gemeenteId && slug && gemeenteName ? [{ role, gemeente: { id: gemeenteId, slug, name: gemeenteName } }] : [])),
  });
}

function viewerOf(user: TViewerUser): TViewer {
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
  // Roles in a fixed order, whatever order the database returned them in.
  for (const membership of byGemeente.values()) membership.roles.sort();
  return {
    kind: "user",
    userId: user.id,
    email: user.email,
    name: user.name,
    globalRole: user.globalRole,
    memberships: [...byGemeente.values()].sort((a, b) => a.gemeenteName.localeCompare(b.gemeenteName, "nl")),
  };
}
