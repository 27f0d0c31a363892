// Choosing gemeenten for a comparison: a plain GET form of checkboxes, so it works without
// JavaScript; the page turns the result into the shareable `?gemeenten=a,b` address.
import type { TComparisonMode, TLemmaComparison } from "@trendweb/services";
import styles from "./comparison.module.css";

export function GemeentePicker({ lemmaSlug, gemeenten, mode }: { lemmaSlug: string; gemeenten: TLemmaComparison["gemeenten"]; mode: TComparisonMode }) {
  return (
    <form method="get" action={`/vergelijk/${lemmaSlug}`} className={styles.picker} aria-labelledby="kies-gemeenten">
      <h2 id="kies-gemeenten" className="utrecht-heading-3">
        Gemeenten kiezen
      </h2>
      <fieldset className={styles.choice}>
        <legend>Kies 2 tot 6 gemeenten</legend>
        <ul className={styles.pickerOptions}>
          {gemeenten.map((gemeente) => (
            <li key={gemeente.slug}>
              <label>
                <input type="checkbox" name="gemeenten" value={gemeente.slug} defaultChecked={gemeente.selected} />
                <span>
                  {gemeente.name}
                  {!gemeente.published && <span className={styles.unpublishedHint}> (nog niet gepubliceerd)</span>}
                </span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <fieldset className={styles.modeOptions}>
        <legend>Weergave</legend>
        <label>
          <input type="radio" name="modus" value="naast-elkaar" defaultChecked={mode !== "verschil"} /> Naast elkaar
        </label>
        <label>
          <input type="radio" name="modus" value="verschil" defaultChecked={mode === "verschil"} /> Verschil tussen de eerste twee, woord voor woord
        </label>
      </fieldset>
      <button type="submit" className="utrecht-button utrecht-button--primary-action">
        Vergelijken
      </button>
    </form>
  );
}
