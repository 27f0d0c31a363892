"use client";

import type { AnnotationType, AnnotationVisibility } from "@trendweb/db";
import type { TAnnotationLabels } from "./annotation-labels";

interface Props {
  idPrefix: string;
  labels: TAnnotationLabels;
  defaults?: { body: string; type: AnnotationType; visibility: AnnotationVisibility };
}

/** Note, type and visibility: the fields of a new annotation and of editing one. */
export function AnnotationFields({ idPrefix, labels, defaults }: Props) {
  return (
    <>
      <div className="form-field">
        <label htmlFor={`${idPrefix}-tekst`} className="utrecht-form-label">
          Aantekening
        </label>
        <textarea id={`${idPrefix}-tekst`} name="body" className="utrecht-textarea" rows={4} required maxLength={4000} defaultValue={defaults?.body} aria-describedby={`${idPrefix}-tekst-hint`} />
        <p id={`${idPrefix}-tekst-hint`} className="form-hint">
          Gewone tekst; een nieuwe regel blijft staan. Hoogstens 4000 tekens.
        </p>
      </div>
      <div className="form-field">
        <label htmlFor={`${idPrefix}-soort`} className="utrecht-form-label">
          Soort
        </label>
        <select id={`${idPrefix}-soort`} name="type" className="utrecht-select" defaultValue={defaults?.type ?? "LOKALE_DATA"}>
          {Object.entries(labels.types).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </div>
      <fieldset className="form-field">
        <legend className="utrecht-form-label">Wie ziet de aantekening?</legend>
        {Object.entries(labels.visibilities).map(([value, label]) => (
          <label key={value} className="utrecht-form-field__label">
            <input type="radio" name="visibility" value={value} defaultChecked={(defaults?.visibility ?? "WERKRUIMTE") === value} /> {label}
          </label>
        ))}
      </fieldset>
    </>
  );
}

export function readAnnotationFields(form: HTMLFormElement): { body: string; type: AnnotationType; visibility: AnnotationVisibility } {
  const data = new FormData(form);
  return {
    body: String(data.get("body") ?? ""),
    // The service refuses unknown values with a Dutch message.
    type: String(data.get("type") ?? "") as AnnotationType,
    visibility: String(data.get("visibility") ?? "") as AnnotationVisibility,
  };
}
