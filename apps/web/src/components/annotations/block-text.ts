import type { TBlock } from "@trendweb/content";

/** The block's plain text as the anchoring library counts it (list items joined by newlines). */
export const blockText = (block: TBlock): string => (block.type === "list" ? block.items.join("\n") : block.text);
