import { getLemma, trendweb } from "@trendweb/content";
import { compareLemma, comparisonPath, parseComparisonChoice } from "@trendweb/services";
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { ComparisonColumn } from "@/components/comparison/comparison-column";
import { GemeentePicker } from "@/components/comparison/gemeente-picker";
import styles from "@/components/comparison/comparison.module.css";
import { ContentBlocks } from "@/components/reader/content-blocks";
import { LetterBadge } from "@/components/reader/letter-badge";
import { WordDiff, WordDiffLegend } from "@/components/word-diff/word-diff";
import { runPage } from "@/lib/access/run-page";
import { serviceContext } from "@/lib/access/viewer";

interface Props {
  params: Promise<{ slug: string }>;
  searchParams: Promise<{ gemeenten?: string | string[]; modus?: string | string[] }>;
}

// Plain <a> links throughout: this page is rendered per request, and next/link's client
// component (prefetching) costs render time and payload for no gain here (bench:compare).

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lemma = getLemma((await params).slug);
  return { title: lemma ? `Vergelijken: ${lemma.letter}. ${lemma.title}` : "Pagina niet gevonden" };
}

export default async function ComparePage({ params, searchParams }: Props) {
  const { slug } = await params;
  const query = await searchParams;
  const choice = parseComparisonChoice(query);
  // The picker sends ?gemeenten=a&gemeenten=b; the shareable address is ?gemeenten=a,b.
  if (Array.isArray(query.gemeenten) || Array.isArray(query.modus) || (query.modus === "naast-elkaar" && query.gemeenten !== undefined)) {
    redirect(comparisonPath(slug, Array.isArray(query.gemeenten) ? query.gemeenten.flatMap((entry) => entry.split(",")) : (query.gemeenten?.split(",") ?? []), choice.mode));
  }
  const comparison = await runPage(comparisonPath(slug, choice.gemeenten, choice.mode), async () => compareLemma(await serviceContext(), slug, choice));
  const { lemma, columns, diff, problems } = comparison;
  const unpublished = comparison.gemeenten.filter((gemeente) => !gemeente.published);

  return (
    <div className="page-section">
      <p className="utrecht-paragraph">
        <a className="utrecht-link" href={`/lemma/${lemma.slug}`}>
          Terug naar de trend
        </a>
        {" · "}
        <a className="utrecht-link" href="/overzicht">
          Overzicht van alle gemeenten
        </a>
      </p>
      <header>
        <LetterBadge letter={lemma.letter} large />
        <h1 className="utrecht-heading-1">Vergelijken: {lemma.title}</h1>
      </header>
      <p className="utrecht-paragraph">
        Hoe lezen gemeenten deze trend? Hieronder staat de openbaar gepubliceerde lokale relevantie van de gekozen gemeenten naast elkaar. Alleen
        gepubliceerde teksten zijn te zien, nooit concepten.
      </p>

      <section aria-labelledby="relevantie-overijssel">
        <h2 id="relevantie-overijssel" className="utrecht-heading-2">
          {lemma.relevance.heading}
        </h2>
        <ContentBlocks blocks={lemma.relevance.blocks} />
      </section>

      <GemeentePicker lemmaSlug={lemma.slug} gemeenten={comparison.gemeenten} mode={choice.mode} />

      {problems.length > 0 && (
        <div className={styles.notice} role="alert">
          {problems.map((problem) => (
            <p key={problem}>{problem}</p>
          ))}
        </div>
      )}

      {diff ? (
        <section aria-labelledby="verschil">
          <h2 id="verschil" className={`utrecht-heading-2 ${styles.diffHeading}`}>
            Verschil tussen {diff.left.name} en {diff.right.name}
          </h2>
          <p className="utrecht-paragraph">
            De tekst van {diff.left.name} (versie {diff.left.section!.version}) naast die van {diff.right.name} (versie {diff.right.section!.version}): doorgestreept staat
            alleen bij {diff.left.name}, onderstreept alleen bij {diff.right.name}.{" "}
            <a className="utrecht-link" href={comparisonPath(lemma.slug, comparison.selected)}>
              Terug naar naast elkaar
            </a>
          </p>
          <WordDiffLegend />
          <WordDiff parts={diff.parts} label={`Verschil tussen ${diff.left.name} en ${diff.right.name}`} />
        </section>
      ) : (
        columns.length > 0 && (
          <div className={styles.columns}>
            {columns.map((column) => (
              <ComparisonColumn key={column.slug} column={column} />
            ))}
          </div>
        )
      )}
      {!diff && columns.filter((column) => column.section).length >= 2 && (
        <p className="utrecht-paragraph">
          <a className="utrecht-link" href={comparisonPath(lemma.slug, comparison.selected, "verschil")}>
            Toon het verschil tussen {columns.filter((column) => column.section)[0]!.name} en {columns.filter((column) => column.section)[1]!.name}, woord voor woord
          </a>
        </p>
      )}

      <nav aria-labelledby="andere-trends">
        <h2 id="andere-trends" className="utrecht-heading-2">
          Een andere trend vergelijken
        </h2>
        <ul className={styles.otherLemmas}>
          {trendweb.lemmas.map((other) => (
            <li key={other.slug}>
              <a className="utrecht-link" href={comparisonPath(other.slug, choice.chosen ? choice.gemeenten : [])} aria-current={other.slug === lemma.slug ? "page" : undefined}>
                {other.letter}. {other.title}
              </a>
            </li>
          ))}
        </ul>
      </nav>

      <section aria-labelledby="niet-gepubliceerd">
        <h2 id="niet-gepubliceerd" className="utrecht-heading-2">
          Nog niet gepubliceerd
        </h2>
        {unpublished.length ? (
          <p className="utrecht-paragraph">
            {unpublished.length} van de 25 gemeenten hebben deze trend nog niet openbaar gepubliceerd: {unpublished.map((gemeente) => gemeente.name).join(", ")}.
          </p>
        ) : (
          <p className="utrecht-paragraph">Alle 25 gemeenten hebben deze trend gepubliceerd.</p>
        )}
      </section>
    </div>
  );
}
