/**
 * Splits the seed into its parts: introduction, "De drie rode draden" (with the
 * three threads) and the twenty lemmas. A lemma starts at an all-capitals title
 * line that begins a PDF page (leading space).
 */

export interface TSourceLine {
  /** 1-based line number in the seed. */
  lineNo: number;
  text: string;
}

export interface TSourceSections {
  intro: TSourceLine[];
  threadsIntro: TSourceLine[];
  threads: { number: number; title: string; lines: TSourceLine[] }[];
  lemmas: { capsTitle: string; lines: TSourceLine[] }[];
}

const TITLE_LINE = /^ [A-Z][A-Z0-9 ,:()'’-]{7,}$/;
const THREADS_TITLE = "DE DRIE RODE DRADEN IN DIT TRENDWEB";
const THREAD_START = /^\s*([123])\s*[.«]\s+(\p{Lu}[\p{L} ]+)$/u;

export function splitSections(source: string): TSourceSections {
  const lines: TSourceLine[] = source
    .replace(/\r\n?/g, "\n")
    .split("\n")
    .map((text, index) => ({ lineNo: index + 1, text }));

  const titleIndexes = lines.flatMap((line, index) => (TITLE_LINE.test(line.text) ? [index] : []));
  const threadsIndex = titleIndexes.find((i) => lines[i]!.text.trim() === THREADS_TITLE);
  if (threadsIndex === undefined) throw new Error(`Seed: title "${THREADS_TITLE}" not found`);
  const lemmaIndexes = titleIndexes.filter((i) => i > threadsIndex);
  if (lemmaIndexes.length !== 20) {
    throw new Error(`Seed: expected 20 lemma titles after the threads, found ${lemmaIndexes.length}`);
  }

  const threadLines = lines.slice(threadsIndex + 1, lemmaIndexes[0]);
  const threadStarts = threadLines.flatMap((line, index) => (THREAD_START.test(line.text) ? [index] : []));
  if (threadStarts.length !== 3) throw new Error(`Seed: expected 3 rode draden, found ${threadStarts.length}`);

  return {
    intro: lines.slice(0, threadsIndex),
    threadsIntro: threadLines.slice(0, threadStarts[0]),
    threads: threadStarts.map((start, n) => {
      const match = THREAD_START.exec(threadLines[start]!.text)!;
      return {
        number: Number(match[1]),
        title: match[2]!.trim(),
        lines: threadLines.slice(start + 1, threadStarts[n + 1] ?? threadLines.length),
      };
    }),
    lemmas: lemmaIndexes.map((start, n) => ({
      capsTitle: lines[start]!.text.trim(),
      lines: lines.slice(start + 1, lemmaIndexes[n + 1] ?? lines.length),
    })),
  };
}
