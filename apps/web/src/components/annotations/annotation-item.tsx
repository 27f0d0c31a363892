"use client";

import type { TAnnotationView } from "@trendweb/services";
import { useState, useTransition, type ReactNode } from "react";
import {
  addReplyAction,
  deleteAnnotationAction,
  deleteReplyAction,
  editAnnotationAction,
  setAnnotationResolvedAction,
} from "@/app/g/[gemeente]/lemma/[slug]/annotation-actions";
import type { TActionResult } from "@/lib/access/action-result";
import { formatDateTime } from "@/lib/format";
import { AnnotationFields, readAnnotationFields } from "./annotation-fields";
import type { TAnnotationLabels } from "./annotation-labels";
import styles from "./annotations.module.css";

interface Props {
  gemeente: string;
  lemma: string;
  annotation: TAnnotationView;
  /** Position in the list (1-based); null for orphans, which have no highlight. */
  number: number | null;
  previousId: string | null;
  nextId: string | null;
  labels: TAnnotationLabels;
  canWrite: boolean;
  announce: (message: string) => void;
  /** Extra controls (re-attaching an orphan). */
  children?: ReactNode;
}

/** Server and browser may format a date slightly differently (ICU versions): no hydration error. */
function DateTime({ date }: { date: Date }) {
  return (
    <time dateTime={date.toISOString()} suppressHydrationWarning>
      {formatDateTime(date)}
    </time>
  );
}

/** One annotation beside the text: what, who, when, the quote, replies, and what you may do. */
export function AnnotationItem({ gemeente, lemma, annotation, number, previousId, nextId, labels, canWrite, announce, children }: Props) {
  const [editing, setEditing] = useState(false);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const run = (work: () => Promise<TActionResult>, after?: () => void) =>
    startTransition(async () => {
      const result = await work();
      if (result.ok) {
        setError(null);
        after?.();
        if (result.message) announce(result.message);
      } else setError(result.error);
    });
  const id = annotation.id;
  const heading = `${number !== null ? `${number}. ` : ""}${labels.types[annotation.type]} – ${annotation.author}`;

  return (
    <li>
      <article id={`aantekening-${id}`} tabIndex={-1} className={styles.item} data-resolved={annotation.resolved !== null} aria-labelledby={`aantekening-${id}-kop`}>
        <h4 id={`aantekening-${id}-kop`} className={`utrecht-heading-4 ${styles.itemHeading}`}>
          {heading}
        </h4>
        <p className={styles.itemMeta}>
          <DateTime date={annotation.createdAt} /> · {labels.visibilities[annotation.visibility]}
          {annotation.resolved ? (
            <>
              {` · Afgehandeld door ${annotation.resolved.by} op `}
              <DateTime date={annotation.resolved.at} />
            </>
          ) : (
            " · Open"
          )}
          {annotation.anchor.status === "ANCHORED" && annotation.anchor.confidence < 1 ? " · Na een tekstwijziging bij benadering teruggevonden" : ""}
        </p>
        <blockquote className={styles.quote}>
          <span className="visually-hidden">Passage: </span>
          {annotation.selectors.quote.exact}
        </blockquote>
        {editing ? (
          <form
            className="form-stack"
            aria-label="Aantekening bewerken"
            onSubmit={(event) => {
              event.preventDefault();
              const fields = readAnnotationFields(event.currentTarget);
              run(() => editAnnotationAction(gemeente, lemma, id, fields), () => setEditing(false));
            }}
          >
            <AnnotationFields idPrefix={`bewerk-${id}`} labels={labels} defaults={annotation} />
            <div className={styles.actions}>
              <button type="submit" className="utrecht-button utrecht-button--primary-action" aria-disabled={pending}>
                Wijziging opslaan
              </button>
              <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={() => setEditing(false)}>
                Annuleren
              </button>
            </div>
          </form>
        ) : (
          <p className={styles.body}>{annotation.body}</p>
        )}

        {annotation.replies.length > 0 && (
          <ol className={styles.replies} aria-label={`Reacties op aantekening ${number ?? ""}`.trim()}>
            {annotation.replies.map((reply) => (
              <li key={reply.id}>
                <p className={styles.itemMeta}>
                  {reply.author} · <DateTime date={reply.createdAt} />
                </p>
                <p className={styles.body}>{reply.body}</p>
                {reply.mine && canWrite && (
                  <button type="button" className="utrecht-button utrecht-button--subtle" onClick={() => run(() => deleteReplyAction(gemeente, lemma, reply.id))}>
                    Reactie verwijderen
                  </button>
                )}
              </li>
            ))}
          </ol>
        )}

        {canWrite && (
          <form
            className={styles.actions}
            onSubmit={(event) => {
              event.preventDefault();
              const form = event.currentTarget;
              const body = String(new FormData(form).get("reply") ?? "");
              run(() => addReplyAction(gemeente, lemma, id, body), () => form.reset());
            }}
          >
            <label htmlFor={`reactie-${id}`} className="visually-hidden">
              Reageren op aantekening {number ?? ""}
            </label>
            <textarea id={`reactie-${id}`} name="reply" rows={2} className="utrecht-textarea" placeholder="Reageren…" required maxLength={4000} />
            <button type="submit" className="utrecht-button utrecht-button--secondary-action" aria-disabled={pending}>
              Reactie plaatsen
            </button>
          </form>
        )}

        {error && (
          <p role="alert" className="form-error">
            {error}
          </p>
        )}

        <div className={styles.actions}>
          {canWrite && annotation.canResolve && (
            <button type="button" className="utrecht-button utrecht-button--secondary-action" aria-disabled={pending} onClick={() => run(() => setAnnotationResolvedAction(gemeente, lemma, id, annotation.resolved === null))}>
              {annotation.resolved ? "Heropenen" : "Afhandelen"}
            </button>
          )}
          {canWrite && annotation.mine && !editing && (
            <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={() => setEditing(true)}>
              Bewerken
            </button>
          )}
          {canWrite && annotation.mine &&
            (confirmDelete ? (
              <>
                <button type="button" className="utrecht-button utrecht-button--primary-action" aria-disabled={pending} onClick={() => run(() => deleteAnnotationAction(gemeente, lemma, id))}>
                  Ja, verwijderen
                </button>
                <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={() => setConfirmDelete(false)}>
                  Niet verwijderen
                </button>
              </>
            ) : (
              <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={() => setConfirmDelete(true)}>
                Verwijderen
              </button>
            ))}
          {children}
        </div>

        {number !== null && (
          <nav className={styles.nav} aria-label={`Navigatie bij aantekening ${number}`}>
            <a className="utrecht-link" href={`#markering-${id}`}>
              Naar de passage in de tekst
            </a>
            {previousId && (
              <a className="utrecht-link" href={`#aantekening-${previousId}`}>
                Vorige aantekening
              </a>
            )}
            {nextId && (
              <a className="utrecht-link" href={`#aantekening-${nextId}`}>
                Volgende aantekening
              </a>
            )}
          </nav>
        )}
      </article>
    </li>
  );
}
