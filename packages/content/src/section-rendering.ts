// Renderings of a section's Yjs document, shared by the collab server (CollabDocument
// plainText/json beside the state) and the services (history: viewing a snapshot). The
// rich text lives in the XmlFragment "default" (Tiptap's Collaboration default). The JSON
// is ProseMirror's (`{"type":"doc","content":[…]}`), built the way y-prosemirror's
// yXmlFragmentToProsemirrorJSON does, without pulling ProseMirror into the server.
import * as Y from "yjs";

export const FRAGMENT_NAME = "default";

export interface TProseMirrorMark {
  type: string;
  attrs?: Record<string, unknown>;
}

export interface TProseMirrorNode {
  type: string;
  attrs?: Record<string, unknown>;
  content?: TProseMirrorNode[];
  text?: string;
  marks?: TProseMirrorMark[];
}

/** Block-level node types whose text ends a line in the plain-text rendering. */
const BLOCKS = new Set(["paragraph", "heading", "listItem", "blockquote", "codeBlock", "horizontalRule"]);

export function renderProseMirrorJson(doc: Y.Doc): TProseMirrorNode {
  const fragment = doc.getXmlFragment(FRAGMENT_NAME);
  return { type: "doc", content: fragment.toArray().flatMap(renderNode) };
}

function renderNode(node: Y.XmlElement | Y.XmlText | Y.XmlHook): TProseMirrorNode[] {
  if (node instanceof Y.XmlText) {
    const delta = node.toDelta() as { insert: unknown; attributes?: Record<string, unknown> }[];
    return delta
      .filter((op): op is { insert: string; attributes?: Record<string, unknown> } => typeof op.insert === "string" && op.insert.length > 0)
      .map((op) => {
        const text: TProseMirrorNode = { type: "text", text: op.insert };
        const marks = Object.entries(op.attributes ?? {}).map(([name, attrs]): TProseMirrorMark => {
          // y-prosemirror stores overlapping marks of one type as `<type>--<hash>`.
          const type = name.split("--")[0]!;
          return attrs && typeof attrs === "object" && Object.keys(attrs).length ? { type, attrs: attrs as Record<string, unknown> } : { type };
        });
        if (marks.length) text.marks = marks;
        return text;
      });
  }
  if (node instanceof Y.XmlElement) {
    const result: TProseMirrorNode = { type: node.nodeName };
    const attrs = node.getAttributes();
    if (Object.keys(attrs).length) result.attrs = attrs;
    const content = node.toArray().flatMap(renderNode);
    if (content.length) result.content = content;
    return [result];
  }
  return [];
}

/** The readable text: one line per block, blank lines between top-level blocks. */
export function renderPlainText(json: TProseMirrorNode): string {
  return (json.content ?? [])
    .map((block) => blockText(block).replace(/\n+$/, ""))
    .join("\n\n")
    .trim();
}

function blockText(node: TProseMirrorNode): string {
  if (node.type === "text") return node.text ?? "";
  if (node.type === "hardBreak") return "\n";
  const inner = (node.content ?? []).map(blockText).join("");
  return BLOCKS.has(node.type) && !inner.endsWith("\n") ? `${inner}\n` : inner;
}

/** Both renderings of a section stored as a Yjs update (a snapshot's or a document's state). */
export function renderSectionState(state: Uint8Array): { json: TProseMirrorNode; plainText: string } {
  const doc = new Y.Doc();
  try {
    Y.applyUpdate(doc, state);
    const json = renderProseMirrorJson(doc);
    return { json, plainText: renderPlainText(json) };
  } finally {
    doc.destroy();
  }
}
