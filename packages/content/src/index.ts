/**
 * @trendweb/content — the core Trendweb: typed, validated data and pure helpers.
 * Nothing exported here does I/O; the importer (src/import) is not exported.
 */
export { trendweb, getLemma, getLemmaByLetter, getThread, lemmasAlphabetical } from "./content";
export { blockPlainText, lemmaPlainText } from "./plain-text";
export { GEMEENTEN, getGemeente, ZGemeente, type TGemeente } from "./gemeenten";
export { slugify } from "./slugify";
export {
  LEMMA_LETTERS,
  ZBlock,
  ZBlockId,
  ZEdition,
  ZFigure,
  ZHeadingBlock,
  ZLemma,
  ZLemmaLetter,
  ZListBlock,
  ZMention,
  ZParagraphBlock,
  ZRelevance,
  ZSlug,
  ZThread,
  ZTrendweb,
  type TBlock,
  type TBlockId,
  type TEdition,
  type TFigure,
  type THeadingBlock,
  type TLemma,
  type TLemmaLetter,
  type TListBlock,
  type TMention,
  type TParagraphBlock,
  type TRelevance,
  type TThread,
  type TTrendweb,
} from "./schema";
export { buildDocumentName, DOCUMENT_NAME_PREFIX, parseDocumentName, type TDocumentRef } from "./document-name";
