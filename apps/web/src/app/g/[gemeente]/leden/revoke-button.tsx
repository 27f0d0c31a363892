"use client";

import { useActionState } from "react";
import type { TActionResult } from "@/lib/access/action-result";
import { revokeInvitationAction } from "./actions";
import { ActionError } from "@/components/forms/action-error";

export function RevokeButton({ gemeente, invitationId, email }: { gemeente: string; invitationId: string; email: string }) {
  const [state, revoke, pending] = useActionState<TActionResult, FormData>(
    () => revokeInvitationAction(gemeente, invitationId),
    { ok: true },
  );
  return (
    <form action={revoke}>
      <button type="submit" className="utrecht-button utrecht-button--subtle" aria-disabled={pending}>
        Uitnodiging voor {email} intrekken
      </button>
      <ActionError state={state} />
    </form>
  );
}
