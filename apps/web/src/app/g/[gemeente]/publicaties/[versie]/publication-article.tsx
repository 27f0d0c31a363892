import { ANNOTATION_TYPE_LABELS, type TPublicationView } from "@trendweb/services";
import type { Metadata } from "next";
import Link from "next/link";
import { formatDate, formatDateTime } from "@/lib/format";
import { RATING_LABELS, STATUS_LABELS } from "@/lib/workspace-labels";
import styles from "../publications.module.css";
import { PublicationViewer, PublicationViewerNotices, PublicationWithdrawSlot } from "./publication-viewer";

export function publicationMetadata(gemeente: string, versie: string): Metadata {
  return {
    title: "Publicatie",
    alternates: { types: { "application/json": `/g/${encodeURIComponent(gemeente)}/publicaties/${encodeURIComponent(versie)}.json` } },
  };
}

/**
 * A publication as everyone who may read it sees it. What depends on the viewer (the withdraw
 * form, "another valid version", the notice after publishing) is filled in by the browser
 * (PublicationViewer), so this rendering can be served from a cache.
 */
export function PublicationArticle({ view }: { view: Pick<TPublicationView, "gemeente" | "publication"> }) {
  const { gemeente: info, publication } = view;
  return (
    <PublicationViewer gemeente={info.slug} version={publication.version} withdrawn={publication.withdrawn !== null}>
      <article className="page-section" aria-labelledby="publicatie-titel">
        <p className={styles.noPrint}>
          <Link className="utrecht-link" href={`/g/${info.slug}/publicaties`}>
            Alle publicaties van {info.name}
          </Link>
        </p>
        <h1 id="publicatie-titel" className="utrecht-heading-1">
          Trendweb {info.name}, versie {publication.version}
        </h1>
        <p className="utrecht-paragraph">
          Gepubliceerd op {formatDateTime(publication.publishedAt)} door {publication.publishedByName}, griffie van {info.name}.{" "}
          {publication.visibility === "RAAD" ? "Alleen voor de raad." : "Openbaar."}
        </p>

        <ul className={`${styles.downloads} ${styles.noPrint}`} aria-label="Andere vormen van deze publicatie">
          <li>
            <a className="utrecht-link" href={`/g/${info.slug}/publicaties/${publication.version}/pdf`} download>
              Download als PDF
            </a>
          </li>
          <li>
            <a className="utrecht-link" href={`/g/${info.slug}/publicaties/${publication.version}.json`} type="application/json">
              Open data (JSON)
            </a>
          </li>
          {!publication.withdrawn && (
            <li>
              <Link className="utrecht-link" href={`/g/${info.slug}/publicaties/${publication.version}/verschil`}>
                Wat is er veranderd?
              </Link>
            </li>
          )}
        </ul>

        <PublicationViewerNotices />
        {publication.withdrawn && (
          <div className={styles.withdrawn} role="note" aria-label="Ingetrokken">
            <p>
              <strong>Ingetrokken</strong> op {formatDateTime(publication.withdrawn.at)} door {publication.withdrawn.byName}. Deze versie geldt niet meer;
              ze blijft hier leesbaar voor de openbaarheid.
            </p>
            <p>Reden: {publication.withdrawn.reason}</p>
          </div>
        )}
        <section aria-labelledby="aanbiedingsbrief">
          <h2 id="aanbiedingsbrief" className="utrecht-heading-2">
            Aanbiedingsbrief
          </h2>
          <div className={styles.coverNote}>
            {publication.coverNote.split(/\n{2,}/).map((paragraph, index) => (
              <p key={index} className="utrecht-paragraph">
                {paragraph}
              </p>
            ))}
          </div>
        </section>

        <nav aria-labelledby="inhoudsopgave" className={styles.toc}>
          <h2 id="inhoudsopgave" className="utrecht-heading-2">
            Inhoud
          </h2>
          <ol>
            {publication.sections.map((section) => (
              <li key={section.lemmaSlug}>
                <a className="utrecht-link" href={`#trend-${section.lemmaSlug}`}>
                  {section.lemmaLetter}. {section.coreTitle}
                </a>
              </li>
            ))}
          </ol>
        </nav>

        {publication.sections.map((section) => (
          <section key={section.lemmaSlug} id={`trend-${section.lemmaSlug}`} className={styles.section} aria-labelledby={`kop-${section.lemmaSlug}`}>
            <h2 id={`kop-${section.lemmaSlug}`} className="utrecht-heading-2">
              <span className="lemma-letter">{section.lemmaLetter}</span> {section.coreTitle}
            </h2>
            <p className={styles.meta}>
              Relevantie voor {info.name}: {section.rating ? RATING_LABELS[section.rating].toLowerCase() : "niet beoordeeld"}. Status bij publicatie:{" "}
              {STATUS_LABELS[section.status].toLowerCase()}.{" "}
              <Link className={`utrecht-link ${styles.noPrint}`} href={`/lemma/${section.lemmaSlug}`}>
                Kerntekst van deze trend
              </Link>
            </p>
            {section.outdatedSince && (
              <p className={styles.notice}>
                Let op: de kerntekst van deze trend was op {formatDate(section.outdatedSince)} gewijzigd; deze lokale tekst was bij publicatie nog niet
                daarop nagekeken.
              </p>
            )}
            <h3 className="utrecht-heading-3">Relevantie voor {info.name}</h3>
            {section.html ? (
              // Sanitized on the server when published and again when read (services/publications/sanitize-html.ts).
              <div className={styles.localText} dangerouslySetInnerHTML={{ __html: section.html }} />
            ) : (
              <p className="utrecht-paragraph">{info.name} heeft bij deze trend (nog) geen eigen tekst geschreven.</p>
            )}
            {section.annotations.length > 0 && (
              <div className={styles.annotations}>
                <h3 className="utrecht-heading-3">Aantekeningen bij de kerntekst</h3>
                <ul>
                  {section.annotations.map((annotation, index) => (
                    <li key={index}>
                      <strong>{ANNOTATION_TYPE_LABELS[annotation.type]}</strong> bij de passage
                      <blockquote>{annotation.quote}</blockquote>
                      <p>{annotation.body}</p>
                    </li>
                  ))}
                </ul>
              </div>
            )}
          </section>
        ))}

        <PublicationWithdrawSlot />
      </article>
    </PublicationViewer>
  );
}
