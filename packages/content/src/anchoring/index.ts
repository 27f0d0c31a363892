// Anchoring annotations to passages of the core text (W3C Web Annotation selectors).
// Pure: usable in the browser (describing a selection) and on the server (re-anchoring).
export { ANCHOR_THRESHOLD, anchor, type TAnchorMethod, type TAnchorOptions, type TAnchorResult } from "./anchor";
export {
  CONTEXT_LENGTH,
  describe,
  ZTextPositionSelector,
  ZTextQuoteSelector,
  ZTextSelectors,
  type TTextPositionSelector,
  type TTextQuoteSelector,
  type TTextSelectors,
} from "./selectors";
