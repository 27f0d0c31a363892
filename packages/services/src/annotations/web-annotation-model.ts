// The W3C Web Annotation data model (https://www.w3.org/TR/annotation-model/) as we write
// and read it: one Annotation per annotation (motivation commenting) and per reply
// (motivation replying, target = the annotation's id). Our type, visibility, anchor status
// and resolution are extension properties in a small context of our own.
export const ANNO_CONTEXT = "http://www.w3.org/ns/anno.jsonld";
export const TRENDWEB_CONTEXT = {
  tw: "https://trendweb-lokaal.nl/ns/annotatie#",
  annotationType: "tw:annotationType",
  visibility: "tw:visibility",
  anchorStatus: "tw:anchorStatus",
  resolved: "tw:resolved",
} as const;
export const JSONLD_CONTEXT = [ANNO_CONTEXT, TRENDWEB_CONTEXT] as const;
export const JSONLD_MEDIA_TYPE = 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"';

/** The annotation's own id: the workspace page of the lemma with a fragment. */
export const annotationIri = (origin: string, gemeenteSlug: string, lemmaSlug: string, id: string) => `${origin}/g/${gemeenteSlug}/lemma/${lemmaSlug}#aantekening-${id}`;
export const replyIri = (origin: string, gemeenteSlug: string, lemmaSlug: string, id: string) => `${origin}/g/${gemeenteSlug}/lemma/${lemmaSlug}#reactie-${id}`;
/** The canonical address of a core block: the public reader with the block's id. */
export const blockIri = (origin: string, lemmaSlug: string, blockId: string) => `${origin}/lemma/${lemmaSlug}#${blockId}`;
