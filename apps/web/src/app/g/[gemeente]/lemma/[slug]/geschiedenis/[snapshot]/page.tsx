import { getLemma } from "@trendweb/content";
import { getSectionSnapshot } from "@trendweb/services";
import type { Metadata } from "next";
import Link from "next/link";
import styles from "@/components/history/history.module.css";
import { SectionText } from "@/components/history/section-text";
import { formatDateTime } from "@/lib/format";
import { runPage } from "@/lib/access/run-page";
import { serviceContext } from "@/lib/access/viewer";
import { snapshotTitle } from "../snapshot-title";
import { RestoreForm } from "./restore-form";

interface Props {
  params: Promise<{ gemeente: string; slug: string; snapshot: string }>;
}

export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lemma = getLemma((await params).slug);
  return { title: lemma ? `Eerdere versie – ${lemma.letter}. ${lemma.title}` : "Pagina niet gevonden" };
}

export default async function SectionSnapshotPage({ params }: Props) {
  const { gemeente, slug, snapshot: snapshotId } = await params;
  const page = await runPage(`/g/${gemeente}/lemma/${slug}/geschiedenis/${snapshotId}`, async () => getSectionSnapshot(await serviceContext(), gemeente, slug, snapshotId));
  const lemma = getLemma(page.lemmaSlug)!;
  const { workspace, snapshot } = page;
  const base = `/g/${workspace.slug}/lemma/${page.lemmaSlug}`;

  return (
    <div className="page-section">
      <p className="utrecht-paragraph">
        <Link className="utrecht-link" href={`${base}/geschiedenis`}>
          Terug naar de geschiedenis
        </Link>
        {" · "}
        <Link className="utrecht-link" href={base}>
          Naar de tekst
        </Link>
      </p>
      <h1 className="utrecht-heading-1">
        {snapshotTitle(snapshot)} – {lemma.letter}. {lemma.title}
      </h1>
      <dl className={styles.meta}>
        <div>
          <dt>Bewaard op</dt>
          <dd>{formatDateTime(snapshot.createdAt)}</dd>
        </div>
        <div>
          <dt>Soort</dt>
          <dd>{snapshot.kind === "NAMED" ? `Met naam bewaard${snapshot.createdBy ? ` door ${snapshot.createdBy}` : ""}` : "Automatisch bewaard"}</dd>
        </div>
        <div>
          <dt>Geschreven door</dt>
          <dd>{snapshot.authors.length ? snapshot.authors.join(", ") : "—"}</dd>
        </div>
      </dl>

      <section aria-labelledby="tekst-van-deze-versie" className={styles.text}>
        <h2 id="tekst-van-deze-versie" className="utrecht-heading-2">
          Relevantie voor {workspace.name} in deze versie
        </h2>
        <SectionText doc={snapshot.json} />
      </section>

      {page.canWrite && <RestoreForm gemeente={workspace.slug} lemma={page.lemmaSlug} snapshotId={snapshot.id} />}
    </div>
  );
}
