"use client";

import type { LocalSectionStatus, RelevanceRating } from "@trendweb/db";
import { useActionState } from "react";
import type { TActionResult } from "@/lib/access/action-result";
import { RATING_LABELS, STATUS_LABELS } from "@/lib/workspace-labels";
import { updateSectionMetaAction } from "./actions";
import { ActionOutcome } from "@/components/forms/action-outcome";

interface Props {
  gemeente: string;
  lemma: string;
  status: LocalSectionStatus;
  rating: RelevanceRating | null;
}

/**
 * Status and relevance of the section. Feedback is announced through a polite live region,
 * not a second role="status": that role belongs to the save indicator of the text.
 */
export function SectionMetaForm({ gemeente, lemma, status, rating }: Props) {
  const [state, action, pending] = useActionState<TActionResult, FormData>(updateSectionMetaAction.bind(null, gemeente, lemma), { ok: true });
  return (
    <form action={action} className="form-stack section-meta-form" aria-labelledby="status-en-relevantie">
      <h3 id="status-en-relevantie" className="utrecht-heading-3">
        Status en relevantie
      </h3>
      <div className="form-field">
        <label htmlFor="section-status" className="utrecht-form-label">
          Status
        </label>
        <select id="section-status" name="status" className="utrecht-select" defaultValue={status}>
          {Object.entries(STATUS_LABELS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </div>
      <div className="form-field">
        <label htmlFor="section-rating" className="utrecht-form-label">
          Relevantie
        </label>
        <select id="section-rating" name="rating" className="utrecht-select" defaultValue={rating ?? ""} aria-describedby="section-rating-hint">
          <option value="">Nog niet beoordeeld</option>
          {Object.entries(RATING_LABELS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
        <p id="section-rating-hint" className="form-hint">
          Hoe sterk deze trend uw gemeente raakt.
        </p>
      </div>
      <ActionOutcome state={state} />
      <button type="submit" className="utrecht-button utrecht-button--primary-action" aria-disabled={pending}>
        {pending ? "Bezig…" : "Status en relevantie opslaan"}
      </button>
    </form>
  );
}
