"use client";

import { useActionState } from "react";
import { markSectionReviewedAction } from "@/app/g/[gemeente]/lemma/[slug]/annotation-actions";
import { ActionError } from "@/components/forms/action-error";
import type { TActionResult } from "@/lib/access/action-result";

export function MarkReviewedButton({ gemeente, lemma }: { gemeente: string; lemma: string }) {
  const [state, action, pending] = useActionState<TActionResult, FormData>(() => markSectionReviewedAction(gemeente, lemma), { ok: true });
  return (
    <form action={action}>
      <div aria-live="polite">
        <ActionError state={state} />
      </div>
      <button type="submit" className="utrecht-button utrecht-button--primary-action" aria-disabled={pending}>
        Gemarkeerd als bekeken
      </button>
    </form>
  );
}
