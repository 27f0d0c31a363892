// The audit log: who did what, when, in which gemeente. Append-only.
import type { Prisma, PrismaClient } from "@trendweb/db/node";

export const AUDIT_ACTIONS = [
  "sign-in.succeeded",
  "sign-in.failed",
  "sign-in.locked",
  "invitation.created",
  "invitation.revoked",
  "invitation.accepted",
  "member.role-changed",
  "member.removed",
  "section.meta-changed",
  "section.snapshot-created",
  "section.snapshot-restored",
  "section.outdated-reviewed",
  "annotation.deleted",
  "core.corrected",
  "publication.published",
  "publication.withdrawn",
] as const;

export type TAuditAction = (typeof AUDIT_ACTIONS)[number];

export interface TAuditEntry {
  action: TAuditAction;
  actorId?: string | null;
  gemeenteId?: string | null;
  /** What the action was about, readable (an e-mail address, a role). */
  subject?: string | null;
  details?: Prisma.InputJsonValue;
}

type AuditWriter = Pick<PrismaClient, "auditEvent"> | Prisma.TransactionClient;

export async function recordAudit(db: AuditWriter, entry: TAuditEntry): Promise<void> {
  await db.auditEvent.create({
    data: {
      action: entry.action,
      actorId: entry.actorId ?? null,
      gemeenteId: entry.gemeenteId ?? null,
      subject: entry.subject ?? null,
      details: entry.details,
    },
  });
}
