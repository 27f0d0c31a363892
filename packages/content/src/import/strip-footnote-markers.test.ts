import { describe, expect, it } from "vitest";
import { stripFootnoteMarkers } from "./strip-footnote-markers";

describe("stripFootnoteMarkers", () => {
  it.each([
    ["waarvoor bereikbaarheid belangrijk is.? In 2023", "waarvoor bereikbaarheid belangrijk is. In 2023"],
    ["Bron: Provincie Overijssel®", "Bron: Provincie Overijssel"],
    ["loopt dit op tot 12%.1°", "loopt dit op tot 12%."],
    ["voor Nederland in 2025.8 Inmiddels", "voor Nederland in 2025. Inmiddels"],
    ["en wie mogen daarvan profiteren??® In Overijssel", "en wie mogen daarvan profiteren? In Overijssel"],
    ["dus af van de Jeugdwet.?526", "dus af van de Jeugdwet."],
    ["van de kinderopvangtoeslag® en de huurtoeslag* bij", "van de kinderopvangtoeslag en de huurtoeslag bij"],
    ["coalitieakkoord van Rutte IV': ‘Water en bodem’", "coalitieakkoord van Rutte IV: ‘Water en bodem’"],
    ["nog tal van lokale regelingen?:", "nog tal van lokale regelingen:"],
    ["vervoeropties.\"” Voor sommige", "vervoeropties. Voor sommige"],
    ["thema'’s als economie en zo’'n stukje", "thema’s als economie en zo’n stukje"],
    ["De overige 'geborgde’ zetels", "De overige ‘geborgde’ zetels"],
    ["sinds de jaren '50 sterk", "sinds de jaren ’50 sterk"],
    ["is (CPI).'2 Binnen", "is (CPI). Binnen"],
  ])("%s", (input, expected) => {
    expect(stripFootnoteMarkers(input)).toBe(expected);
  });

  it("keeps real punctuation, numbers and quotes", () => {
    for (const text of [
      "meer dan 1.000 euro aan eigen vermogen",
      "Wat is betaalbaar?",
      "China daarop? Als dat",
      "‘het Rijk bouwt aan een meer integraal bereikbaarheidsbeleid’. Met de figuur",
      "het project ‘1825 — de grootste watersnoodramp?’. Doel",
      "Wanneer heeft iemand ‘recht op bijstand’? Wie bepaalt",
      "jachtvliegtuigen zoals F35’s, de aanleg",
      "een groep 55+’ers ontwikkeld",
      "in 40% van de woningen",
    ]) {
      expect(stripFootnoteMarkers(text)).toBe(text);
    }
  });

  it("drops a closing quote that closes nothing", () => {
    expect(stripFootnoteMarkers("dat vol is.’ Zo")).toBe("dat vol is. Zo");
    expect(stripFootnoteMarkers("‘Sport versterkt’ volgens")).toBe("‘Sport versterkt’ volgens");
  });
});
