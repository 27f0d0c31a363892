import { describe, expect, it } from "vitest";
import { sanitizePublishedHtml } from "./sanitize-html.ts";
import { sanitizedSectionHtml } from "./sanitized-section-html.ts";

describe("sanitizedSectionHtml", () => {
  it("sanitizes as sanitizePublishedHtml does", () => {
    const html = '<p onclick="alert(1)">Tekst<script>alert(1)</script> <a href="javascript:alert(1)">kwaad</a> <a href="https://www.zwolle.nl">goed</a></p>';
    expect(sanitizedSectionHtml("sectie-a", html)).toBe(sanitizePublishedHtml(html));
    expect(sanitizedSectionHtml("sectie-a", html)).not.toMatch(/script|onclick|javascript/);
  });

  it("sanitizes a section once: published sections never change, so the id is the key", () => {
    const first = sanitizedSectionHtml("sectie-b", "<p>Eerste</p>");
    expect(sanitizedSectionHtml("sectie-b", "<p>Iets anders</p>")).toBe(first);
    expect(sanitizedSectionHtml("sectie-c", "<p>Iets anders</p>")).toBe("<p>Iets anders</p>");
  });
});
