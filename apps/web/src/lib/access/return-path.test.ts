import { describe, expect, it } from "vitest";
import { safeReturnPath } from "./return-path";

describe("safeReturnPath", () => {
  it("keeps paths on this site", () => {
    expect(safeReturnPath("/g/zwolle/leden?x=1")).toBe("/g/zwolle/leden?x=1");
  });

  it.each(["https://evil.example/", "//evil.example", "/\\evil.example", "g/zwolle", undefined, 42])(
    "falls back for %s",
    (value) => {
      expect(safeReturnPath(value)).toBe("/");
    },
  );
});
