"use server";

import { createInvitation, GEMEENTE_ROLES, removeMember, revokeInvitation, setMemberRoles } from "@trendweb/services";
import type { GemeenteRole } from "@trendweb/db";
import { revalidatePath } from "next/cache";
import { runAction, type TActionResult } from "@/lib/access/action-result";
import { serviceContext } from "@/lib/access/viewer";

export type TInviteResult = TActionResult & { link?: string };

export async function inviteMemberAction(gemeente: string, _previous: TInviteResult, form: FormData): Promise<TInviteResult> {
  let link: string | undefined;
  const result = await runAction(async () => {
    const email = String(form.get("email") ?? "");
    const invitation = await createInvitation(await serviceContext(), gemeente, {
      email,
      role: String(form.get("role") ?? "") as GemeenteRole,
    });
    revalidatePath(`/g/${gemeente}/leden`);
    if (invitation.mailed) return `De uitnodiging is gemaild naar ${email.trim().toLowerCase()}.`;
    link = invitation.link;
    return `Er is geen mailserver ingesteld. Geef deze link zelf aan ${email.trim().toLowerCase()}; hij werkt één keer en 7 dagen lang.`;
  });
  return { ...result, link };
}

export async function revokeInvitationAction(gemeente: string, invitationId: string): Promise<TActionResult> {
  return runAction(async () => {
    await revokeInvitation(await serviceContext(), gemeente, invitationId);
    revalidatePath(`/g/${gemeente}/leden`);
    return "De uitnodiging is ingetrokken.";
  });
}

export async function setMemberRolesAction(gemeente: string, userId: string, _previous: TActionResult, form: FormData): Promise<TActionResult> {
  return runAction(async () => {
    const roles = GEMEENTE_ROLES.filter((role) => form.getAll("roles").includes(role));
    await setMemberRoles(await serviceContext(), gemeente, userId, roles);
    revalidatePath(`/g/${gemeente}/leden`);
    return "De rollen zijn opgeslagen.";
  });
}

export async function removeMemberAction(gemeente: string, userId: string): Promise<TActionResult> {
  return runAction(async () => {
    await removeMember(await serviceContext(), gemeente, userId);
    revalidatePath(`/g/${gemeente}/leden`);
    return "Het lid is verwijderd uit de werkruimte.";
  });
}
