// "Wat schrijven andere gemeenten?" beside the editor: other gemeenten' published sections of
// this lemma, one collapsed <details> each. Public data only; drafts never cross over.
import { comparisonPath, listOtherGemeentenSections } from "@trendweb/services";
import Link from "next/link";
import { serviceContext } from "@/lib/access/viewer";
import { formatDate } from "@/lib/format";
import { RatingBadge } from "./rating-badge";
import styles from "./comparison.module.css";

export async function OtherGemeentenPanel({ gemeente, lemma }: { gemeente: string; lemma: string }) {
  const sections = await listOtherGemeentenSections(await serviceContext(), gemeente, lemma);
  return (
    <section className={styles.panel} aria-labelledby="andere-gemeenten">
      <h2 id="andere-gemeenten" className="utrecht-heading-2">
        Wat schrijven andere gemeenten?
      </h2>
      {sections.length === 0 ? (
        <p className="utrecht-paragraph">Nog geen andere gemeente heeft deze trend openbaar gepubliceerd.</p>
      ) : (
        <>
          <p className="utrecht-paragraph">
            De openbaar gepubliceerde tekst van {sections.length === 1 ? "1 andere gemeente" : `${sections.length} andere gemeenten`}.{" "}
            <Link className="utrecht-link" href={comparisonPath(lemma, [gemeente, ...sections.slice(0, 5).map((section) => section.gemeenteSlug)])}>
              Vergelijk ze naast elkaar
            </Link>
          </p>
          {sections.map((section) => (
            <details key={section.gemeenteSlug}>
              <summary>
                {section.gemeenteName} <RatingBadge rating={section.rating} />
              </summary>
              <p className="utrecht-paragraph">
                Gepubliceerd op {formatDate(section.publishedAt)},{" "}
                <Link className="utrecht-link" href={section.path}>
                  versie {section.version}
                </Link>
              </p>
              {section.html ? (
                // Sanitized on publishing and again on reading (services: sanitizePublishedHtml).
                <div className={styles.localText} dangerouslySetInnerHTML={{ __html: section.html }} />
              ) : (
                <p className="utrecht-paragraph">De gepubliceerde tekst is leeg.</p>
              )}
            </details>
          ))}
        </>
      )}
    </section>
  );
}
