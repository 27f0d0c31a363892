import { getLemma } from "@trendweb/content";
import { listSectionSnapshots } from "@trendweb/services";
import type { Metadata } from "next";
import Link from "next/link";
import { formatDateTime } from "@/lib/format";
import { runPage } from "@/lib/access/run-page";
import { serviceContext } from "@/lib/access/viewer";
import { NamedSnapshotForm } from "./named-snapshot-form";
import { snapshotTitle } from "./snapshot-title";

interface Props {
  params: Promise<{ gemeente: string; slug: string }>;
}

export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lemma = getLemma((await params).slug);
  return { title: lemma ? `Geschiedenis – ${lemma.letter}. ${lemma.title}` : "Pagina niet gevonden" };
}

export default async function SectionHistoryPage({ params }: Props) {
  const { gemeente, slug } = await params;
  const page = await runPage(`/g/${gemeente}/lemma/${slug}/geschiedenis`, async () => listSectionSnapshots(await serviceContext(), gemeente, slug));
  const lemma = getLemma(page.lemmaSlug)!;
  const { workspace, snapshots } = page;
  const base = `/g/${workspace.slug}/lemma/${page.lemmaSlug}`;

  return (
    <div className="page-section">
      <p className="utrecht-paragraph">
        <Link className="utrecht-link" href={base}>
          Terug naar de tekst
        </Link>
      </p>
      <h1 className="utrecht-heading-1">
        Geschiedenis van “Relevantie voor {workspace.name}” bij {lemma.letter}. {lemma.title}
      </h1>
      <p className="utrecht-paragraph">
        De tekst wordt automatisch bewaard als de laatste schrijver de tekst verlaat en elk uur terwijl er geschreven wordt. Bewaar zelf een versie met
        een naam om hem makkelijk terug te vinden.
      </p>

      {page.canWrite && <NamedSnapshotForm gemeente={workspace.slug} lemma={page.lemmaSlug} />}

      <h2 className="utrecht-heading-2">Bewaarde versies</h2>
      {snapshots.length === 0 ? (
        <p className="utrecht-paragraph">Er zijn nog geen versies bewaard.</p>
      ) : (
        <div className="table-scroll">
          <table className="utrecht-table">
            <caption className="utrecht-table__caption">Versies van de lokale relevantie, nieuwste eerst</caption>
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                <th scope="col" className="utrecht-table__header-cell">Versie</th>
                <th scope="col" className="utrecht-table__header-cell">Wanneer</th>
                <th scope="col" className="utrecht-table__header-cell">Soort</th>
                <th scope="col" className="utrecht-table__header-cell">Geschreven door</th>
              </tr>
            </thead>
            <tbody className="utrecht-table__body">
              {snapshots.map((snapshot) => (
                <tr key={snapshot.id} className="utrecht-table__row">
                  <th scope="row" className="utrecht-table__cell">
                    <Link className="utrecht-link" href={`${base}/geschiedenis/${snapshot.id}`}>
                      {snapshotTitle(snapshot)}
                    </Link>
                  </th>
                  <td className="utrecht-table__cell">{formatDateTime(snapshot.createdAt)}</td>
                  <td className="utrecht-table__cell">{snapshot.kind === "NAMED" ? `Met naam bewaard${snapshot.createdBy ? ` door ${snapshot.createdBy}` : ""}` : "Automatisch"}</td>
                  <td className="utrecht-table__cell">{snapshot.authors.length ? snapshot.authors.join(", ") : "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
