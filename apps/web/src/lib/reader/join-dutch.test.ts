import { describe, expect, it } from "vitest";
import { joinDutch } from "./join-dutch";

describe("joinDutch", () => {
  it("joins with commas and 'en'", () => {
    expect(joinDutch([])).toBe("");
    expect(joinDutch(["A"])).toBe("A");
    expect(joinDutch(["A", "B"])).toBe("A en B");
    expect(joinDutch(["Almelo", "Borne", "Zwolle"])).toBe("Almelo, Borne en Zwolle");
  });
});
