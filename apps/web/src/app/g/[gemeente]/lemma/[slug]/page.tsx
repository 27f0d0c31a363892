import { getLemma } from "@trendweb/content";
import { getSectionEditor } from "@trendweb/services";
import type { Metadata } from "next";
import Link from "next/link";
import { AnnotatedCoreSection } from "@/components/annotations/annotated-core-section";
import { OutdatedNotice } from "@/components/annotations/outdated-notice";
import { LetterBadge } from "@/components/reader/letter-badge";
import { SectionEditorLoader } from "@/components/editor/section-editor-loader";
import { OtherGemeentenPanel } from "@/components/comparison/other-gemeenten-panel";
import { colorForUser } from "@/components/editor/user-color";
import styles from "@/components/editor/section-page.module.css";
import { webEnv } from "@/env";
import { formatDateTime } from "@/lib/format";
import { runPage } from "@/lib/access/run-page";
import { serviceContext } from "@/lib/access/viewer";
import { RATING_LABELS, STATUS_LABELS } from "@/lib/workspace-labels";
import { SectionMetaForm } from "./section-meta-form";

interface Props {
  params: Promise<{ gemeente: string; slug: string }>;
}

export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lemma = getLemma((await params).slug);
  return { title: lemma ? `${lemma.letter}. ${lemma.title} – lokale relevantie` : "Pagina niet gevonden" };
}

export default async function SectionEditorPage({ params }: Props) {
  const { gemeente, slug } = await params;
  const page = await runPage(`/g/${gemeente}/lemma/${slug}`, async () => getSectionEditor(await serviceContext(), gemeente, slug));
  const lemma = getLemma(page.lemmaSlug)!;
  const { workspace, section } = page;

  return (
    <div className={styles.page}>
      <p className="utrecht-paragraph">
        <Link className="utrecht-link" href={`/g/${workspace.slug}`}>
          Terug naar de werkruimte {workspace.name}
        </Link>
        <span className={styles.skipToSection}>
          {" · "}
          <a className="utrecht-link" href="#lokale-relevantie">
            Direct naar de lokale relevantie
          </a>
        </span>
      </p>
      <header className={styles.header}>
        <LetterBadge letter={lemma.letter} large />
        <h1 className="utrecht-heading-1">{lemma.title}</h1>
      </header>

      <div className={styles.columns}>
        <article className={styles.core} aria-labelledby="kerntekst">
          <h2 id="kerntekst" className={`utrecht-heading-2 ${styles.columnHeading}`}>
            Kerntekst van de Trendweb
          </h2>
          <AnnotatedCoreSection gemeente={workspace.slug} lemma={page.lemmaSlug} />
        </article>

        <section className={styles.local} aria-labelledby="lokale-relevantie" data-section-editor>
          <h2 id="lokale-relevantie" tabIndex={-1} className={`utrecht-heading-2 ${styles.columnHeading}`}>
            Relevantie voor {workspace.name}
          </h2>
          <dl className={styles.meta}>
            <div>
              <dt>Status</dt>
              <dd>{STATUS_LABELS[section.status]}</dd>
            </div>
            <div>
              <dt>Relevantie</dt>
              <dd>{section.rating ? RATING_LABELS[section.rating] : "Nog niet beoordeeld"}</dd>
            </div>
            <div>
              <dt>Laatst bewerkt</dt>
              <dd>{section.lastEditedAt ? `${formatDateTime(section.lastEditedAt)} door ${section.lastEditedBy ?? "onbekend"}` : "Nog niet bewerkt"}</dd>
            </div>
          </dl>
          <OutdatedNotice gemeente={workspace.slug} lemma={page.lemmaSlug} canWrite={page.canWrite} />
          <p className="utrecht-paragraph">
            <Link className="utrecht-link" href={`/g/${workspace.slug}/lemma/${page.lemmaSlug}/geschiedenis`}>
              Geschiedenis en versies van deze tekst
            </Link>
          </p>
          <SectionEditorLoader
            documentName={page.documentName}
            collabUrl={webEnv().COLLAB_PUBLIC_URL}
            user={{ id: page.viewer.id, name: page.viewer.name, color: colorForUser(page.viewer.id) }}
            canWrite={page.canWrite}
          />
          {page.canWrite && <SectionMetaForm gemeente={workspace.slug} lemma={page.lemmaSlug} status={section.status} rating={section.rating} />}
        </section>
      </div>
      <OtherGemeentenPanel gemeente={workspace.slug} lemma={page.lemmaSlug} />
    </div>
  );
}
