import type { TBlock, TLemma } from "./schema";

/** The text of a block as one string (list items separated by newlines). */
export function blockPlainText(block: TBlock): string {
  return block.type === "list" ? block.items.join("\n") : block.text;
}

/**
 * All readable text of a lemma, for search indexing: title, body, figure captions
 * and sources, relevance section. Blocks are separated by blank lines.
 */
export function lemmaPlainText(lemma: TLemma): string {
  return [
    lemma.title,
    ...lemma.blocks.map(blockPlainText),
    ...lemma.figures.map((f) => (f.source ? `${f.caption} Bron: ${f.source}` : f.caption)),
    lemma.relevance.heading,
    ...lemma.relevance.blocks.map(blockPlainText),
  ].join("\n\n");
}
