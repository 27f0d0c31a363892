/**
 * Line-level rules: page furniture, junk lines, bullets, heading candidates.
 */

/** Trailing page furniture: the arrow `»`, the page mark `4`, a stray `>`. */
export function stripFurniture(line: string): string {
  let out = line.replace(/\s+$/, "");
  for (;;) {
    const next = out.replace(/\s+[4»>]$/, "").replace(/\s+$/, "");
    if (next === out) return out;
    out = next;
  }
}

const RUNNING_LABEL = /^LEMMA ?[A-T]$/;
const CHART_NOISE = /===|~@-|=@=|\(x m[Ii]n\)|\(x min\)/;

/** Lines that are never text: labels, chart ticks, icons, OCR debris. */
export function isJunkLine(line: string): boolean {
  const t = line.trim();
  if (RUNNING_LABEL.test(t)) return true;
  if (/^KLIK EN GA NAAR:?$/.test(t)) return true;
  if (CHART_NOISE.test(t)) return true;
  const letters = t.match(/\p{L}/gu)?.length ?? 0;
  // Few letters: chart ticks, icons ("0,9", "o0", "°be") — unless it ends a sentence ("€ 313.613 is.").
  if (letters < 3) return !(endsSentence(t) && /\p{L}{2}/u.test(t));
  // Capitals only (≥ 4 letters): titles of the threads in the intro, "HET WEB".
  if (!/\p{Ll}/u.test(t) && letters >= 4) return true;
  const noise = t.match(/[=|\\{}@~_<>[\]]/g)?.length ?? 0;
  return noise >= 2;
}

/** Bullets as the OCR reads them: `e`, `o`, `°`, and the icons of the STOMP list. */
const BULLET = /^(?:[eo°•]|-1|IBR|\[e\}@|"B|4l)\s+(?=[\p{Lu}‘(])/u;

export function bulletText(line: string): string | null {
  const t = line.trim();
  const match = BULLET.exec(t);
  return match ? t.slice(match[0].length) : null;
}

/** Footnote text ("2 Idenburg, A. & De Jong, P. (2020). …"), absent almost everywhere. */
export function isFootnoteLine(line: string): boolean {
  return /^(?:["'’‘]|\d{1,2})\s*\|?\s*\p{L}[^.]{0,60}\.?.{0,80}\(\d{4}\)/u.test(line.trim());
}

export function startsLowercase(line: string): boolean {
  const t = line.trim();
  // "ledereen", "lemand": a capital I read as l.
  return /^\p{Ll}/u.test(t) && !/^l(?:eder|emand)/.test(t);
}

/** The text ends a sentence (trailing footnote debris allowed). */
export function endsSentence(text: string): boolean {
  const core = text.trimEnd().replace(/[®*™°”"'#¢>%’\d]+$/u, "");
  return /[.!?:;]$/.test(core);
}

/** A short line that may be a (sub)heading; the caller confirms it from the next line. */
export function isHeadingCandidate(line: string): boolean {
  const t = line.trim();
  if (!/^[\p{Lu}‘]/u.test(t)) return false;
  if (t.length > 62 || t.split(/\s+/).length > 10) return false;
  if (t.includes("Bron:") || /[.!?:;]\s+\p{Lu}/u.test(t)) return false;
  if (!/\p{Ll}/u.test(t)) return false;
  const core = t.replace(/[®*™°”"'#¢>\d’]+$/u, "");
  if (/[.,;:\-–—]$/.test(core)) return false;
  return core.length >= 3;
}
