import { lemmaPlainText } from "../plain-text";
import { LEMMA_LETTERS, ZTrendweb, type TBlock, type TFigure, type TLemma, type TLemmaLetter, type TTrendweb } from "../schema";
import { slugify } from "../slugify";
import { buildRawBlocks, type TRawBlock, type TRawSection } from "./build-raw-blocks";
import { cleanText } from "./clean-text";
import { countMentions } from "./count-mentions";
import {
  applyBlockCorrections,
  applyFigureCorrections,
  ZCorrections,
  type TCorrectionScope,
} from "./corrections";
import { parseFigure } from "./parse-figure";
import { normaliseLabel, resolveCrossReferences, stripLabelIcon, type TTitleIndex } from "./resolve-cross-references";
import { splitSections } from "./split-sections";
import { fixOcrWords } from "./fix-ocr-words";

export const EDITION = {
  id: "trendweb-2025",
  title: "Trendweb 2025",
  publisher: "Trendbureau Overijssel",
  year: 2025,
  number: 3,
} as const;

/**
 * The whole import, pure: seed text + editorial corrections → validated content.
 * Block ids are assigned from the parse, before any correction applies.
 */
export function importTrendweb(source: string, correctionsInput: unknown): TTrendweb {
  const corrections = ZCorrections.parse(correctionsInput);
  const sections = splitSections(source);
  const used = new Set<string>();

  const scopeBlocks = (scope: TCorrectionScope, parts: TBlock[][]): TBlock[][] => {
    const list = corrections.blocks.filter((c) => c.scope === scope);
    for (const c of list) used.add(`${c.scope}/${c.block}`);
    return applyBlockCorrections(parts, list);
  };

  const simplePart = (scope: TCorrectionScope, prefix: string, lines: Parameters<typeof buildRawBlocks>[0]) => {
    const raw = buildRawBlocks(lines, { lemma: false });
    return scopeBlocks(scope, [toBlocks(raw.body, prefix)])[0]!;
  };

  const intro = simplePart("intro", "intro", sections.intro);
  const threadsIntro = simplePart("draden", "draden", sections.threadsIntro);
  const threads = sections.threads.map((thread) => ({
    number: thread.number,
    slug: slugify(thread.title),
    title: thread.title,
    blocks: simplePart(`draad-${thread.number}` as TCorrectionScope, `draad-${thread.number}`, thread.lines),
  }));

  const raws = sections.lemmas.map((lemma) => buildRawBlocks(lemma.lines, { lemma: true }));
  const titles: TTitleIndex[] = sections.lemmas.map((lemma, index) => ({
    letter: LEMMA_LETTERS[index]!,
    title: lemmaTitle(lemma.capsTitle, raws),
  }));

  const lemmas: TLemma[] = raws.map((raw, index) => {
    const letter = LEMMA_LETTERS[index]!;
    const prefix = letter.toLowerCase();
    const context = `Lemma ${letter} (${titles[index]!.title})`;
    if (raw.relevanceHeading === null) throw new Error(`${context}: no "Relevantie voor … gemeenten" section`);

    const body = toBlocks(raw.body, `${prefix}-body`, letter);
    const relevance = toBlocks(raw.relevance, `${prefix}-rel`, letter);
    const [correctedBody, correctedRelevance] = scopeBlocks(letter, [body, relevance]) as [TBlock[], TBlock[]];

    const figureCorrections = corrections.figures.filter((c) => c.scope === letter);
    for (const c of figureCorrections) used.add(`${c.scope}/${c.figure}`);
    const figures = reanchorFigures(
      applyFigureCorrections(toFigures(raw, body, prefix, letter), figureCorrections),
      body.map((b) => b.id),
      correctedBody.map((b) => b.id),
    );

    const lemma: TLemma = {
      letter,
      slug: slugify(titles[index]!.title),
      title: titles[index]!.title,
      blocks: correctedBody,
      figures,
      relevance: { heading: raw.relevanceHeading, blocks: correctedRelevance },
      seeAlso: resolveCrossReferences(raw.crossRefLines, titles, context).map((r) => r.letter),
      mentions: [],
    };
    lemma.mentions = countMentions(lemmaPlainText(lemma));
    return lemma;
  });

  const unused = [...corrections.blocks.map((c) => `${c.scope}/${c.block}`), ...corrections.figures.map((c) => `${c.scope}/${c.figure}`)].filter(
    (key) => !used.has(key),
  );
  if (unused.length > 0) throw new Error(`Corrections with an unknown scope: ${unused.join(", ")}`);

  return ZTrendweb.parse({ edition: EDITION, intro, threadsIntro, threads, lemmas });
}

function toBlocks(raw: readonly TRawBlock[], prefix: string, letter?: TLemmaLetter): TBlock[] {
  const blocks: TBlock[] = [];
  raw.forEach((block, index) => {
    const id = `${prefix}-${String(index + 1).padStart(2, "0")}`;
    if (block.type === "list") {
      const items = block.items.map((item) => cleanText(item, letter)).filter(Boolean);
      if (items.length > 0) blocks.push({ id, type: "list", items });
      return;
    }
    const text = cleanText(block.lines, letter);
    if (text === "") return;
    blocks.push(block.type === "heading" ? { id, type: "heading", level: 2, text } : { id, type: "paragraph", text });
  });
  return blocks;
}

function toFigures(raw: TRawSection, body: readonly TBlock[], prefix: string, letter: TLemmaLetter): TFigure[] {
  return raw.figures.map((figure, index) => {
    const parsed = parseFigure(figure.text, letter);
    // The figure follows the last body block parsed before its caption (empty blocks skipped).
    const after = [...body].reverse().find((b) => Number(b.id.split("-").at(-1)) <= figure.afterIndex + 1);
    return {
      id: `${prefix}-fig-${String(index + 1).padStart(2, "0")}`,
      number: parsed.number,
      caption: parsed.caption,
      source: parsed.source,
      afterBlockId: after?.id ?? null,
    };
  });
}

/** A figure whose anchor block was removed by a correction moves to the nearest earlier surviving block. */
function reanchorFigures(figures: readonly TFigure[], originalIds: readonly string[], survivingIds: readonly string[]): TFigure[] {
  const surviving = new Set(survivingIds);
  return figures.map((figure) => {
    if (figure.afterBlockId === null || surviving.has(figure.afterBlockId)) return figure;
    let index = originalIds.indexOf(figure.afterBlockId);
    while (index >= 0 && !surviving.has(originalIds[index]!)) index--;
    return { ...figure, afterBlockId: index >= 0 ? originalIds[index]! : null };
  });
}

/**
 * Sentence-case title with Dutch diacritics: taken from a cross-reference label that
 * matches the capitals title accent-insensitively (FINANCIELE → financiële), else
 * the capitals title in sentence case.
 */
function lemmaTitle(capsTitle: string, raws: readonly TRawSection[]): string {
  const wanted = normaliseLabel(capsTitle);
  for (const raw of raws) {
    for (const line of raw.crossRefLines) {
      const words = stripLabelIcon(line).split(/\s+/);
      for (let n = words.length; n > 0; n--) {
        const candidate = words.slice(0, n).join(" ");
        if (normaliseLabel(candidate) === wanted) return capitalise(fixOcrWords(candidate));
      }
    }
  }
  return capitalise(capsTitle.toLowerCase());
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
