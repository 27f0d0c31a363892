import { getWorkspaceDashboard } from "@trendweb/services";
import type { Metadata } from "next";
import Link from "next/link";
import { formatDateTime } from "@/lib/format";
import { runPage } from "@/lib/access/run-page";
import { serviceContext } from "@/lib/access/viewer";
import { RATING_LABELS, STATUS_LABELS } from "@/lib/workspace-labels";

export const metadata: Metadata = { title: "Werkruimte" };

export default async function WorkspaceDashboardPage({ params }: { params: Promise<{ gemeente: string }> }) {
  const { gemeente } = await params;
  const dashboard = await runPage(`/g/${gemeente}`, async () => getWorkspaceDashboard(await serviceContext(), gemeente));
  const { workspace, lemmas, members, progress, canReadDrafts } = dashboard;
  const canManage = workspace.roles.includes("BEHEERDER");

  return (
    <div className="page-section">
      <h1 className="utrecht-heading-1">Werkruimte {workspace.name}</h1>
      <p className="utrecht-paragraph">
        Hier werkt {workspace.name} aan de eigen relevantie van de twintig trends.{" "}
        <Link className="utrecht-link" href={`/g/${workspace.slug}/publicaties`}>
          Publicaties voor de raad
        </Link>
        {canManage && (
          <>
            {" "}
            <Link className="utrecht-link" href={`/g/${workspace.slug}/leden`}>
              Leden en uitnodigingen beheren
            </Link>
          </>
        )}
      </p>

      <h2 className="utrecht-heading-2">Voortgang</h2>
      <dl className="progress-summary" aria-label="Voortgang per status">
        {Object.entries(STATUS_LABELS).map(([status, label]) => (
          <div key={status}>
            <dt>{label}</dt>
            <dd>{progress[status as keyof typeof progress]}</dd>
          </div>
        ))}
      </dl>

      <h2 className="utrecht-heading-2">Lemma&apos;s</h2>
      <div className="table-scroll">
        <table className="utrecht-table workspace-table">
          <caption className="utrecht-table__caption">De twintig lemma&apos;s met de stand van zaken in {workspace.name}</caption>
          <thead className="utrecht-table__header">
            <tr className="utrecht-table__row">
              <th scope="col" className="utrecht-table__header-cell">Lemma</th>
              <th scope="col" className="utrecht-table__header-cell">Status</th>
              <th scope="col" className="utrecht-table__header-cell">Relevantie</th>
              <th scope="col" className="utrecht-table__header-cell">Laatst bewerkt</th>
              <th scope="col" className="utrecht-table__header-cell">Nu bezig</th>
            </tr>
          </thead>
          <tbody className="utrecht-table__body">
            {lemmas.map((lemma) => (
              <tr key={lemma.slug} className="utrecht-table__row">
                <th scope="row" className="utrecht-table__header-cell">
                  <span className="lemma-letter">{lemma.letter}</span>{" "}
                  {canReadDrafts ? (
                    <Link className="utrecht-link" href={`/g/${workspace.slug}/lemma/${lemma.slug}`}>
                      {lemma.title}
                    </Link>
                  ) : (
                    lemma.title
                  )}
                </th>
                <td className="utrecht-table__cell">{STATUS_LABELS[lemma.status]}</td>
                <td className="utrecht-table__cell">{lemma.rating ? RATING_LABELS[lemma.rating] : "Nog niet beoordeeld"}</td>
                <td className="utrecht-table__cell">
                  {lemma.lastEditedAt ? `${formatDateTime(lemma.lastEditedAt)} door ${lemma.lastEditedBy ?? "onbekend"}` : "Nog niet bewerkt"}
                </td>
                <td className="utrecht-table__cell">{lemma.editingNow.length ? lemma.editingNow.join(", ") : "Niemand"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <h2 className="utrecht-heading-2">Leden</h2>
      <ul className="utrecht-unordered-list" aria-label={`Leden van ${workspace.name}`}>
        {members.map((member) => (
          <li key={member.email} className="utrecht-unordered-list__item">
            {member.name} ({member.roles.map((role) => role.toLowerCase()).join(", ")})
          </li>
        ))}
      </ul>
    </div>
  );
}
