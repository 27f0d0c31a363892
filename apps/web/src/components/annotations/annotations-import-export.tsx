"use client";

import { useActionState } from "react";
import { importAnnotationsAction } from "@/app/g/[gemeente]/lemma/[slug]/annotation-actions";
import { ActionOutcome } from "@/components/forms/action-outcome";
import type { TActionResult } from "@/lib/access/action-result";

/** Export as W3C Web Annotation JSON-LD, and import such a file (members who may write). */
export function AnnotationsImportExport({ gemeente, lemma, canWrite }: { gemeente: string; lemma: string; canWrite: boolean }) {
  const [state, action, pending] = useActionState<TActionResult, FormData>(importAnnotationsAction.bind(null, gemeente, lemma), { ok: true });
  return (
    <section aria-labelledby="uitwisselen">
      <h3 id="uitwisselen" className="utrecht-heading-3">
        Uitwisselen (W3C Web Annotation)
      </h3>
      <p className="utrecht-paragraph">
        <a className="utrecht-link" href={`/api/g/${gemeente}/annotaties.jsonld?lemma=${encodeURIComponent(lemma)}`} download={`aantekeningen-${gemeente}-${lemma}.jsonld`}>
          Aantekeningen exporteren (JSON-LD)
        </a>
      </p>
      {canWrite && (
        <form action={action} className="form-stack">
          <div className="form-field">
            <label htmlFor="import-bestand" className="utrecht-form-label">
              Aantekeningen importeren
            </label>
            <input id="import-bestand" name="bestand" type="file" accept=".jsonld,.json,application/ld+json,application/json" aria-describedby="import-hint" />
            <p id="import-hint" className="form-hint">
              Een .jsonld-bestand met W3C-aantekeningen bij deze trend. Bij een fout wordt niets geïmporteerd en staat hier wat er mis is.
            </p>
          </div>
          <ActionOutcome state={state} />
          <button type="submit" className="utrecht-button utrecht-button--secondary-action" aria-disabled={pending}>
            {pending ? "Bezig…" : "Importeren"}
          </button>
        </form>
      )}
    </section>
  );
}
