import { describe, expect, it } from "vitest";
import { joinLines } from "./join-lines";

describe("joinLines", () => {
  it.each([
    [["hun bestem-", "ming kunnen bereiken"], "hun bestemming kunnen bereiken"],
    [["het hoofdlijnenakkoord van kabinet-", "Schoof wordt genoemd"], "het hoofdlijnenakkoord van kabinet-Schoof wordt genoemd"],
    [["andere, vaak recent toegetreden EU-", "lidstaten toe"], "andere, vaak recent toegetreden EU-lidstaten toe"],
    [["mensen met een mbo-", "opleiding"], "mensen met een mbo-opleiding"],
    [["Dat niet-", "gebruik komt"], "Dat niet-gebruik komt"],
    [["de behoefte aan thuis-", "en mantelzorg stijgt"], "de behoefte aan thuis- en mantelzorg stijgt"],
    [["(aan-", "leggen van fietspaden"], "(aanleggen van fietspaden"],
    [["woon-werkver-", "keer"], "woon-werkverkeer"],
    [["door burgers zelf geiniti-", "eerde activiteiten"], "door burgers zelf geinitieerde activiteiten"],
  ])("%j", (lines, expected) => {
    expect(joinLines(lines)).toBe(expected);
  });

  it("keeps hyphens inside a line", () => {
    expect(joinLines(["het STOMP-principe als leidraad", "voor woon- en zorgcentra"])).toBe("het STOMP-principe als leidraad voor woon- en zorgcentra");
  });
});
