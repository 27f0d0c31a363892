import type { Metadata } from "next";
import { HighlightedText } from "@/components/reader/highlighted-text";
import { LetterBadge } from "@/components/reader/letter-badge";
import styles from "@/components/reader/reader.module.css";
import { searchContent, ZSearchQuery, type TSearchResult } from "@/services/search";

interface Props {
  searchParams: Promise<{ q?: string | string[] }>;
}

const readQuery = async (searchParams: Props["searchParams"]) => {
  const { q } = await searchParams;
  return ZSearchQuery.parse(Array.isArray(q) ? q[0] : q);
};

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const q = await readQuery(searchParams);
  return { title: q ? `Zoeken: ${q}` : "Zoeken" };
}

const KIND_LABEL: Record<TSearchResult["kind"], string> = {
  LEMMA: "Trend",
  THREAD: "Rode draad",
  INTRO: "Inleiding",
  LOCAL_SECTION: "Lokale relevantie",
};

export default async function SearchPage({ searchParams }: Props) {
  const q = await readQuery(searchParams);
  const results = q ? await searchContent(q) : [];
  return (
    <div className="page-section">
      <h1 className="utrecht-heading-1">Zoeken</h1>
      <form role="search" action="/zoeken" method="get" className={styles.searchForm} aria-label="Zoeken in de Trendweb">
        <div className={`utrecht-form-field ${styles.searchField}`}>
          <label className="utrecht-form-label" htmlFor="zoekterm">
            Zoekterm
          </label>
          <input
            id="zoekterm"
            name="q"
            type="search"
            className="utrecht-textbox utrecht-textbox--html-input"
            defaultValue={q}
            maxLength={200}
            aria-describedby="zoek-hint"
          />
        </div>
        <button type="submit" className="utrecht-button utrecht-button--primary-action">
          Zoeken
        </button>
      </form>
      <p id="zoek-hint" className="utrecht-paragraph">
        Zoek in de twintig trends, de rode draden en de inleiding. Woorden worden in al hun vormen gevonden:
        &lsquo;gemeente&rsquo; vindt ook &lsquo;gemeenten&rsquo;. Gebruik aanhalingstekens voor een vaste woordgroep
        en een minteken om een woord uit te sluiten.
      </p>

      {q ? (
        results.length ? (
          <section aria-labelledby="resultaten">
            <h2 id="resultaten" className="utrecht-heading-2">
              {results.length === 1 ? "1 resultaat" : `${results.length} resultaten`} voor &lsquo;{q}&rsquo;
            </h2>
            <ol className={styles.results} aria-labelledby="resultaten">
              {results.map((result) => (
                <li key={result.id} className={styles.result}>
                  <span className={styles.resultKind}>
                    {result.letter ? <LetterBadge letter={result.letter} /> : null} {KIND_LABEL[result.kind]}
                  </span>
                  <a className={`utrecht-link ${styles.resultTitle}`} href={result.path}>
                    <HighlightedText segments={result.title} />
                  </a>
                  <p className="utrecht-paragraph">
                    <HighlightedText segments={result.snippet} />
                  </p>
                </li>
              ))}
            </ol>
          </section>
        ) : (
          <section aria-labelledby="geen-resultaten">
            <h2 id="geen-resultaten" className="utrecht-heading-2">
              Geen resultaten voor &lsquo;{q}&rsquo;
            </h2>
            <p className="utrecht-paragraph">
              Probeer een ander of algemener woord, controleer de spelling, of gebruik minder woorden. Zeer gewone
              woorden zoals &lsquo;de&rsquo; en &lsquo;het&rsquo; worden niet gezocht. U kunt ook bladeren in{" "}
              <a className="utrecht-link" href="/#de-lijst">
                de lijst van alle trends
              </a>
              .
            </p>
          </section>
        )
      ) : null}
    </div>
  );
}
