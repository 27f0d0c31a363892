"use server";

import { db } from "@trendweb/db";
import { acceptInvitation } from "@trendweb/services";
import { redirect } from "next/navigation";
import { signIn } from "@/auth";
import { runAction, type TActionResult } from "@/lib/access/action-result";
import { getViewer } from "@/lib/access/viewer";

/** Accept as the signed-in person, or create the account (and sign in) from the form. */
export async function acceptInvitationAction(token: string, _previous: TActionResult, form: FormData): Promise<TActionResult> {
  let destination: string | undefined;
  const viewer = await getViewer();
  const name = String(form.get("name") ?? "");
  const password = String(form.get("password") ?? "");
  const result = await runAction(async () => {
    const accepted = await acceptInvitation(db, viewer, token, viewer.kind === "user" ? undefined : { name, password });
    destination = `/g/${accepted.gemeenteSlug}`;
    if (viewer.kind !== "user") {
      const email = (await db.user.findUniqueOrThrow({ where: { id: accepted.userId }, select: { email: true } })).email;
      await signIn("credentials", { email, password, redirect: false });
    }
  });
  if (result.ok && destination) redirect(destination);
  return result;
}
