import { describe, expect, it } from "vitest";
import { toWinAnsi } from "./win-ansi.ts";

describe("toWinAnsi", () => {
  it("keeps Dutch text and the WinAnsi extras as they are", () => {
    const dutch = "Café, reünie, ideeën, „citaat” ‘zo’ – en — € 5… • 3½ ©";
    expect(toWinAnsi(dutch)).toBe(dutch);
  });

  it("unfolds, strips accents, spells out symbols and leaves out pictographs", () => {
    expect(toWinAnsi("ĳsbaan ﬁets Łódź Ş → ≥ 3 ✓ 😀 klaar\u200b")).toBe("ijsbaan fiets Lódz S -> >= 3 v  klaar");
    expect(toWinAnsi("漢字 ❦")).toBe("?? ?");
  });
});
