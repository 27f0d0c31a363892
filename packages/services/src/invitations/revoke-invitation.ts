import { assertCan } from "../access/assert-role.ts";
import { AppError } from "../app-error.ts";
import { recordAudit } from "../audit/record-audit.ts";
import type { ServiceContext } from "../service-context.ts";

export async function revokeInvitation({ db, viewer }: ServiceContext, gemeenteSlug: string, invitationId: string): Promise<void> {
  const workspace = await assertCan(db, viewer, gemeenteSlug, "members.manage");
  // Scoped to this workspace: another gemeente's invitation id is simply not found.
  const revoked = await db.invitation.updateMany({
    where: { id: invitationId, gemeenteId: workspace.id, acceptedAt: null, revokedAt: null },
    data: { revokedAt: new Date() },
  });
  if (revoked.count === 0) throw new AppError("NOT_FOUND", "Deze uitnodiging bestaat niet (meer) of is al gebruikt.");
  const invitation = await db.invitation.findUniqueOrThrow({ where: { id: invitationId }, select: { email: true } });
  await recordAudit(db, {
    action: "invitation.revoked",
    actorId: viewer.kind === "user" ? viewer.userId : null,
    gemeenteId: workspace.id,
    subject: invitation.email,
  });
}
