import { z } from "zod";

/** Letters of the twenty lemmas, in document order. */
export const LEMMA_LETTERS = [
  "A", "B", "C", "D", "E", "F", "G", "H", "I", "J",
  "K", "L", "M", "N", "O", "P", "Q", "R", "S", "T",
] as const;

export const ZLemmaLetter = z.enum(LEMMA_LETTERS);
export type TLemmaLetter = z.infer<typeof ZLemmaLetter>;

/** Lowercase ASCII words joined by single hyphens. */
export const ZSlug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "slug must be lowercase ASCII with hyphens");

/**
 * Stable block id, e.g. `c-body-07`, `c-rel-02`, `intro-03`, `draad-2-04`.
 * Assigned by the importer before editorial corrections; blocks a correction
 * inserts get a suffix (`c-body-07-2`).
 */
export const ZBlockId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "block id must be lowercase with hyphens");
export type TBlockId = z.infer<typeof ZBlockId>;

const blockBase = {
  id: ZBlockId,
  /** Still doubtful after cleaning and corrections: show with a notice. */
  needsReview: z.literal(true).optional(),
};

const ZText = z.string().min(1).refine((s) => s === s.trim() && !/\s{2,}/.test(s), "text must be trimmed, single-spaced");

export const ZHeadingBlock = z.strictObject({
  ...blockBase,
  type: z.literal("heading"),
  /** 2 = section heading inside a lemma, 3 = sub-heading (e.g. inside a box). */
  level: z.union([z.literal(2), z.literal(3)]),
  text: ZText,
  /**
   * The heading opens a box ("kader") in the printed layout; the box holds the
   * blocks up to the next heading.
   */
  box: z.literal(true).optional(),
});

export const ZParagraphBlock = z.strictObject({
  ...blockBase,
  type: z.literal("paragraph"),
  text: ZText,
});

export const ZListBlock = z.strictObject({
  ...blockBase,
  type: z.literal("list"),
  items: z.array(ZText).min(1),
});

export const ZBlock = z.discriminatedUnion("type", [ZHeadingBlock, ZParagraphBlock, ZListBlock]);
export type THeadingBlock = z.infer<typeof ZHeadingBlock>;
export type TParagraphBlock = z.infer<typeof ZParagraphBlock>;
export type TListBlock = z.infer<typeof ZListBlock>;
export type TBlock = z.infer<typeof ZBlock>;

export const ZFigure = z.strictObject({
  /** e.g. `c-fig-03`: lemma letter + order of the caption in the text. */
  id: ZBlockId,
  /** Number printed in "Figuur N:", null for an unnumbered graphic. */
  number: z.number().int().positive().nullable(),
  caption: ZText,
  /** Text after "Bron:", null where the publication gives none. */
  source: ZText.nullable(),
  /** The figure sits after this body block; null = before the first block. */
  afterBlockId: ZBlockId.nullable(),
});
export type TFigure = z.infer<typeof ZFigure>;

export const ZMention = z.strictObject({
  /** Slug of the gemeente, see `GEMEENTEN`. */
  gemeente: ZSlug,
  count: z.number().int().positive(),
});
export type TMention = z.infer<typeof ZMention>;

export const ZRelevance = z.strictObject({
  /** "Relevantie voor Overijsselse gemeenten" (one lemma: "Relevantie voor gemeenten"). */
  heading: ZText,
  blocks: z.array(ZBlock).min(1),
});
export type TRelevance = z.infer<typeof ZRelevance>;

export const ZLemma = z.strictObject({
  letter: ZLemmaLetter,
  slug: ZSlug,
  title: ZText,
  blocks: z.array(ZBlock).min(1),
  figures: z.array(ZFigure),
  relevance: ZRelevance,
  /** Letters of the "Klik hier en lees meer over" list, in printed order. */
  seeAlso: z.array(ZLemmaLetter),
  /** Gemeenten named in the lemma (whole word, case-sensitive), most named first. */
  mentions: z.array(ZMention),
});
export type TLemma = z.infer<typeof ZLemma>;

export const ZThread = z.strictObject({
  number: z.number().int().min(1).max(3),
  slug: ZSlug,
  title: ZText,
  blocks: z.array(ZBlock).min(1),
});
export type TThread = z.infer<typeof ZThread>;

export const ZEdition = z.strictObject({
  id: z.literal("trendweb-2025"),
  title: ZText,
  publisher: z.literal("Trendbureau Overijssel"),
  year: z.literal(2025),
  number: z.literal(3),
});
export type TEdition = z.infer<typeof ZEdition>;

export const ZTrendweb = z
  .strictObject({
    edition: ZEdition,
    intro: z.array(ZBlock).min(1),
    /** The short text that opens "De drie rode draden in dit Trendweb". */
    threadsIntro: z.array(ZBlock).min(1),
    threads: z.array(ZThread).length(3),
    lemmas: z.array(ZLemma).length(20),
  })
  .superRefine((trendweb, ctx) => {
    const ids = new Set<string>();
    const note = (id: string) => {
      if (ids.has(id)) ctx.addIssue({ code: "custom", message: `duplicate id ${id}` });
      ids.add(id);
    };
    const blocksOf = [
      trendweb.intro,
      trendweb.threadsIntro,
      ...trendweb.threads.map((t) => t.blocks),
      ...trendweb.lemmas.flatMap((l) => [l.blocks, l.relevance.blocks]),
    ];
    for (const blocks of blocksOf) for (const block of blocks) note(block.id);
    trendweb.lemmas.forEach((lemma, index) => {
      if (lemma.letter !== LEMMA_LETTERS[index]) {
        ctx.addIssue({ code: "custom", message: `lemma ${index} has letter ${lemma.letter}` });
      }
      const bodyIds = new Set(lemma.blocks.map((b) => b.id));
      for (const figure of lemma.figures) {
        note(figure.id);
        if (figure.afterBlockId !== null && !bodyIds.has(figure.afterBlockId)) {
          ctx.addIssue({ code: "custom", message: `${figure.id} sits after unknown block ${figure.afterBlockId}` });
        }
      }
      for (const letter of lemma.seeAlso) {
        if (letter === lemma.letter) ctx.addIssue({ code: "custom", message: `lemma ${letter} refers to itself` });
      }
    });
  });
export type TTrendweb = z.infer<typeof ZTrendweb>;
