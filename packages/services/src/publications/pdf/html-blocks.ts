// The published (already sanitized) HTML of a section as a few block kinds the PDF can lay
// out: headings, paragraphs and lists of styled text runs. Only the tags the sanitizer lets
// through mean anything here; any other element contributes its text, nothing else.
import { parseDocument } from "htmlparser2";
import { isTag, isText, type ChildNode } from "domhandler";
import { isSafePublishedLink } from "../sanitize-html.ts";

export interface TRun {
  text: string;
  bold: boolean;
  italic: boolean;
  /** Only a link the sanitizer would keep (http, https, mailto). */
  href?: string;
}

export type TBlock =
  | { kind: "heading"; level: 3 | 4; runs: TRun[] }
  | { kind: "paragraph"; runs: TRun[] }
  | { kind: "list"; ordered: boolean; start: number; items: TRun[][] };

interface TStyle {
  bold: boolean;
  italic: boolean;
  href?: string;
}

const PLAIN: TStyle = { bold: false, italic: false };

/** Inline content as runs; whitespace collapsed as a browser would, `<br>` kept as a line break. */
function collectRuns(nodes: ChildNode[], style: TStyle, runs: TRun[]): TRun[] {
  for (const node of nodes) {
    if (isText(node)) {
      const text = node.data.replace(/\s+/g, " ");
      if (text) runs.push({ text, bold: style.bold, italic: style.italic, ...(style.href ? { href: style.href } : {}) });
    } else if (isTag(node)) {
      if (node.name === "br") {
        runs.push({ text: "\n", bold: style.bold, italic: style.italic });
        continue;
      }
      const next: TStyle = {
        bold: style.bold || node.name === "strong" || node.name === "b",
        italic: style.italic || node.name === "em" || node.name === "i",
        ...(style.href ? { href: style.href } : {}),
      };
      if (node.name === "a" && isSafePublishedLink(node.attribs.href)) next.href = node.attribs.href!.trim();
      collectRuns(node.children, next, runs);
    }
  }
  return runs;
}

/** Trims the outer whitespace of a run sequence and drops what becomes empty. */
function tidy(runs: TRun[]): TRun[] {
  const out = runs.map((run) => ({ ...run }));
  while (out.length && /^[ \n]*$/.test(out[0]!.text)) out.shift();
  while (out.length && /^[ \n]*$/.test(out.at(-1)!.text)) out.pop();
  if (out.length) {
    out[0]!.text = out[0]!.text.replace(/^ +/, "");
    out[out.length - 1]!.text = out.at(-1)!.text.replace(/ +$/, "");
  }
  return out;
}

function listItems(nodes: ChildNode[]): TRun[][] {
  const items: TRun[][] = [];
  for (const node of nodes) {
    if (!isTag(node) || node.name !== "li") continue;
    // A nested list is flattened into its item's text (the sanitized HTML rarely has one).
    const runs = tidy(collectRuns(node.children.flatMap((child) => (isTag(child) && (child.name === "ul" || child.name === "ol") ? [] : [child])), PLAIN, []));
    items.push(runs);
    for (const child of node.children) {
      if (isTag(child) && (child.name === "ul" || child.name === "ol")) items.push(...listItems(child.children));
    }
  }
  return items.filter((item) => item.length > 0);
}

export function htmlToBlocks(html: string): TBlock[] {
  const blocks: TBlock[] = [];
  let loose: ChildNode[] = [];
  const flushLoose = () => {
    const runs = tidy(collectRuns(loose, PLAIN, []));
    if (runs.length) blocks.push({ kind: "paragraph", runs });
    loose = [];
  };
  for (const node of parseDocument(html).children) {
    if (isTag(node) && ["p", "h3", "h4", "ul", "ol"].includes(node.name)) {
      flushLoose();
      if (node.name === "ul" || node.name === "ol") {
        const start = Number(node.attribs.start ?? "1");
        const items = listItems(node.children);
        if (items.length) blocks.push({ kind: "list", ordered: node.name === "ol", start: Number.isInteger(start) && start > 0 ? start : 1, items });
        continue;
      }
      const runs = tidy(collectRuns(node.children, PLAIN, []));
      if (!runs.length) continue;
      blocks.push(node.name === "p" ? { kind: "paragraph", runs } : { kind: "heading", level: node.name === "h3" ? 3 : 4, runs });
    } else {
      loose.push(node);
    }
  }
  flushLoose();
  return blocks;
}
