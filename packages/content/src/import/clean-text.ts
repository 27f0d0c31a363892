import { fixOcrWords } from "./fix-ocr-words";
import { joinLines } from "./join-lines";
import { stripFootnoteMarkers } from "./strip-footnote-markers";

/** Printed lines → clean running text: join, restore misread words, drop footnote markers. */
export function cleanText(lines: readonly string[], lemmaLetter?: string): string {
  return stripFootnoteMarkers(fixOcrWords(joinLines(lines), lemmaLetter));
}
