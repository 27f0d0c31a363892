import {
  bulletText,
  endsSentence,
  isFootnoteLine,
  isHeadingCandidate,
  isJunkLine,
  startsLowercase,
  stripFurniture,
} from "./classify-line";
import { joinLines } from "./join-lines";
import type { TSourceLine } from "./split-sections";

/**
 * Turns the lines of one part of the seed into raw blocks (still uncleaned text),
 * figure captions, the relevance section and the cross-reference lines.
 */

export type TRawBlock =
  | { type: "heading"; lines: string[] }
  | { type: "paragraph"; lines: string[] }
  | { type: "list"; items: string[][] };

export interface TRawFigure {
  text: string;
  /** Index of the body block the figure follows; -1 = before the first. */
  afterIndex: number;
}

export interface TRawSection {
  body: TRawBlock[];
  figures: TRawFigure[];
  relevanceHeading: string | null;
  relevance: TRawBlock[];
  crossRefLines: string[];
}

const CROSS_REF_HEADER = "Klik hier en lees meer over:";
const RELEVANCE = /Relevantie voor (?:Overijsselse )?gemeenten/;
const FIGURE = /Figuur \d+:/;

export function buildRawBlocks(lines: readonly TSourceLine[], options: { lemma: boolean }): TRawSection {
  const out: TRawSection = { body: [], figures: [], relevanceHeading: null, relevance: [], crossRefLines: [] };
  let section: "body" | "relevance" | "crossrefs" = "body";
  let blank = true;
  let caption: string[] | null = null;
  let footnote = false;

  const target = () => (section === "relevance" ? out.relevance : out.body);
  const last = () => target().at(-1);

  const finishCaption = () => {
    if (!caption) return;
    out.figures.push({ text: joinLines(caption), afterIndex: out.body.length - 1 });
    caption = null;
    blank = true;
  };

  const startCaption = (text: string) => {
    finishCaption();
    const parts = text.split(/(?=Figuur \d+:)/).map((p) => p.trim()).filter(Boolean);
    parts.forEach((part, index) => {
      caption = [part];
      if (index < parts.length - 1 || part.includes("Bron:")) finishCaption();
    });
    if (caption) blank = false;
  };

  const addText = (text: string) => {
    const bullet = bulletText(text);
    const prev = last();
    if (bullet !== null) {
      if (prev?.type === "list") prev.items.push([bullet]);
      else target().push({ type: "list", items: [[bullet]] });
      blank = false;
      return;
    }
    if (!blank && prev) {
      if (prev.type === "heading") {
        if (startsLowercase(text)) {
          // Not a heading after all: a short first line of a paragraph.
          target()[target().length - 1] = { type: "paragraph", lines: [...prev.lines, text] };
        } else {
          target().push({ type: "paragraph", lines: [text] });
        }
      } else if (prev.type === "list") {
        prev.items.at(-1)!.push(text);
      } else {
        prev.lines.push(text);
      }
      blank = false;
      return;
    }
    // First line of a new group of lines.
    if (prev && prev.type !== "heading") {
      const prevText = prev.type === "list" ? prev.items.at(-1)!.join(" ") : prev.lines.join(" ");
      const continues =
        startsLowercase(text) || (prev.type === "paragraph" && !endsSentence(prevText) && !isHeadingCandidate(text));
      if (continues) {
        if (prev.type === "list") prev.items.at(-1)!.push(text);
        else prev.lines.push(text);
        blank = false;
        return;
      }
    }
    if (prev?.type === "heading" && startsLowercase(text)) {
      if (text.length < 60 && !endsSentence(text)) prev.lines.push(text);
      else target()[target().length - 1] = { type: "paragraph", lines: [...prev.lines, text] };
      blank = false;
      return;
    }
    target().push(isHeadingCandidate(text) ? { type: "heading", lines: [text] } : { type: "paragraph", lines: [text] });
    blank = false;
  };

  for (const { text: rawText } of lines) {
    const text = stripFurniture(rawText).trim();
    // A leading space marks a new PDF page: it ends the group of lines like a blank line.
    if (/^ \S/.test(rawText) && !caption) blank = true;
    if (text === "") {
      blank = true;
      footnote = false;
      continue;
    }
    if (section === "crossrefs") {
      out.crossRefLines.push(text);
      continue;
    }
    if (options.lemma && text.includes(CROSS_REF_HEADER)) {
      const [before, after] = splitAround(text, CROSS_REF_HEADER);
      if (before && !isJunkLine(before)) addText(before);
      finishCaption();
      section = "crossrefs";
      if (after) out.crossRefLines.push(after);
      continue;
    }
    const relevance = options.lemma && section === "body" ? RELEVANCE.exec(text) : null;
    if (relevance) {
      const [before, after] = splitAround(text, relevance[0]);
      if (before && !isJunkLine(before)) addText(before);
      finishCaption();
      section = "relevance";
      out.relevanceHeading = relevance[0];
      blank = true;
      if (after) addText(after);
      continue;
    }
    const figure = FIGURE.exec(text);
    if (figure) {
      const before = text.slice(0, figure.index).trim();
      if (before && !isJunkLine(before)) addText(before);
      startCaption(text.slice(figure.index));
      continue;
    }
    if (caption) {
      const open: string[] = caption;
      if (blank && !text.startsWith("Bron:")) {
        finishCaption();
      } else {
        open.push(text);
        if (text.includes("Bron:")) finishCaption();
        else blank = false;
        continue;
      }
    }
    if (footnote || (blank && isFootnoteLine(text))) {
      footnote = true;
      continue;
    }
    if (isJunkLine(text) && bulletText(text) === null) continue;
    addText(text);
  }
  finishCaption();
  return out;
}

function splitAround(text: string, marker: string): [string, string] {
  const index = text.indexOf(marker);
  return [text.slice(0, index).trim(), text.slice(index + marker.length).trim()];
}
