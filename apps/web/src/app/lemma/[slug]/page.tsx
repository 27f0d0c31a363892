import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getGemeente, getLemma, getLemmaByLetter, LEMMA_LETTERS, trendweb } from "@trendweb/content";
import { ContentBlocks } from "@/components/reader/content-blocks";
import { LetterBadge } from "@/components/reader/letter-badge";
import styles from "@/components/reader/reader.module.css";
import { readerLemma } from "@/lib/reader/reader-lemma";

interface Props {
  params: Promise<{ slug: string }>;
}

/** Static, regenerated at most every 5 minutes and at once after a correction (revalidatePath). */
export const revalidate = 300;

export function generateStaticParams() {
  return trendweb.lemmas.map((lemma) => ({ slug: lemma.slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lemma = getLemma((await params).slug);
  return lemma ? { title: `${lemma.letter}. ${lemma.title}` } : { title: "Pagina niet gevonden" };
}

function neighbour(letter: string, step: -1 | 1) {
  const index = LEMMA_LETTERS.indexOf(letter as (typeof LEMMA_LETTERS)[number]);
  const next = LEMMA_LETTERS[index + step];
  return next ? getLemmaByLetter(next) : undefined;
}

export default async function LemmaPage({ params }: Props) {
  const found = await readerLemma((await params).slug);
  if (!found) notFound();
  const { lemma, correctedBlockIds } = found;
  const previous = neighbour(lemma.letter, -1);
  const next = neighbour(lemma.letter, 1);
  const seeAlso = lemma.seeAlso.map((letter) => getLemmaByLetter(letter)).filter((item) => item !== undefined);
  const mentions = lemma.mentions.map((mention) => ({ ...mention, name: getGemeente(mention.gemeente)?.name ?? mention.gemeente }));

  return (
    <article className={styles.article} aria-labelledby="lemma-titel">
      <p className={`utrecht-paragraph ${styles.noPrint}`}>
        <a className="utrecht-link" href="/#het-web">
          Terug naar het web
        </a>
      </p>
      <header className={styles.lemmaHeader}>
        <LetterBadge letter={lemma.letter} large />
        <h1 id="lemma-titel" className="utrecht-heading-1">
          {lemma.title}
        </h1>
      </header>

      <ContentBlocks blocks={lemma.blocks} figures={lemma.figures} />

      <section className={styles.relevance} aria-labelledby="relevantie">
        <h2 id="relevantie" className="utrecht-heading-2">
          {lemma.relevance.heading}
        </h2>
        <ContentBlocks blocks={lemma.relevance.blocks} />
        <p className={`utrecht-paragraph ${styles.noPrint}`}>
          <a className="utrecht-link" href={`/vergelijk/${lemma.slug}`}>
            Vergelijk hoe gemeenten deze trend lezen
          </a>
        </p>
      </section>

      {correctedBlockIds.length ? (
        <section aria-labelledby="correcties">
          <h2 id="correcties" className="utrecht-heading-2">
            Correcties van de redactie
          </h2>
          <p className="utrecht-paragraph">De redactie heeft deze tekstblokken na de gedrukte uitgave gecorrigeerd:</p>
          <ul className="utrecht-unordered-list">
            {correctedBlockIds.map((blockId) => (
              <li key={blockId} className="utrecht-unordered-list__item">
                <a className="utrecht-link" href={`/lemma/${lemma.slug}/geschiedenis/${blockId}`}>
                  Geschiedenis van blok {blockId}
                </a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {seeAlso.length ? (
        <section aria-labelledby="lees-meer">
          <h2 id="lees-meer" className="utrecht-heading-2">
            Lees meer over
          </h2>
          <ul className={styles.seeAlsoList}>
            {seeAlso.map((other) => (
              <li key={other.letter}>
                <LetterBadge letter={other.letter} />
                <a className="utrecht-link" href={`/lemma/${other.slug}`}>
                  {other.title}
                </a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="gemeenten-genoemd">
        <h2 id="gemeenten-genoemd" className="utrecht-heading-2">
          Genoemde gemeenten
        </h2>
        {mentions.length ? (
          <ul className="utrecht-unordered-list" aria-labelledby="gemeenten-genoemd">
            {mentions.map((mention) => (
              <li key={mention.gemeente} className="utrecht-unordered-list__item">
                {mention.name} ({mention.count}×)
              </li>
            ))}
          </ul>
        ) : (
          <p className="utrecht-paragraph">Deze tekst noemt geen Overijsselse gemeente bij naam.</p>
        )}
      </section>

      <nav className={styles.pager} aria-label="Vorige en volgende trend">
        {previous ? (
          <a className="utrecht-link" href={`/lemma/${previous.slug}`} rel="prev">
            <span className={styles.pagerLabel}>Vorige trend</span>
            {previous.letter}. {previous.title}
          </a>
        ) : null}
        {next ? (
          <a className={`utrecht-link ${styles.pagerNext}`} href={`/lemma/${next.slug}`} rel="next">
            <span className={styles.pagerLabel}>Volgende trend</span>
            {next.letter}. {next.title}
          </a>
        ) : null}
      </nav>
    </article>
  );
}
