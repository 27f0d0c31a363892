import { trendweb } from "@trendweb/content";
import styles from "./site-nav.module.css";

/** The reader's main navigation, in the site header. */
export function SiteNav() {
  return (
    <nav aria-label="Hoofdmenu" className={styles.nav}>
      <ul className={styles.list}>
        <li>
          <a className={styles.link} href="/#het-web">
            Het web
          </a>
        </li>
        <li>
          <a className={styles.link} href="/#de-lijst">
            De lijst
          </a>
        </li>
        <li>
          <a className={styles.link} href="/inleiding">
            Inleiding
          </a>
        </li>
        <li>
          <a className={styles.link} href="/zoeken">
            Zoeken
          </a>
        </li>
        <li>
          <a className={styles.link} href={`/vergelijk/${trendweb.lemmas[0]!.slug}`}>
            Vergelijken
          </a>
        </li>
        <li>
          <a className={styles.link} href="/overzicht">
            Overzicht
          </a>
        </li>
      </ul>
    </nav>
  );
}
