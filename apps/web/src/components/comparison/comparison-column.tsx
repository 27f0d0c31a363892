import type { TComparisonColumn } from "@trendweb/services";
import { formatDate } from "@/lib/format";
import { RatingBadge } from "./rating-badge";
import styles from "./comparison.module.css";

/** One gemeente's current public section of the lemma, or a note that there is none. */
export function ComparisonColumn({ column }: { column: TComparisonColumn }) {
  const headingId = `gemeente-${column.slug}`;
  const { section } = column;
  return (
    <section className={styles.column} aria-labelledby={headingId}>
      <h2 id={headingId} className="utrecht-heading-2">
        {column.name}
      </h2>
      {section ? (
        <>
          <dl>
            <dt>Relevantie</dt>
            <dd>
              <RatingBadge rating={section.rating} />
            </dd>
            <dt>Gepubliceerd</dt>
            <dd>{formatDate(section.publishedAt)}</dd>
            <dt>Bron</dt>
            <dd>
              <a className="utrecht-link" href={section.path}>
                Publicatie versie {section.version} van {column.name}
              </a>
            </dd>
          </dl>
          <h3 className="utrecht-heading-4">Wat {column.name} benadrukt</h3>
          {column.terms.length ? (
            <ul className={styles.terms} aria-label={`Onderscheidende woorden van ${column.name}`}>
              {column.terms.map((term) => (
                <li key={term}>{term}</li>
              ))}
            </ul>
          ) : (
            <p className="utrecht-paragraph">Geen woorden die alleen hier vaak voorkomen.</p>
          )}
          {section.html ? (
            // Sanitized on publishing and again on reading (services: sanitizePublishedHtml).
            <div className={styles.localText} dangerouslySetInnerHTML={{ __html: section.html }} />
          ) : (
            <p className="utrecht-paragraph">De gepubliceerde tekst is leeg.</p>
          )}
        </>
      ) : (
        <p className="utrecht-paragraph">{column.name} heeft deze trend nog niet openbaar gepubliceerd.</p>
      )}
    </section>
  );
}
