"use client";

import { useActionState, useId } from "react";
import { publishAction, type TPublishFormState } from "./actions";
import styles from "./publications.module.css";
import { ActionError } from "@/components/forms/action-error";

export interface TComposeLemma {
  slug: string;
  letter: string;
  title: string;
  statusLabel: string;
  ratingLabel: string | null;
  selected: boolean;
  warnings: string[];
}

export function PublishForm({ gemeente, gemeenteName, nextVersion, lemmas }: { gemeente: string; gemeenteName: string; nextVersion: number; lemmas: TComposeLemma[] }) {
  const [state, action, pending] = useActionState<TPublishFormState, FormData>(publishAction.bind(null, gemeente), { ok: true });
  const sent = state.values;
  const id = useId();
  const warned = lemmas.filter((lemma) => lemma.warnings.length > 0);
  return (
    <form action={action} className={`form-stack ${styles.noPrint}`} aria-labelledby={`${id}-kop`} aria-busy={pending}>
      <h2 id={`${id}-kop`} className="utrecht-heading-2">
        Nieuwe publicatie samenstellen (versie {nextVersion})
      </h2>
      <ActionError state={state} />
      {warned.length > 0 && (
        <div className={styles.warnings} role="note" aria-labelledby={`${id}-waarschuwingen`}>
          <h3 id={`${id}-waarschuwingen`} className="utrecht-heading-3">
            Let op
          </h3>
          <ul>
            {warned.map((lemma) => (
              <li key={lemma.slug}>
                {lemma.letter}. {lemma.title}: {lemma.warnings.join("; ")}
              </li>
            ))}
          </ul>
          <p className="form-hint">U kunt deze trends toch publiceren; de raad ziet dan bij de trend dat de tekst nog niet gereed of verouderd was.</p>
        </div>
      )}
      <fieldset className={styles.lemmaChoice}>
        <legend className="utrecht-form-label">Welke trends gaan mee? Standaard alle trends met status Gereed.</legend>
        {lemmas.map((lemma) => (
          <div key={lemma.slug} className={styles.lemmaOption}>
            <input type="checkbox" id={`${id}-${lemma.slug}`} name="lemmas" value={lemma.slug} defaultChecked={sent ? sent.lemmas.includes(lemma.slug) : lemma.selected} />{" "}
            <label htmlFor={`${id}-${lemma.slug}`}>
              <span className="lemma-letter">{lemma.letter}</span> {lemma.title}{" "}
              <span className={styles.meta}>
                ({lemma.statusLabel}
                {lemma.ratingLabel ? `, relevantie ${lemma.ratingLabel.toLowerCase()}` : ""}
                {lemma.warnings.length > 0 ? `; let op: ${lemma.warnings.join("; ")}` : ""})
              </span>
            </label>
          </div>
        ))}
      </fieldset>
      <div className="form-field">
        <label htmlFor={`${id}-brief`} className="utrecht-form-label">
          Aanbiedingsbrief aan de raad
        </label>
        <p id={`${id}-brief-hint`} className="form-hint">
          Deze brief staat bovenaan de publicatie. Gewone tekst; een witregel begint een nieuwe alinea.
        </p>
        <textarea id={`${id}-brief`} name="coverNote" defaultValue={sent?.coverNote} required rows={8} className="utrecht-textarea" aria-describedby={`${id}-brief-hint`} />
      </div>
      <fieldset className="form-field">
        <legend className="utrecht-form-label">Voor wie is de publicatie?</legend>
        <div>
          <input type="radio" id={`${id}-openbaar`} name="visibility" value="OPENBAAR" defaultChecked={sent?.visibility !== "RAAD"} />{" "}
          <label htmlFor={`${id}-openbaar`}>Openbaar: iedereen kan haar lezen, ook zonder in te loggen</label>
        </div>
        <div>
          <input type="radio" id={`${id}-raad`} name="visibility" value="RAAD" defaultChecked={sent?.visibility === "RAAD"} />{" "}
          <label htmlFor={`${id}-raad`}>Alleen de raad: raadsleden en griffie van {gemeenteName}, na inloggen</label>
        </div>
      </fieldset>
      <p className="form-hint">Een publicatie kan daarna niet meer worden gewijzigd, alleen ingetrokken (met een reden die zichtbaar blijft).</p>
      <button type="submit" className="utrecht-button utrecht-button--primary-action" aria-disabled={pending} disabled={pending}>
        Publiceren
      </button>
      <p role="status" className={styles.progress}>
        {pending ? "Bezig met publiceren: de teksten worden vastgelegd. Dit duurt enkele seconden…" : ""}
      </p>
    </form>
  );
}
