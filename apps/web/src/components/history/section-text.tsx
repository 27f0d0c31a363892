// A section's rich text (ProseMirror JSON from @trendweb/content section-rendering) as
// plain React elements, for reading a version from the history. Only the node and mark
// types the editor writes are rendered; anything else shows its text only. Links keep
// http(s) and mailto targets only (QUALITY.md), everything else becomes plain text.
import type { TProseMirrorMark, TProseMirrorNode } from "@trendweb/content/section-rendering";
import type { ReactNode } from "react";

const SAFE_LINK = /^(https?:|mailto:)/i;

function safeHref(mark: TProseMirrorMark): string | null {
  const href = mark.attrs?.href;
  return typeof href === "string" && SAFE_LINK.test(href.trim()) ? href.trim() : null;
}

function withMarks(text: string, marks: TProseMirrorMark[] = []): ReactNode {
  return marks.reduce<ReactNode>((inner, mark) => {
    switch (mark.type) {
      case "bold":
        return <strong>{inner}</strong>;
      case "italic":
        return <em>{inner}</em>;
      case "strike":
        return <s>{inner}</s>;
      case "code":
        return <code>{inner}</code>;
      case "link": {
        const href = safeHref(mark);
        return href ? (
          <a className="utrecht-link" href={href} rel="noopener noreferrer nofollow">
            {inner}
          </a>
        ) : (
          inner
        );
      }
      default:
        return inner;
    }
  }, text);
}

function children(node: TProseMirrorNode): ReactNode[] {
  return (node.content ?? []).map((child, index) => <SectionNode key={index} node={child} />);
}

function SectionNode({ node }: { node: TProseMirrorNode }): ReactNode {
  switch (node.type) {
    case "text":
      return withMarks(node.text ?? "", node.marks);
    case "paragraph":
      return <p className="utrecht-paragraph">{children(node)}</p>;
    case "heading": {
      // Headings inside the section sit below the page's h1 and the section's h2.
      const level = Math.min(6, Math.max(3, Number(node.attrs?.level ?? 3) + 1));
      const Tag = `h${level}` as "h3" | "h4" | "h5" | "h6";
      return <Tag className={`utrecht-heading-${level}`}>{children(node)}</Tag>;
    }
    case "bulletList":
      return <ul className="utrecht-unordered-list">{children(node)}</ul>;
    case "orderedList":
      return (
        <ol className="utrecht-ordered-list" start={typeof node.attrs?.start === "number" ? node.attrs.start : undefined}>
          {children(node)}
        </ol>
      );
    case "listItem":
      return <li>{children(node)}</li>;
    case "blockquote":
      return <blockquote>{children(node)}</blockquote>;
    case "codeBlock":
      return (
        <pre>
          <code>{children(node)}</code>
        </pre>
      );
    case "hardBreak":
      return <br />;
    case "horizontalRule":
      return <hr />;
    default:
      return <>{children(node)}</>;
  }
}

export function SectionText({ doc }: { doc: TProseMirrorNode }) {
  const blocks = doc.content ?? [];
  const empty = blocks.every((block) => !(block.content ?? []).length);
  if (empty) return <p className="utrecht-paragraph">(Deze versie is leeg.)</p>;
  return <>{children(doc)}</>;
}
