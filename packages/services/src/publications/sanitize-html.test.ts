// The XSS corpus (spec/QUALITY.md): whatever reaches a publication, as ProseMirror JSON from
// the editor or as raw (pasted) HTML, comes out with no script, no event handler, no
// javascript:/data:/vbscript: link, no style, no embedded content.
import { describe, expect, it } from "vitest";
import { renderSectionHtml } from "./render-section-html.ts";
import { isSafePublishedLink, PUBLISHED_TAGS, sanitizePublishedHtml } from "./sanitize-html.ts";

const HTML_CORPUS = [
  "<script>alert(1)</script>",
  "<SCRIPT SRC=//evil.example/xss.js></SCRIPT>",
  "<img src=x onerror=alert(1)>",
  "<svg onload=alert(1)><circle/></svg>",
  "<svg><script>alert(1)</script></svg>",
  "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
  '<a href="javascript:alert(1)">klik</a>',
  '<a href="JaVaScRiPt:alert(1)">klik</a>',
  '<a href=" javascript:alert(1)">klik</a>',
  '<a href="java\tscript:alert(1)">klik</a>',
  '<a href="java&#x09;script:alert(1)">klik</a>',
  '<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)">klik</a>',
  '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">klik</a>',
  '<a href="vbscript:msgbox(1)">klik</a>',
  '<a href="//evil.example/">protocol-relative</a>',
  '<a href="https://ok.example/" onclick="alert(1)" onmouseover="alert(1)" style="background:url(javascript:alert(1))">ok</a>',
  '<p onclick="alert(1)" class="x" id="y" style="color:red">tekst</p>',
  '<iframe src="https://evil.example"></iframe>',
  '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
  '<object data="javascript:alert(1)"></object><embed src="javascript:alert(1)">',
  '<form action="javascript:alert(1)"><button>x</button></form><input onfocus=alert(1) autofocus>',
  '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
  '<base href="javascript:alert(1)//">',
  '<link rel="stylesheet" href="https://evil.example/x.css">',
  "<style>@import 'https://evil.example/x.css';</style>",
  '<details open ontoggle=alert(1)><summary>x</summary></details>',
  '<video><source onerror="alert(1)"></video><audio src=x onerror=alert(1)>',
  '<body onload=alert(1)>',
  '<div><p>Geplakt uit <b>Word</b><o:p></o:p></p><span style="mso-bidi-font-weight:normal">x</span></div>',
  "<!--<img src=x onerror=alert(1)>-->",
  '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>',
  '<a href="https://ok.example/"><img src=x onerror=alert(1)></a>',
  '"><script>alert(1)</script>',
  "<template><script>alert(1)</script></template>",
  '<h1 onclick="alert(1)">Kop</h1>',
];

const ALLOWED_ATTRIBUTES: Record<string, string[]> = { a: ["href", "rel"], ol: ["start"] };

/**
 * Nothing that can run or load anything may be left in published HTML: every real tag (text
 * is escaped, so a "<" only opens a tag) is an allowed one with allowed attributes only, and
 * every href is an absolute http(s) or mailto URL.
 */
