// A local section's ProseMirror JSON (what the editor stores, see
// @trendweb/content/section-rendering) as HTML for a publication. The renderer escapes all
// text and writes only known tags; the result still goes through the sanitizer, so a node
// or mark it does not know can never become markup.
import type { TProseMirrorMark, TProseMirrorNode } from "@trendweb/content/section-rendering";
import { isSafePublishedLink, sanitizePublishedHtml } from "./sanitize-html.ts";

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char]!);
}

export function renderSectionHtml(json: unknown): string {
  const doc = isNode(json) ? json : { type: "doc" };
  return sanitizePublishedHtml(renderChildren(doc));
}

function isNode(value: unknown): value is TProseMirrorNode {
  return typeof value === "object" && value !== null && typeof (value as { type?: unknown }).type === "string";
}

function renderChildren(node: TProseMirrorNode): string {
  return (Array.isArray(node.content) ? node.content : []).filter(isNode).map(renderNode).join("");
}

function renderNode(node: TProseMirrorNode): string {
  switch (node.type) {
    case "text":
      return renderText(typeof node.text === "string" ? node.text : "", Array.isArray(node.marks) ? node.marks : []);
    case "paragraph":
      return `<p>${renderChildren(node)}</p>`;
    case "heading":
      return Number(node.attrs?.level) >= 4 ? `<h4>${renderChildren(node)}</h4>` : `<h3>${renderChildren(node)}</h3>`;
    case "bulletList":
      return `<ul>${renderChildren(node)}</ul>`;
    case "orderedList": {
      const start = Number(node.attrs?.start);
      return Number.isInteger(start) && start > 1 && start < 1_000_000 ? `<ol start="${start}">${renderChildren(node)}</ol>` : `<ol>${renderChildren(node)}</ol>`;
    }
    case "listItem":
      return `<li>${renderChildren(node)}</li>`;
    case "hardBreak":
      return "<br>";
    default:
      // Unknown nodes (a future block type): keep their text, drop their markup.
      return renderChildren(node);
  }
}

function renderText(text: string, marks: TProseMirrorMark[]): string {
  let html = escapeHtml(text);
  const types = new Set(marks.map((mark) => mark?.type));
  if (types.has("bold")) html = `<strong>${html}</strong>`;
  if (types.has("italic")) html = `<em>${html}</em>`;
  const link = marks.find((mark) => mark?.type === "link");
  const href = typeof link?.attrs?.href === "string" ? link.attrs.href : null;
  if (href && isSafePublishedLink(href)) html = `<a href="${escapeHtml(href.trim())}">${html}</a>`;
  return html;
}
