// Accepting an invitation link: single use, until it expires. It links the membership to
// the signed-in account with the invited address, or creates that account.
import type { GemeenteRole, PrismaClient } from "@trendweb/db/node";
import { z } from "zod";
import type { TViewer } from "../access/viewer.ts";
import { AppError } from "../app-error.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { parseInput } from "../parse-input.ts";
import { hashPassword, MIN_PASSWORD_LENGTH } from "../sign-in/password.ts";
import { hashInvitationToken } from "./invitation-token.ts";

export type TInvitationState = "open" | "expired" | "accepted" | "revoked";

export interface TInvitationView {
  email: string;
  role: GemeenteRole;
  gemeenteName: string;
  gemeenteSlug: string;
  state: TInvitationState;
  accountExists: boolean;
}

const NOT_FOUND_MESSAGE = "Deze uitnodigingslink bestaat niet. Controleer of u de hele link hebt gekopieerd, of vraag om een nieuwe uitnodiging.";

export async function describeInvitation(db: PrismaClient, token: string, now = new Date()): Promise<TInvitationView> {
  const invitation = await db.invitation.findUnique({
    where: { tokenHash: hashInvitationToken(token) },
    include: { gemeente: { select: { name: true, slug: true } } },
  });
  if (!invitation) throw new AppError("NOT_FOUND", NOT_FOUND_MESSAGE);
  const state: TInvitationState = invitation.revokedAt
    ? "revoked"
    : invitation.acceptedAt
      ? "accepted"
      : invitation.expiresAt <= now
        ? "expired"
        : "open";
  const accountExists = (await db.user.count({ where: { email: invitation.email } })) > 0;
  return {
    email: invitation.email,
    role: invitation.role,
    gemeenteName: invitation.gemeente.name,
    gemeenteSlug: invitation.gemeente.slug,
    state,
    accountExists,
  };
}

export const ZNewAccount = z.object({
  name: z.string().trim().min(2, "Vul uw naam in (minstens 2 tekens)."),
  password: z.string().min(MIN_PASSWORD_LENGTH, `Kies een wachtwoord van minstens ${MIN_PASSWORD_LENGTH} tekens.`),
});

const STATE_MESSAGES: Record<Exclude<TInvitationState, "open">, string> = {
  expired: "Deze uitnodiging is verlopen. Vraag de beheerder van uw gemeente om een nieuwe.",
  accepted: "Deze uitnodiging is al gebruikt. Log in met het account dat u toen hebt gemaakt.",
  revoked: "Deze uitnodiging is ingetrokken. Vraag de beheerder van uw gemeente om een nieuwe.",
};

/**
 * Signed in: joins with the current account (which must have the invited address).
 * Not signed in: creates the account from `newAccount`; an existing account must sign in first.
 * Returns the user id that now holds the membership.
 */
export async function acceptInvitation(
  db: PrismaClient,
  viewer: TViewer,
  token: string,
  newAccount?: { name: string; password: string },
  now = new Date(),
): Promise<{ userId: string; gemeenteSlug: string }> {
  const view = await describeInvitation(db, token, now);
  if (view.state !== "open") throw new AppError("CONFLICT", STATE_MESSAGES[view.state]);

  let newUser: { name: string; passwordHash: string } | null = null;
  if (viewer.kind === "user") {
    if (viewer.email !== view.email) {
      throw new AppError("FORBIDDEN", `Deze uitnodiging is voor ${view.email}. U bent ingelogd als ${viewer.email}: log uit en open de link opnieuw.`);
    }
  } else if (view.accountExists) {
    throw new AppError("UNAUTHENTICATED", `Er bestaat al een account voor ${view.email}. Log in en open de link daarna opnieuw.`);
  } else {
    const account = parseInput(ZNewAccount, newAccount ?? {});
    newUser = { name: account.name, passwordHash: await hashPassword(account.password) };
  }

  return db.$transaction(async (tx) => {
    // Single use, also under concurrency: only one request can flip an open invitation,
    // and the account is created in the same transaction, so a lost race leaves nothing.
    const claimed = await tx.invitation.updateMany({
      where: { tokenHash: hashInvitationToken(token), acceptedAt: null, revokedAt: null, expiresAt: { gt: now } },
      data: { acceptedAt: now },
    });
    if (claimed.count !== 1) throw new AppError("CONFLICT", STATE_MESSAGES.accepted);
    const userId =
      viewer.kind === "user"
        ? viewer.userId
        : (await tx.user.create({ data: { email: view.email, emailVerified: now, ...newUser } })).id;
    await tx.invitation.update({ where: { tokenHash: hashInvitationToken(token) }, data: { acceptedById: userId } });
    const invitation = await tx.invitation.findUniqueOrThrow({ where: { tokenHash: hashInvitationToken(token) } });
    await tx.membership.upsert({
      where: { userId_gemeenteId_role: { userId, gemeenteId: invitation.gemeenteId, role: invitation.role } },
      create: { userId, gemeenteId: invitation.gemeenteId, role: invitation.role },
      update: {},
    });
    await recordAudit(tx, {
      action: "invitation.accepted",
      actorId: userId,
      gemeenteId: invitation.gemeenteId,
      subject: view.email,
      details: { role: invitation.role },
    });
    return { userId, gemeenteSlug: view.gemeenteSlug };
  });
}
