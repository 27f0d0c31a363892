// The renderings moved to @trendweb/content (the services render snapshots with them too).
export {
  FRAGMENT_NAME,
  renderPlainText,
  renderProseMirrorJson,
  renderSectionState,
  type TProseMirrorMark,
  type TProseMirrorNode,
} from "@trendweb/content/section-rendering";