function expectHarmless(html: string) {
  expect(html).not.toMatch(/<!|<\?/);
  for (const [, closing, name, rest] of html.matchAll(/<(\/?)([^\s/>]+)([^>]*)>/g)) {
    expect(PUBLISHED_TAGS as readonly string[]).toContain(name);
    if (closing) continue;
    const attributes = [...rest!.matchAll(/\s([^\s=/>]+)(?:="([^"]*)")?/g)];
    // Nothing but well-formed name="value" pairs.
    expect(rest!.replace(/\s[^\s=/>]+(?:="[^"]*")?/g, "").replace(/\s*\/$/, "")).toBe("");
    for (const [, attribute, value] of attributes) {
      expect(ALLOWED_ATTRIBUTES[name!] ?? []).toContain(attribute);
      if (attribute === "href") expect(isSafePublishedLink(value!.replace(/&quot;/g, '"').replace(/&amp;/g, "&"))).toBe(true);
      if (attribute === "rel") expect(value).toBe("noopener noreferrer nofollow");
    }
  }
}

describe("sanitizePublishedHtml", () => {
  it.each(HTML_CORPUS)("leaves nothing dangerous of %s", (payload) => {
    expectHarmless(sanitizePublishedHtml(payload));
  });

  it("keeps the safe structure and safe links, with a fixed rel", () => {
    expect(sanitizePublishedHtml('<h2>Kop</h2><p>Zie <a href="https://www.zwolle.nl/raad" target="_blank">de raad</a> of <a href="mailto:griffie@zwolle.nl">mail</a>.</p>')).toBe(
      '<h3>Kop</h3><p>Zie <a href="https://www.zwolle.nl/raad" rel="noopener noreferrer nofollow">de raad</a> of <a href="mailto:griffie@zwolle.nl" rel="noopener noreferrer nofollow">mail</a>.</p>',
    );
    expect(sanitizePublishedHtml('<ol start="3"><li><b>vet</b> en <i>schuin</i></li></ol>')).toBe('<ol start="3"><li><strong>vet</strong> en <em>schuin</em></li></ol>');
    expect(sanitizePublishedHtml('<a href="javascript:alert(1)">klik</a>')).toBe("<a>klik</a>");
    expect(sanitizePublishedHtml("<script>alert(1)</script><p>na</p>")).toBe("<p>na</p>");
  });
});

describe("renderSectionHtml (ProseMirror JSON from the editor)", () => {
  const doc = (...content: unknown[]) => ({ type: "doc", content });
  const text = (value: string, marks: unknown[] = []) => ({ type: "text", text: value, marks });

  it("renders paragraphs, headings, lists, breaks and marks", () => {
    const json = doc(
      { type: "heading", attrs: { level: 3 }, content: [text("Kansen")] },
      { type: "paragraph", content: [text("Zwolle "), text("groeit", [{ type: "bold" }]), { type: "hardBreak" }, text("snel", [{ type: "italic" }])] },
      { type: "bulletList", content: [{ type: "listItem", content: [{ type: "paragraph", content: [text("wonen")] }] }] },
      { type: "paragraph", content: [text("site", [{ type: "link", attrs: { href: "https://www.zwolle.nl" } }])] },
    );
    expect(renderSectionHtml(json)).toBe(
      "<h3>Kansen</h3><p>Zwolle <strong>groeit</strong><br /><em>snel</em></p><ul><li><p>wonen</p></li></ul>" +
        '<p><a href="https://www.zwolle.nl" rel="noopener noreferrer nofollow">site</a></p>',
    );
  });

  it.each(HTML_CORPUS)("renders typed or pasted text %s as text, never as markup", (payload) => {
    const html = renderSectionHtml(doc({ type: "paragraph", content: [text(payload)] }));
    expectHarmless(html);
    expect(html.startsWith("<p>")).toBe(true);
  });

  it.each([
    "javascript:alert(1)",
    " javascript:alert(1)",
    "JAVASCRIPT:alert(1)",
    "java\nscript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "vbscript:x",
    "//evil.example",
    "/relatief",
    'https://ok.example/" onclick="alert(1)',
  ])("drops or neutralises the link %j", (href) => {
    const html = renderSectionHtml(doc({ type: "paragraph", content: [text("klik", [{ type: "link", attrs: { href, onclick: "alert(1)" } }])] }));
    expectHarmless(html);
  });

  it("ignores unknown nodes' markup and attributes, keeps their text", () => {
    const json = doc({ type: "image", attrs: { src: "javascript:alert(1)" } }, { type: "iframe", content: [text("<b>x</b>")] }, { type: "paragraph", attrs: { onclick: "alert(1)" }, content: [text("a", [{ type: "script" }])] });
    const html = renderSectionHtml(json);
    expectHarmless(html);
    expect(html).toBe("&lt;b&gt;x&lt;/b&gt;<p>a</p>");
  });

  it("copes with malformed JSON", () => {
    expect(renderSectionHtml(null)).toBe("");
    expect(renderSectionHtml({ type: "doc", content: [null, 3, { type: "text" }] })).toBe("");
  });
});
