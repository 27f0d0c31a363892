"use client";

import { useActionState } from "react";
import type { TActionResult } from "@/lib/access/action-result";
import { acceptInvitationAction } from "./actions";
import { ActionError } from "@/components/forms/action-error";

export function AcceptForm({ token, newAccount, minPasswordLength }: { token: string; newAccount: boolean; minPasswordLength: number }) {
  const [state, action, pending] = useActionState<TActionResult, FormData>(acceptInvitationAction.bind(null, token), { ok: true });
  return (
    <form action={action} className="form-stack" noValidate>
      <ActionError state={state} />
      {newAccount && (
        <>
          <div className="form-field">
            <label htmlFor="name" className="utrecht-form-label">
              Uw naam
            </label>
            <input id="name" name="name" autoComplete="name" required className="utrecht-textbox" />
          </div>
          <div className="form-field">
            <label htmlFor="password" className="utrecht-form-label">
              Kies een wachtwoord
            </label>
            <p id="password-hint" className="form-hint">
              Minstens {minPasswordLength} tekens. Een zin van een paar woorden werkt goed.
            </p>
            <input
              id="password"
              name="password"
              type="password"
              autoComplete="new-password"
              required
              minLength={minPasswordLength}
              aria-describedby="password-hint"
              className="utrecht-textbox"
            />
          </div>
        </>
      )}
      <button type="submit" className="utrecht-button utrecht-button--primary-action" aria-disabled={pending}>
        {newAccount ? "Account maken en uitnodiging aannemen" : "Uitnodiging aannemen"}
      </button>
    </form>
  );
}
