import type { GemeenteRole } from "@trendweb/db/node";
import { z } from "zod";
import { assertCan } from "../access/assert-role.ts";
import { GEMEENTE_ROLES } from "../access/role-labels.ts";
import { AppError } from "../app-error.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { servicesEnv } from "../env.ts";
import { parseInput } from "../parse-input.ts";
import type { ServiceContext } from "../service-context.ts";
import { normaliseEmail } from "../sign-in/verify-credentials.ts";
import { INVITATION_VALID_DAYS, newInvitationToken } from "./invitation-token.ts";
import { sendInvitationMail } from "./send-invitation-mail.ts";

export const ZInviteInput = z.object({
  email: z.email("Vul een geldig e-mailadres in, bijvoorbeeld naam@gemeente.nl.").transform(normaliseEmail),
  role: z.enum(GEMEENTE_ROLES, "Kies een rol: ambtenaar, griffier, raadslid of beheerder."),
});
export type TInviteInput = z.infer<typeof ZInviteInput>;

export interface TCreatedInvitation {
  id: string;
  link: string;
  mailed: boolean;
  expiresAt: Date;
}

export async function createInvitation(
  { db, viewer }: ServiceContext,
  gemeenteSlug: string,
  input: { email: string; role: GemeenteRole },
  now = new Date(),
): Promise<TCreatedInvitation> {
  const workspace = await assertCan(db, viewer, gemeenteSlug, "members.manage");
  const { email, role } = parseInput(ZInviteInput, input);
  const existing = await db.membership.findFirst({ where: { gemeenteId: workspace.id, role, user: { email } } });
  if (existing) throw new AppError("CONFLICT", `${email} is al ${role.toLowerCase()} in deze werkruimte.`);

  const { token, tokenHash } = newInvitationToken();
  const expiresAt = new Date(now.getTime() + INVITATION_VALID_DAYS * 24 * 60 * 60_000);
  const invitation = await db.invitation.create({
    data: { gemeenteId: workspace.id, email, role, tokenHash, expiresAt, createdById: viewer.kind === "user" ? viewer.userId : null },
  });
  const link = new URL(`/uitnodiging/${token}`, servicesEnv().AUTH_URL).toString();
  const mailed = await sendInvitationMail({ to: email, gemeenteName: workspace.name, role, link, expiresAt });
  await recordAudit(db, {
    action: "invitation.created",
    actorId: viewer.kind === "user" ? viewer.userId : null,
    gemeenteId: workspace.id,
    subject: email,
    details: { role, mailed },
  });
  return { id: invitation.id, link, mailed, expiresAt };
}
