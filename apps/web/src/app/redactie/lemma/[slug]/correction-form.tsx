"use client";

import { useActionState } from "react";
import { ActionOutcome } from "@/components/forms/action-outcome";
import type { TActionResult } from "@/lib/access/action-result";
import { correctBlockAction } from "./actions";

interface Props {
  lemma: string;
  blockId: string;
  text: string;
  isList: boolean;
}

/** Correcting one block: new text, reason, minor. A refusal keeps what was typed. */
export function CorrectionForm({ lemma, blockId, text, isList }: Props) {
  const [state, action, pending] = useActionState<TActionResult, FormData>(correctBlockAction.bind(null, lemma, blockId), { ok: true });
  const id = `correctie-${blockId}`;
  return (
    <form action={action} className="form-stack" aria-label={`Correctie van blok ${blockId}`}>
      <div className="form-field">
        <label htmlFor={`${id}-tekst`} className="utrecht-form-label">
          Gecorrigeerde tekst
        </label>
        <textarea id={`${id}-tekst`} name="text" className="utrecht-textarea" rows={Math.min(12, Math.ceil(text.length / 70) + 1)} defaultValue={text} required aria-describedby={isList ? `${id}-hint` : undefined} />
        {isList && (
          <p id={`${id}-hint`} className="form-hint">
            Eén lijstpunt per regel.
          </p>
        )}
      </div>
      <div className="form-field">
        <label htmlFor={`${id}-reden`} className="utrecht-form-label">
          Reden van de correctie
        </label>
        <input id={`${id}-reden`} name="reason" className="utrecht-textbox" required minLength={3} maxLength={500} />
      </div>
      <div className="form-field">
        <label>
          <input type="checkbox" name="minor" /> Kleine correctie (lokale teksten worden niet als verouderd gemarkeerd)
        </label>
      </div>
      <ActionOutcome state={state} />
      <button type="submit" className="utrecht-button utrecht-button--primary-action" aria-disabled={pending}>
        {pending ? "Bezig…" : "Correctie opslaan"}
      </button>
    </form>
  );
}
