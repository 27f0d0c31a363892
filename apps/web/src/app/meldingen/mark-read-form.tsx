"use client";

import { useActionState } from "react";
import { ActionError } from "@/components/forms/action-error";
import { markNotificationsReadAction } from "./actions";

export function MarkReadForm() {
  const [state, action, pending] = useActionState(markNotificationsReadAction, { ok: true });
  return (
    <form action={action} aria-busy={pending}>
      <ActionError state={state} />
      {state.ok && state.message && (
        <p role="status" className="form-notice">
          {state.message}
        </p>
      )}
      <button type="submit" className="utrecht-button utrecht-button--secondary-action" disabled={pending}>
        Alles als gelezen markeren
      </button>
    </form>
  );
}
