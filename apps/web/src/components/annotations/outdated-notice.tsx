// "Verouderd": the core text changed under this local section. Shows the word diff of each
// change and lets a member who may write mark the section reviewed.
import { getOutdatedNotice } from "@trendweb/services";
import { WordDiff, WordDiffLegend } from "@/components/word-diff/word-diff";
import { serviceContext } from "@/lib/access/viewer";
import { formatDateTime } from "@/lib/format";
import { MarkReviewedButton } from "./mark-reviewed-button";
import styles from "./annotations.module.css";

export async function OutdatedNotice({ gemeente, lemma, canWrite }: { gemeente: string; lemma: string; canWrite: boolean }) {
  const notice = await getOutdatedNotice(await serviceContext(), gemeente, lemma);
  if (!notice) return null;
  return (
    <section className={styles.outdated} aria-labelledby="verouderd">
      <h3 id="verouderd" className="utrecht-heading-3">
        Verouderd: de kerntekst is gewijzigd
      </h3>
      <p className="utrecht-paragraph">
        Sinds {formatDateTime(notice.since)} is de kerntekst waarop deze lokale tekst steunt gewijzigd. Kijk of uw tekst nog klopt en markeer hem daarna als bekeken.
      </p>
      <WordDiffLegend />
      <ol>
        {notice.changes.map((change, index) => (
          <li key={`${change.correctionId}-${change.blockId}-${index}`}>
            <p className="utrecht-paragraph">
              {change.correctionId.startsWith("editie:") ? `Nieuwe editie (${change.correctionId.slice(7)})` : "Correctie van de redactie"} op {formatDateTime(new Date(change.at))} (
              <a className="utrecht-link" href={`#${change.blockId}`}>
                naar het tekstblok
              </a>
              )
            </p>
            <WordDiff parts={change.parts} label={`Wijziging ${index + 1} in de kerntekst`} />
          </li>
        ))}
      </ol>
      {canWrite && <MarkReviewedButton gemeente={gemeente} lemma={lemma} />}
    </section>
  );
}
