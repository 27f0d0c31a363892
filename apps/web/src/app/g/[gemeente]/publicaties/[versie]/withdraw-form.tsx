"use client";

import { useActionState, useId } from "react";
import { withdrawAction, type TWithdrawFormState } from "../actions";
import styles from "../publications.module.css";
import { ActionError } from "@/components/forms/action-error";

export function WithdrawForm({ gemeente, version }: { gemeente: string; version: number }) {
  const [state, action, pending] = useActionState<TWithdrawFormState, FormData>(withdrawAction.bind(null, gemeente, version), { ok: true });
  const id = useId();
  return (
    <form action={action} className={`form-stack ${styles.noPrint}`} aria-labelledby={`${id}-kop`} aria-busy={pending}>
      <h2 id={`${id}-kop`} className="utrecht-heading-2">
        Versie {version} intrekken
      </h2>
      <p className="form-hint">De publicatie blijft leesbaar met een duidelijke melding en de reden die u hier geeft.</p>
      <ActionError state={state} />
      {state.ok && state.message && (
        <p role="status" className="form-notice">
          {state.message}
        </p>
      )}
      <div className="form-field">
        <label htmlFor={`${id}-reden`} className="utrecht-form-label">
          Reden van intrekken
        </label>
        <textarea id={`${id}-reden`} name="reason" defaultValue={state.reason} required rows={3} className="utrecht-textarea" />
      </div>
      <button type="submit" className="utrecht-button utrecht-button--secondary-action" aria-disabled={pending} disabled={pending}>
        {pending ? "Bezig met intrekken…" : "Intrekken"}
      </button>
    </form>
  );
}
