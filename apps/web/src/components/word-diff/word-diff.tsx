// A word-level diff, readable without colour: <ins>/<del> with underline and strike-through,
// each change announced as "toegevoegd:" / "verwijderd:" to screen readers.
import type { TWordDiffPart } from "@trendweb/services";
import styles from "./word-diff.module.css";

export function WordDiff({ parts, label }: { parts: readonly TWordDiffPart[]; label?: string }) {
  return (
    <div className={styles.diff} role="group" aria-label={label}>
      {parts.map((part, index) => {
        if (part.added) {
          return (
            <ins key={index} className={styles.added}>
              <span className="visually-hidden">[toegevoegd: </span>
              {part.value}
              <span className="visually-hidden">]</span>
            </ins>
          );
        }
        if (part.removed) {
          return (
            <del key={index} className={styles.removed}>
              <span className="visually-hidden">[verwijderd: </span>
              {part.value}
              <span className="visually-hidden">]</span>
            </del>
          );
        }
        return <span key={index}>{part.value}</span>;
      })}
    </div>
  );
}

/** Explains the notation once, above one or more diffs. */
export function WordDiffLegend() {
  return (
    <p className={styles.legend}>
      <ins className={styles.added}>Onderstreept</ins> is toegevoegd, <del className={styles.removed}>doorgestreept</del> is
      verwijderd.
    </p>
  );
}
