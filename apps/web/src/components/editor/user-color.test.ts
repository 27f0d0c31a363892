import { describe, expect, it } from "vitest";
import { CARET_COLORS, colorForUser } from "./user-color";

/** WCAG relative luminance contrast of white on a hex colour. */
function contrastWithWhite(hex: string): number {
  const channel = (offset: number) => {
    const value = Number.parseInt(hex.slice(offset, offset + 2), 16) / 255;
    return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  };
  const luminance = 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
  return 1.05 / (luminance + 0.05);
}

describe("colorForUser", () => {
  it("gives a person the same colour every time", () => {
    expect(colorForUser("user-1")).toBe(colorForUser("user-1"));
    expect(CARET_COLORS).toContain(colorForUser("cl0000000000000000000000"));
  });

  it("spreads people over the palette", () => {
    const used = new Set(Array.from({ length: 40 }, (_, index) => colorForUser(`user-${index}`)));
    expect(used.size).toBeGreaterThan(4);
  });

  it.each(CARET_COLORS)("keeps white text readable on %s", (color) => {
    expect(contrastWithWhite(color)).toBeGreaterThanOrEqual(4.5);
  });
});
