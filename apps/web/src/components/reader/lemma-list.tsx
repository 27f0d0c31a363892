// DE LIJST: all lemmas alphabetically, with their letter and the letters they are linked to
// (the text equivalent of HET WEB).
import { lemmasAlphabetical } from "@trendweb/content";
import { LetterBadge } from "./letter-badge";
import styles from "./reader.module.css";
import { joinDutch } from "@/lib/reader/join-dutch";
import { linkedDescriptionId } from "@/lib/reader/web-layout";

export function LemmaList({ linked, labelledBy }: { linked: ReadonlyMap<string, readonly string[]>; labelledBy: string }) {
  return (
    <ol className={styles.lemmaList} aria-labelledby={labelledBy}>
      {lemmasAlphabetical().map((lemma) => {
        const letters = linked.get(lemma.letter) ?? [];
        return (
          <li key={lemma.letter} className={styles.lemmaListItem} data-letter={lemma.letter}>
            <LetterBadge letter={lemma.letter} />
            <a className="utrecht-link" href={`/lemma/${lemma.slug}`}>
              {lemma.title}
            </a>
            <span id={linkedDescriptionId(lemma.letter)} className={styles.lemmaListLinks}>
              {letters.length ? `Verbonden met ${joinDutch(letters)}` : "Geen verwijzingen"}
            </span>
          </li>
        );
      })}
    </ol>
  );
}
