import { listPublications, previewPublication, PUBLICATION_WARNING_LABELS, type TPublicationPreview } from "@trendweb/services";
import type { Metadata } from "next";
import Link from "next/link";
import { formatDateTime } from "@/lib/format";
import { runPage } from "@/lib/access/run-page";
import { serviceContext } from "@/lib/access/viewer";
import { RATING_LABELS, STATUS_LABELS } from "@/lib/workspace-labels";
import { PublishForm } from "./publish-form";
import styles from "./publications.module.css";

export async function generateMetadata({ params }: { params: Promise<{ gemeente: string }> }): Promise<Metadata> {
  const { gemeente } = await params;
  return {
    title: "Publicaties",
    alternates: { types: { "application/atom+xml": [{ url: `/g/${encodeURIComponent(gemeente)}/publicaties/feed.xml`, title: "Publicaties (Atom-feed)" }] } },
  };
}

const VISIBILITY_LABELS = { OPENBAAR: "Openbaar", RAAD: "Alleen de raad" } as const;

export default async function PublicationsPage({ params }: { params: Promise<{ gemeente: string }> }) {
  const { gemeente } = await params;
  const { list, preview } = await runPage(`/g/${gemeente}/publicaties`, async () => {
    const ctx = await serviceContext();
    const list = await listPublications(ctx, gemeente);
    const preview: TPublicationPreview | null = list.canPublish ? await previewPublication(ctx, gemeente) : null;
    return { list, preview };
  });
  const { gemeente: info, publications, hiddenCouncilOnly } = list;

  return (
    <div className="page-section">
      <h1 className="utrecht-heading-1">Publicaties van {info.name}</h1>
      <p className="utrecht-paragraph">
        De griffie van {info.name} publiceert hier vaste versies van de lokale Trendweb voor de gemeenteraad. Een publicatie verandert nooit meer; een
        nieuwere versie krijgt een nieuw nummer.
      </p>

      <h2 className="utrecht-heading-2">Verschenen versies</h2>
      <p className="utrecht-paragraph">
        Volg nieuwe openbare versies met de <a className="utrecht-link" href={`/g/${info.slug}/publicaties/feed.xml`} type="application/atom+xml">Atom-feed</a>.
      </p>
      {publications.length === 0 ? (
        <p className="utrecht-paragraph">Er zijn nog geen publicaties die u kunt lezen.</p>
      ) : (
        <div className="table-scroll">
          <table className="utrecht-table">
            <caption className="utrecht-table__caption">Publicaties van {info.name}, nieuwste eerst</caption>
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                <th scope="col" className="utrecht-table__header-cell">Versie</th>
                <th scope="col" className="utrecht-table__header-cell">Gepubliceerd</th>
                <th scope="col" className="utrecht-table__header-cell">Door</th>
                <th scope="col" className="utrecht-table__header-cell">Voor</th>
                <th scope="col" className="utrecht-table__header-cell">Trends</th>
                <th scope="col" className="utrecht-table__header-cell">Stand</th>
              </tr>
            </thead>
            <tbody className="utrecht-table__body">
              {publications.map((publication) => (
                <tr key={publication.version} className="utrecht-table__row">
                  <th scope="row" className="utrecht-table__header-cell">
                    <Link className="utrecht-link" href={`/g/${info.slug}/publicaties/${publication.version}`}>
                      Versie {publication.version}
                    </Link>
                  </th>
                  <td className="utrecht-table__cell">{formatDateTime(publication.publishedAt)}</td>
                  <td className="utrecht-table__cell">{publication.publishedByName}</td>
                  <td className="utrecht-table__cell">{VISIBILITY_LABELS[publication.visibility]}</td>
                  <td className="utrecht-table__cell">{publication.sectionCount}</td>
                  <td className="utrecht-table__cell">{publication.withdrawn ? `Ingetrokken op ${formatDateTime(publication.withdrawn.at)}` : "Geldig"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {hiddenCouncilOnly > 0 && (
        <p className={styles.notice}>
          Er {hiddenCouncilOnly === 1 ? "is 1 publicatie" : `zijn ${hiddenCouncilOnly} publicaties`} alleen voor de raad. Raadsleden en griffie van {info.name}{" "}
          lezen die na <Link className="utrecht-link" href={`/inloggen?terug=${encodeURIComponent(`/g/${info.slug}/publicaties`)}`}>inloggen</Link>.
        </p>
      )}

      {preview && (
        <PublishForm
          gemeente={info.slug}
          gemeenteName={info.name}
          nextVersion={preview.nextVersion}
          lemmas={preview.lemmas.map((lemma) => ({
            slug: lemma.slug,
            letter: lemma.letter,
            title: lemma.title,
            statusLabel: STATUS_LABELS[lemma.status],
            ratingLabel: lemma.rating ? RATING_LABELS[lemma.rating] : null,
            selected: lemma.selected,
            warnings: lemma.warnings.map((warning) => PUBLICATION_WARNING_LABELS[warning]),
          }))}
        />
      )}
    </div>
  );
}
