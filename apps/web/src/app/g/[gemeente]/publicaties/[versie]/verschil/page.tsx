import { comparePublications, LEMMA_CHANGE_LABELS, parseVersionRef, type TComparisonUnavailable } from "@trendweb/services";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { runPage } from "@/lib/access/run-page";
import { serviceContext } from "@/lib/access/viewer";
import { RATING_LABELS } from "@/lib/workspace-labels";
import { WordDiff, WordDiffLegend } from "@/components/word-diff/word-diff";
import styles from "../../publications.module.css";

export const metadata: Metadata = { title: "Verschil tussen versies" };

interface TProps {
  params: Promise<{ gemeente: string; versie: string }>;
  searchParams: Promise<{ met?: string | string[] }>;
}

const UNAVAILABLE: Record<TComparisonUnavailable, string> = {
  DEZE_INGETROKKEN: "Deze versie is ingetrokken. Ingetrokken versies worden niet vergeleken.",
  ANDERE_INGETROKKEN: "De gekozen versie is ingetrokken. Ingetrokken versies worden niet vergeleken; kies een andere versie.",
  GEEN_EERDERE_VERSIE: "Er is geen eerdere geldige versie om mee te vergelijken. Kies hieronder een andere versie, als die er is.",
};

const ratingLabel = (rating: keyof typeof RATING_LABELS | null) => (rating ? RATING_LABELS[rating].toLowerCase() : "niet beoordeeld");

export default async function PublicationDiffPage({ params, searchParams }: TProps) {
  const { gemeente, versie } = await params;
  const ref = parseVersionRef(versie);
  const met = (await searchParams).met;
  const against = typeof met === "string" && met !== "" ? parseVersionRef(met) : undefined;
  if (!ref || against === null || against === "laatste") notFound();
  const returnPath = `/g/${gemeente}/publicaties/${versie}/verschil${against ? `?met=${against}` : ""}`;
  const comparison = await runPage(returnPath, async () => comparePublications(await serviceContext(), gemeente, ref, against));
  const { gemeente: info, version, older, newer, choices, unavailable, lemmas } = comparison;
  const changed = lemmas.filter((lemma) => lemma.change !== "ONGEWIJZIGD");
  const unchanged = lemmas.filter((lemma) => lemma.change === "ONGEWIJZIGD");

  return (
    <article className="page-section" aria-labelledby="verschil-titel">
      <p>
        <Link className="utrecht-link" href={`/g/${info.slug}/publicaties/${version}`}>
          Terug naar versie {version}
        </Link>
      </p>
      <h1 id="verschil-titel" className="utrecht-heading-1">
        {older && newer ? `Trendweb ${info.name}: wat veranderde van versie ${older} naar versie ${newer}` : `Trendweb ${info.name}, versie ${version}: vergelijken`}
      </h1>

      {unavailable && (
        <p className={styles.notice} role="status">
          {UNAVAILABLE[unavailable]}
        </p>
      )}

      {choices.length > 0 && (
        <form method="get" className={styles.compareForm}>
          <label htmlFor="vergelijk-met">Vergelijk versie {version} met</label>{" "}
          <select id="vergelijk-met" name="met" defaultValue={comparison.against ?? undefined}>
            {choices.map((choice) => (
              <option key={choice} value={choice}>
                versie {choice}
              </option>
            ))}
          </select>{" "}
          <button type="submit" className="utrecht-button utrecht-button--secondary-action">
            Vergelijken
          </button>
        </form>
      )}

      {!unavailable && (
        <>
          <p className="utrecht-paragraph">
            {changed.length === 0
              ? "Er is niets veranderd in de opgenomen trends."
              : `${changed.length} ${changed.length === 1 ? "trend is" : "trends zijn"} veranderd, ${unchanged.length} ongewijzigd.`}
          </p>
          {changed.length > 0 && <WordDiffLegend />}
          {changed.map((lemma) => (
            <section key={lemma.lemmaSlug} className={styles.section} aria-labelledby={`verschil-${lemma.lemmaSlug}`}>
              <h2 id={`verschil-${lemma.lemmaSlug}`} className="utrecht-heading-2">
                <span className="lemma-letter">{lemma.lemmaLetter}</span> {lemma.coreTitle}
              </h2>
              <p className={styles.changeKind}>
                <strong>{LEMMA_CHANGE_LABELS[lemma.change]}</strong>
                {lemma.change === "GEWIJZIGD" && lemma.ratingBefore !== lemma.ratingAfter && (
                  <>
                    {" "}
                    · relevantie van {ratingLabel(lemma.ratingBefore)} naar {ratingLabel(lemma.ratingAfter)}
                  </>
                )}
              </p>
              {lemma.parts.length > 0 ? (
                <WordDiff parts={lemma.parts} label={`Wijzigingen in de tekst bij ${lemma.coreTitle}`} />
              ) : (
                <p className="utrecht-paragraph">Geen eigen tekst in beide versies.</p>
              )}
            </section>
          ))}
          {unchanged.length > 0 && (
            <section aria-labelledby="ongewijzigd" className={styles.section}>
              <h2 id="ongewijzigd" className="utrecht-heading-2">
                Ongewijzigd
              </h2>
              <ul>
                {unchanged.map((lemma) => (
                  <li key={lemma.lemmaSlug}>
                    {lemma.lemmaLetter}. {lemma.coreTitle}
                  </li>
                ))}
              </ul>
            </section>
          )}
        </>
      )}
    </article>
  );
}
