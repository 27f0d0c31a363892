"use client";

import { useEffect, useRef, useState, useTransition } from "react";
import { createAnnotationAction } from "@/app/g/[gemeente]/lemma/[slug]/annotation-actions";
import { AnnotationFields, readAnnotationFields } from "./annotation-fields";
import type { TAnnotationLabels } from "./annotation-labels";
import type { TPassage } from "./selection-passage";
import styles from "./annotations.module.css";

interface Props {
  gemeente: string;
  lemma: string;
  passage: TPassage;
  labels: TAnnotationLabels;
  onDone: (message: string | null) => void;
}

/** The form for a new annotation on the selected passage; a refusal keeps what was typed. */
export function NewAnnotationForm({ gemeente, lemma, passage, labels, onDone }: Props) {
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    form.current?.querySelector("textarea")?.focus();
  }, []);

  return (
    <form
      ref={form}
      className="form-stack"
      aria-labelledby="nieuwe-aantekening"
      onSubmit={(event) => {
        event.preventDefault();
        const fields = readAnnotationFields(event.currentTarget);
        startTransition(async () => {
          const result = await createAnnotationAction(gemeente, lemma, { ...passage, ...fields });
          if (result.ok) onDone(result.message ?? null);
          else setError(result.error);
        });
      }}
      onKeyDown={(event) => {
        if (event.key === "Escape") onDone(null);
      }}
    >
      <h3 id="nieuwe-aantekening" className="utrecht-heading-3">
        Annotatie toevoegen
      </h3>
      <blockquote className={styles.quote}>{passage.exact}</blockquote>
      <AnnotationFields idPrefix="nieuw" labels={labels} />
      {error && (
        <p role="alert" className="form-error">
          {error}
        </p>
      )}
      <div className={styles.actions}>
        <button type="submit" className="utrecht-button utrecht-button--primary-action" aria-disabled={pending}>
          {pending ? "Bezig…" : "Aantekening opslaan"}
        </button>
        <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={() => onDone(null)}>
          Annuleren
        </button>
      </div>
    </form>
  );
}
