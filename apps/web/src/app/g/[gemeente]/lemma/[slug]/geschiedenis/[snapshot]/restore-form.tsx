"use client";

import Link from "next/link";
import { useActionState } from "react";
import type { TActionResult } from "@/lib/access/action-result";
import { restoreSnapshotAction } from "../actions";
import { ActionError } from "@/components/forms/action-error";

/** "Deze versie terugzetten": a new change to the live section, never a rewrite of history. */
export function RestoreForm({ gemeente, lemma, snapshotId }: { gemeente: string; lemma: string; snapshotId: string }) {
  const [state, action, pending] = useActionState<TActionResult, FormData>(restoreSnapshotAction.bind(null, gemeente, lemma, snapshotId), { ok: true });
  return (
    <form action={action} className="form-stack" aria-labelledby="terugzetten">
      <h2 id="terugzetten" className="utrecht-heading-2">
        Terugzetten
      </h2>
      <p className="form-hint">
        De tekst van de lokale relevantie wordt vervangen door deze versie. Dat is een nieuwe wijziging: wie de tekst nu open heeft, ziet hem meteen
        veranderen, en de huidige tekst blijft in de geschiedenis staan.
      </p>
      <ActionError state={state} />
      {state.ok && state.message && (
        <div role="status" className="form-notice">
          <p>{state.message}</p>
          <p>
            <Link className="utrecht-link" href={`/g/${gemeente}/lemma/${lemma}`}>
              Naar de tekst
            </Link>
          </p>
        </div>
      )}
      <button type="submit" className="utrecht-button utrecht-button--primary-action" aria-disabled={pending}>
        {pending ? "Bezig met terugzetten…" : "Deze versie terugzetten"}
      </button>
    </form>
  );
}
