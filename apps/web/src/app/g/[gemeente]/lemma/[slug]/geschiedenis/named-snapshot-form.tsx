"use client";

import { useActionState } from "react";
import type { TActionResult } from "@/lib/access/action-result";
import { createNamedSnapshotAction } from "./actions";
import { ActionError } from "@/components/forms/action-error";

/** "Bewaar huidige versie": saves the section as it is now under a name. */
export function NamedSnapshotForm({ gemeente, lemma }: { gemeente: string; lemma: string }) {
  const [state, action, pending] = useActionState<TActionResult, FormData>(createNamedSnapshotAction.bind(null, gemeente, lemma), { ok: true });
  return (
    <form action={action} className="form-stack" aria-labelledby="versie-bewaren">
      <h2 id="versie-bewaren" className="utrecht-heading-2">
        Bewaar huidige versie
      </h2>
      <ActionError state={state} />
      {state.ok && state.message && (
        <p role="status" className="form-notice">
          {state.message}
        </p>
      )}
      <div className="form-field">
        <label htmlFor="snapshot-name" className="utrecht-form-label">
          Naam van deze versie
        </label>
        <p id="snapshot-name-hint" className="form-hint">
          Bijvoorbeeld “Voor het MT-overleg”. Bewaard wordt de tekst zoals die nu is opgeslagen.
        </p>
        <input id="snapshot-name" name="name" type="text" required maxLength={120} aria-describedby="snapshot-name-hint" className="utrecht-textbox" />
      </div>
      <button type="submit" className="utrecht-button utrecht-button--primary-action" aria-disabled={pending}>
        {pending ? "Bezig…" : "Bewaar huidige versie"}
      </button>
    </form>
  );
}
