"use client";

import { useActionState, useEffect } from "react";
import { VIEWER_CHANGED_EVENT } from "@/components/account/user-menu";
import { ActionError } from "@/components/forms/action-error";
import { markNotificationsReadAction } from "./actions";

export function MarkReadForm() {
  const [state, action, pending] = useActionState(markNotificationsReadAction, { ok: true });
  // The header's "Meldingen (n nieuw)" count is read in the browser: refresh it.
  useEffect(() => {
    if (state.ok && state.message) window.dispatchEvent(new Event(VIEWER_CHANGED_EVENT));
  }, [state]);
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
