// Changing a member's roles or removing them. A workspace always keeps one beheerder,
// so it can never lock itself out.
import type { GemeenteRole, Prisma } from "@trendweb/db/node";
import { z } from "zod";
import { assertCan } from "../access/assert-role.ts";
import { GEMEENTE_ROLES } from "../access/role-labels.ts";
import { AppError } from "../app-error.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { parseInput } from "../parse-input.ts";
import type { ServiceContext } from "../service-context.ts";

const ZRoles = z.array(z.enum(GEMEENTE_ROLES)).min(1, "Kies minstens één rol, of verwijder het lid.");

const LAST_BEHEERDER = "Dit is de laatste beheerder van de werkruimte. Maak eerst iemand anders beheerder.";

export async function setMemberRoles(
  { db, viewer }: ServiceContext,
  gemeenteSlug: string,
  userId: string,
  roles: GemeenteRole[],
): Promise<void> {
  const workspace = await assertCan(db, viewer, gemeenteSlug, "members.manage");
  const wanted = [...new Set(parseInput(ZRoles, roles))];
  await db.$transaction(async (tx) => {
    const current = await currentRoles(tx, workspace.id, userId);
    if (current.includes("BEHEERDER") && !wanted.includes("BEHEERDER")) await assertAnotherBeheerder(tx, workspace.id, userId);
    await tx.membership.deleteMany({ where: { gemeenteId: workspace.id, userId, role: { notIn: wanted } } });
    await tx.membership.createMany({
      data: wanted.filter((role) => !current.includes(role)).map((role) => ({ gemeenteId: workspace.id, userId, role })),
    });
    await recordAudit(tx, {
      action: "member.role-changed",
      actorId: viewer.kind === "user" ? viewer.userId : null,
      gemeenteId: workspace.id,
      subject: await emailOf(tx, userId),
      details: { from: current, to: wanted },
    });
  });
}

export async function removeMember({ db, viewer }: ServiceContext, gemeenteSlug: string, userId: string): Promise<void> {
  const workspace = await assertCan(db, viewer, gemeenteSlug, "members.manage");
  await db.$transaction(async (tx) => {
    const current = await currentRoles(tx, workspace.id, userId);
    if (current.includes("BEHEERDER")) await assertAnotherBeheerder(tx, workspace.id, userId);
    await tx.membership.deleteMany({ where: { gemeenteId: workspace.id, userId } });
    await recordAudit(tx, {
      action: "member.removed",
      actorId: viewer.kind === "user" ? viewer.userId : null,
      gemeenteId: workspace.id,
      subject: await emailOf(tx, userId),
      details: { roles: current },
    });
  });
}

/** The member's roles here; a user who is not a member of this workspace is not found. */
async function currentRoles(tx: Prisma.TransactionClient, gemeenteId: string, userId: string): Promise<GemeenteRole[]> {
  const memberships = await tx.membership.findMany({ where: { gemeenteId, userId }, select: { role: true } });
  if (memberships.length === 0) throw new AppError("NOT_FOUND", "Deze persoon is geen lid van deze werkruimte.");
  return memberships.map((membership) => membership.role);
}

async function assertAnotherBeheerder(tx: Prisma.TransactionClient, gemeenteId: string, userId: string): Promise<void> {
  const others = await tx.membership.count({ where: { gemeenteId, role: "BEHEERDER", userId: { not: userId } } });
  if (others === 0) throw new AppError("CONFLICT", LAST_BEHEERDER);
}

async function emailOf(tx: Prisma.TransactionClient, userId: string): Promise<string> {
  return (await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { email: true } })).email;
}
