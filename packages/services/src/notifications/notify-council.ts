// Telling the raad about a publication: an in-app notification (Meldingen) for every
// raadslid and griffier of the gemeente, written in the publishing transaction, and an
// e-mail to each when SMTP is configured. Mail goes out after the commit and in the
// background: a slow or broken mail server never fails or delays publishing (it is logged).
import { childLogger } from "@trendweb/logger";
import type { NotificationKind, Prisma } from "@trendweb/db/node";
import { sendMails, type TMail } from "../mail/send-mail.ts";

const log = childLogger("notifications");

export interface TCouncilEvent {
  gemeenteId: string;
  kind: NotificationKind;
  title: string;
  path: string;
  /** The person who caused it gets no notification of their own act. */
  actorId: string;
}

export interface TRecipient {
  email: string;
  name: string | null;
}

/** Creates one notification per raadslid and griffier of the gemeente; returns who they are. */
export async function notifyCouncil(tx: Prisma.TransactionClient, event: TCouncilEvent): Promise<TRecipient[]> {
  const members = await tx.membership.findMany({
    where: { gemeenteId: event.gemeenteId, role: { in: ["RAADSLID", "GRIFFIER"] }, userId: { not: event.actorId } },
    select: { user: { select: { id: true, email: true, name: true } } },
  });
  const recipients = new Map(members.map(({ user }) => [user.id, user]));
  await tx.notification.createMany({
    data: [...recipients.keys()].map((userId) => ({ userId, gemeenteId: event.gemeenteId, kind: event.kind, title: event.title, path: event.path })),
  });
  return [...recipients.values()].map(({ email, name }) => ({ email, name }));
}

/**
 * Composes and starts sending the mails, and returns at once: whatever fails (settings,
 * composing, the mail server) is logged, never thrown at the caller, whose work is committed.
 */
export function mailInBackground(compose: () => TMail[]): void {
  void (async () => {
    const mails = compose();
    if (mails.length > 0) await sendMails(mails);
  })().catch((error: unknown) => log.warn({ err: error }, "notification mail not sent"));
}
