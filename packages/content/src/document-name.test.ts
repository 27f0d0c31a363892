import { describe, expect, it } from "vitest";
import { buildDocumentName, parseDocumentName, trendweb } from "./index";

describe("collaboration document names", () => {
  it("builds section/<gemeente>/<lemma> and parses it back", () => {
    const name = buildDocumentName({ gemeente: "zwolle", lemma: "regionale-economie" });
    expect(name).toBe("section/zwolle/regionale-economie");
    expect(parseDocumentName(name)).toEqual({ gemeente: "zwolle", lemma: "regionale-economie" });
  });

  it("round-trips every lemma of the Trendweb", () => {
    expect(trendweb.lemmas).toHaveLength(20);
    for (const { slug } of trendweb.lemmas) {
      expect(parseDocumentName(buildDocumentName({ gemeente: "hof-van-twente", lemma: slug }))).toEqual({ gemeente: "hof-van-twente", lemma: slug });
    }
  });

  it.each([
    "",
    "section",
    "section/zwolle",
    "section/zwolle/bestaat-niet",
    "section/atlantis/regionale-economie",
    "section/zwolle/regionale-economie/extra",
    "section//regionale-economie",
    "draft/zwolle/regionale-economie",
    "SECTION/zwolle/regionale-economie",
    "section/zwolle/__proto__",
    "section/__proto__/regionale-economie",
    "zwolle/lemma/a",
  ])("returns null for %j", (name) => {
    expect(parseDocumentName(name)).toBeNull();
  });

  it("refuses to build a name for an unknown gemeente or lemma", () => {
    expect(() => buildDocumentName({ gemeente: "atlantis", lemma: "regionale-economie" })).toThrow();
    expect(() => buildDocumentName({ gemeente: "zwolle", lemma: "bestaat-niet" })).toThrow();
  });
});
