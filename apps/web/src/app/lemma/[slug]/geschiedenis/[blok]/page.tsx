import { db } from "@trendweb/db";
import { getLemma } from "@trendweb/content";
import { getBlockHistory, wordDiff } from "@trendweb/services";
import type { Metadata } from "next";
import Link from "next/link";
import { WordDiff, WordDiffLegend } from "@/components/word-diff/word-diff";
import { runPage } from "@/lib/access/run-page";
import { formatDateTime } from "@/lib/format";

export const dynamic = "force-dynamic";

interface Props {
  params: Promise<{ slug: string; blok: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lemma = getLemma((await params).slug);
  return { title: lemma ? `Geschiedenis van een tekstblok – ${lemma.title}` : "Pagina niet gevonden" };
}

/** Public, like the core text: every version of one block, newest first, with what changed. */
export default async function BlockHistoryPage({ params }: Props) {
  const { slug, blok } = await params;
  const versions = await runPage(`/lemma/${slug}/geschiedenis/${blok}`, () => getBlockHistory(db, slug, blok));
  const lemma = getLemma(slug)!;
  return (
    <div className="page-section">
      <p className="utrecht-paragraph">
        <Link className="utrecht-link" href={`/lemma/${slug}#${blok}`}>
          Terug naar {lemma.letter}. {lemma.title}
        </Link>
      </p>
      <h1 className="utrecht-heading-1">Geschiedenis van een tekstblok</h1>
      <p className="utrecht-paragraph">
        {lemma.title}, blok {blok}: {versions.length - 1 === 0 ? "nooit gecorrigeerd" : `${versions.length - 1} correctie(s) door de redactie`}.
      </p>
      <WordDiffLegend />
      <ol className="utrecht-ordered-list" reversed>
        {versions.map((version, index) => {
          const previous = versions[index + 1];
          return (
            <li key={version.version} className="utrecht-ordered-list__item">
              <h2 className="utrecht-heading-3">
                {version.correction ? `Versie ${version.version}` : "Versie 0: de oorspronkelijke uitgave"}
              </h2>
              {version.correction && (
                <p className="utrecht-paragraph">
                  {version.correction.author}, {formatDateTime(version.correction.at)}
                  {version.correction.minor ? " (kleine correctie)" : ""}. Reden: {version.correction.reason}
                </p>
              )}
              {previous ? <WordDiff parts={wordDiff(previous.text, version.text)} label={`Wijzigingen in versie ${version.version}`} /> : <p className="utrecht-paragraph">{version.text}</p>}
            </li>
          );
        })}
      </ol>
    </div>
  );
}
