"use client";

import { useActionState } from "react";
import { inviteMemberAction, type TInviteResult } from "./actions";
import { ActionError } from "@/components/forms/action-error";

const ROLE_OPTIONS = [
  ["AMBTENAAR", "Ambtenaar"],
  ["GRIFFIER", "Griffier"],
  ["RAADSLID", "Raadslid"],
  ["BEHEERDER", "Beheerder"],
] as const;

export function InviteForm({ gemeente }: { gemeente: string }) {
  const [state, action, pending] = useActionState<TInviteResult, FormData>(inviteMemberAction.bind(null, gemeente), { ok: true });
  return (
    <form action={action} className="form-stack" aria-labelledby="uitnodigen">
      <h2 id="uitnodigen" className="utrecht-heading-2">
        Iemand uitnodigen
      </h2>
      <ActionError state={state} />
      {state.ok && state.message && (
        <div role="status" className="form-notice">
          <p>{state.message}</p>
          {state.link && (
            <>
              <label htmlFor="uitnodigingslink" className="utrecht-form-label">
                Uitnodigingslink
              </label>
              <input id="uitnodigingslink" readOnly value={state.link} className="utrecht-textbox invitation-link" />
            </>
          )}
        </div>
      )}
      <div className="form-field">
        <label htmlFor="invite-email" className="utrecht-form-label">
          E-mailadres
        </label>
        <input id="invite-email" name="email" type="email" required className="utrecht-textbox" />
      </div>
      <div className="form-field">
        <label htmlFor="invite-role" className="utrecht-form-label">
          Rol
        </label>
        <select id="invite-role" name="role" className="utrecht-select" defaultValue="AMBTENAAR">
          {ROLE_OPTIONS.map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="utrecht-button utrecht-button--primary-action" aria-disabled={pending}>
        {pending ? "Bezig…" : "Uitnodigen"}
      </button>
    </form>
  );
}
