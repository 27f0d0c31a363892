"use client";

import type { TLemmaAnnotations } from "@trendweb/services";
import { useState, useTransition } from "react";
import { reattachAnnotationAction } from "@/app/g/[gemeente]/lemma/[slug]/annotation-actions";
import { AnnotationItem } from "./annotation-item";
import type { TAnnotationLabels } from "./annotation-labels";
import { AnnotationsImportExport } from "./annotations-import-export";
import type { TPassage } from "./selection-passage";
import styles from "./annotations.module.css";

interface Props {
  gemeente: string;
  lemma: string;
  annotations: TLemmaAnnotations;
  labels: TAnnotationLabels;
  /** The passage selected in the text now (for re-attaching an orphan). */
  passage: TPassage | null;
  announce: (message: string) => void;
}

/** The annotations beside the text, in text order, then the orphans to review. */
export function AnnotationList({ gemeente, lemma, annotations, labels, passage, announce }: Props) {
  const { anchored, orphans, canWrite } = annotations;
  return (
    <aside className={styles.panel} aria-labelledby="aantekeningen">
      <h2 id="aantekeningen" tabIndex={-1} className="utrecht-heading-2">
        Aantekeningen ({anchored.length})
      </h2>
      {anchored.length === 0 ? (
        <p className="utrecht-paragraph">Nog geen aantekeningen van uw gemeente bij deze trend.</p>
      ) : (
        <ol className={styles.list}>
          {anchored.map((annotation, index) => (
            <AnnotationItem
              key={annotation.id}
              gemeente={gemeente}
              lemma={lemma}
              annotation={annotation}
              number={index + 1}
              previousId={anchored[index - 1]?.id ?? null}
              nextId={anchored[index + 1]?.id ?? null}
              labels={labels}
              canWrite={canWrite}
              announce={announce}
            />
          ))}
        </ol>
      )}

      {orphans.length > 0 && (
        <section aria-labelledby="losgeraakt">
          <h3 id="losgeraakt" className="utrecht-heading-3">
            Losgeraakte annotaties ({orphans.length})
          </h3>
          <p className="utrecht-paragraph">
            De redactie heeft de kerntekst gewijzigd en deze passages zijn niet met zekerheid teruggevonden. Ze zijn niet verplaatst: selecteer de juiste passage in de tekst en koppel de aantekening opnieuw, of verwijder haar.
          </p>
          <ol className={styles.list}>
            {orphans.map((annotation) => (
              <AnnotationItem key={annotation.id} gemeente={gemeente} lemma={lemma} annotation={annotation} number={null} previousId={null} nextId={null} labels={labels} canWrite={canWrite} announce={announce}>
                {canWrite && annotation.canResolve && <ReattachButton gemeente={gemeente} lemma={lemma} annotationId={annotation.id} passage={passage} announce={announce} />}
              </AnnotationItem>
            ))}
          </ol>
        </section>
      )}
      <AnnotationsImportExport gemeente={gemeente} lemma={lemma} canWrite={canWrite} />
    </aside>
  );
}

function ReattachButton({ gemeente, lemma, annotationId, passage, announce }: { gemeente: string; lemma: string; annotationId: string; passage: TPassage | null; announce: (message: string) => void }) {
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  return (
    <>
      <button
        type="button"
        className="utrecht-button utrecht-button--secondary-action"
        aria-disabled={pending || !passage}
        onMouseDown={(event) => event.preventDefault()}
        onClick={() => {
          if (!passage) return setError("Selecteer eerst in de kerntekst de passage waar deze aantekening bij hoort.");
          startTransition(async () => {
            const result = await reattachAnnotationAction(gemeente, lemma, annotationId, passage);
            if (result.ok) announce(result.message ?? "");
            else setError(result.error);
          });
        }}
      >
        Koppelen aan de geselecteerde passage
      </button>
      {error && (
        <p role="alert" className="form-error">
          {error}
        </p>
      )}
    </>
  );
}
