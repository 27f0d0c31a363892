import type { GemeenteRole } from "@trendweb/db/node";
import { assertCan, type TWorkspace } from "../access/assert-role.ts";
import type { ServiceContext } from "../service-context.ts";

export interface TMembersPage {
  workspace: TWorkspace;
  members: { userId: string; name: string; email: string; roles: GemeenteRole[] }[];
  invitations: { id: string; email: string; role: GemeenteRole; expiresAt: Date; expired: boolean }[];
  auditLog: { id: string; at: Date; action: string; actor: string | null; subject: string | null }[];
}

/** Members, open invitations and the workspace's recent audit log, for its beheerders. */
export async function listMembers({ db, viewer }: ServiceContext, gemeenteSlug: string, now = new Date()): Promise<TMembersPage> {
  const workspace = await assertCan(db, viewer, gemeenteSlug, "members.manage");
  const [memberships, invitations, events] = await Promise.all([
    db.membership.findMany({
      where: { gemeenteId: workspace.id },
      select: { role: true, user: { select: { id: true, name: true, email: true } } },
    }),
    db.invitation.findMany({
      where: { gemeenteId: workspace.id, acceptedAt: null, revokedAt: null },
      orderBy: { createdAt: "desc" },
      select: { id: true, email: true, role: true, expiresAt: true },
    }),
    db.auditEvent.findMany({
      where: { gemeenteId: workspace.id },
      orderBy: { at: "desc" },
      take: 50,
      select: { id: true, at: true, action: true, subject: true, actor: { select: { name: true, email: true } } },
    }),
  ]);

  const members = new Map<string, TMembersPage["members"][number]>();
  for (const { role, user } of memberships) {
    const entry = members.get(user.id) ?? { userId: user.id, name: user.name ?? user.email, email: user.email, roles: [] };
    entry.roles.push(role);
    members.set(user.id, entry);
  }
  return {
    workspace,
    members: [...members.values()].sort((a, b) => a.name.localeCompare(b.name, "nl")),
    invitations: invitations.map((invitation) => ({ ...invitation, expired: invitation.expiresAt <= now })),
    auditLog: events.map((event) => ({
      id: event.id,
      at: event.at,
      action: event.action,
      subject: event.subject,
      actor: event.actor ? (event.actor.name ?? event.actor.email) : null,
    })),
  };
}
