import { describe, expect, it } from "vitest";
import { countMentions } from "./count-mentions";

describe("countMentions", () => {
  it("matches whole names, case-sensitively", () => {
    const text = "In Zwolle en Enschede, niet in de Zwolse wijk; Hof van Twente en Olst-Wijhe. Zwolle! We kampen met tekorten in Kampen.";
    expect(countMentions(text)).toEqual([
      { gemeente: "zwolle", count: 2 },
      { gemeente: "enschede", count: 1 },
      { gemeente: "hof-van-twente", count: 1 },
      { gemeente: "kampen", count: 1 },
      { gemeente: "olst-wijhe", count: 1 },
    ]);
  });

  it("does not count adjectives or longer words", () => {
    expect(countMentions("De Hengelose Sterrenbuurt en de Enschedese wijk; Almelose; Dalfsenaren")).toEqual([]);
  });
});
