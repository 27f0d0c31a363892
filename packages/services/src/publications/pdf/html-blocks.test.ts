import { describe, expect, it } from "vitest";
import { htmlToBlocks } from "./html-blocks.ts";

const plain = { bold: false, italic: false };

describe("htmlToBlocks", () => {
  it("turns headings, paragraphs and lists into styled runs", () => {
    expect(htmlToBlocks('<h3>Kop</h3><p>Een <strong>vet</strong> en <em><strong>beide</strong></em>,<br>regel <a href="mailto:griffie@zwolle.example">mail</a></p><ol start="2"><li>a</li><li><p>b</p></li></ol>')).toEqual([
      { kind: "heading", level: 3, runs: [{ text: "Kop", ...plain }] },
      {
        kind: "paragraph",
        runs: [
          { text: "Een ", ...plain },
          { text: "vet", bold: true, italic: false },
          { text: " en ", ...plain },
          { text: "beide", bold: true, italic: true },
          { text: ",", ...plain },
          { text: "\n", ...plain },
          { text: "regel ", ...plain },
          { text: "mail", ...plain, href: "mailto:griffie@zwolle.example" },
        ],
      },
      { kind: "list", ordered: true, start: 2, items: [[{ text: "a", ...plain }], [{ text: "b", ...plain }]] },
    ]);
  });

  it("keeps only safe links, collapses whitespace and drops empty blocks", () => {
    expect(htmlToBlocks('<p>  </p><p>  twee\n  woorden <a href="javascript:alert(1)">x</a></p>losse tekst')).toEqual([
      { kind: "paragraph", runs: [{ text: "twee woorden ", ...plain }, { text: "x", ...plain }] },
      { kind: "paragraph", runs: [{ text: "losse tekst", ...plain }] },
    ]);
  });
});
