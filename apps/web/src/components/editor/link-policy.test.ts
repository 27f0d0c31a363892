import { describe, expect, it } from "vitest";
import { isAllowedLink, normaliseLink } from "./link-policy";

describe("isAllowedLink", () => {
  it.each(["https://www.zwolle.nl/", "http://example.org/pad?x=1", "mailto:griffie@zwolle.nl", "HTTPS://WWW.ZWOLLE.NL"])("allows %s", (href) => {
    expect(isAllowedLink(href)).toBe(true);
  });

  it.each([
    "javascript:alert(1)",
    " JavaScript:alert(1)",
    "java\tscript:alert(1)",
    "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
    "vbscript:msgbox(1)",
    "file:///etc/passwd",
    "ftp://example.org/",
    "tel:+31381234567",
    "/g/zwolle",
    "//evil.example/",
    "www.zwolle.nl",
    "mailto:",
    "https://",
    "",
    null,
    undefined,
  ])("refuses %s", (href) => {
    expect(isAllowedLink(href)).toBe(false);
  });
});

describe("normaliseLink", () => {
  it("completes what people type", () => {
    expect(normaliseLink(" www.zwolle.nl ")).toBe("https://www.zwolle.nl");
    expect(normaliseLink("zwolle.nl/raad")).toBe("https://zwolle.nl/raad");
    expect(normaliseLink("griffie@zwolle.nl")).toBe("mailto:griffie@zwolle.nl");
    expect(normaliseLink("https://www.zwolle.nl/")).toBe("https://www.zwolle.nl/");
  });

  it.each(["javascript:alert(1)", "data:text/html,x", "/pad", "gewoon tekst", "", ".zwolle"])("refuses %s", (input) => {
    expect(normaliseLink(input)).toBeNull();
  });
});
