import styles from "./reader.module.css";

/** The lemma letter in a round badge, as the printed Trendweb shows it. */
export function LetterBadge({ letter, large = false }: { letter: string; large?: boolean }) {
  return <span className={large ? `${styles.badge} ${styles.badgeLarge}` : styles.badge}>{letter}</span>;
}
