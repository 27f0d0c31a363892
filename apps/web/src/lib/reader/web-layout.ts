// HET WEB: a deterministic layout of the twenty lemmas on a circle (A at the top, clockwise),
// the three rode draden in the middle and the cross-references ("Lees meer over") as curved
// links between them. Pure: computed once on the server, drawn by components/reader/web-graph.

export interface TWebLemmaInput {
  letter: string;
  slug: string;
  title: string;
  seeAlso: readonly string[];
}

export interface TWebThreadInput {
  number: number;
  slug: string;
  title: string;
}

export interface TWebLabel {
  x: number;
  anchor: "start" | "middle" | "end";
  /** One entry per line of the wrapped title, with the y of its baseline. */
  lines: { text: string; y: number }[];
}

export interface TWebNode {
  letter: string;
  slug: string;
  title: string;
  x: number;
  y: number;
  label: TWebLabel;
  /** Letters this lemma refers to or is referred to by, in letter order. */
  linked: string[];
}

export interface TWebEdge {
  /** The two letters in order, e.g. `A-C`. */
  id: string;
  /** The lemma whose reference was met first (in letter order), and the one it refers to. */
  from: string;
  to: string;
  /** Both lemmas refer to each other. */
  mutual: boolean;
  /** SVG path data. */
  d: string;
}

export interface TWebThreadNode {
  number: number;
  slug: string;
  title: string;
  x: number;
  y: number;
  width: number;
  height: number;
  lines: { text: string; y: number }[];
}

export interface TWebLayout {
  width: number;
  height: number;
  nodeRadius: number;
  nodes: TWebNode[];
  edges: TWebEdge[];
  threads: TWebThreadNode[];
}

const WIDTH = 1240;
const HEIGHT = 920;
const CENTER = { x: WIDTH / 2, y: HEIGHT / 2 };
/** The ring is an ellipse: wider than tall, so the labels at the top and bottom have room. */
const RING = { x: 390, y: 300 };
const NODE_RADIUS = 26;
const LABEL_OFFSET = NODE_RADIUS + 16;
/** Labels beside the ring wrap wide; labels above and below it wrap narrow and stack outwards. */
const SIDE_LABEL_CHARS = 22;
const END_LABEL_CHARS = 15;
const LINE_HEIGHT = 19;
const THREAD = { width: 220, height: 62, gap: 14, chars: 26, lineHeight: 18 };
/** How far an edge bends towards the centre (0 = straight chord). */
const EDGE_BEND = 0.3;

/** Id of the element that describes what a node is linked to (in DE LIJST). */
export function linkedDescriptionId(letter: string): string {
  return `verbonden-${letter.toLowerCase()}`;
}

const round = (value: number) => Math.round(value * 10) / 10;

/** Greedy word wrap to lines of at most `maxChars` (a longer single word keeps its own line). */
export function wrapWords(text: string, maxChars: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= maxChars) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

function pointOnRing(index: number, count: number, offset = 0) {
  const angle = -Math.PI / 2 + (index * 2 * Math.PI) / count;
  const cos = Math.cos(angle);
  const sin = Math.sin(angle);
  return { x: CENTER.x + (RING.x + offset) * cos, y: CENTER.y + (RING.y + offset) * sin, cos, sin };
}

/** Where a node's title goes: beside the ring (vertically centred) or above/below it. */
function placeLabel(title: string, at: ReturnType<typeof pointOnRing>): TWebLabel {
  if (Math.abs(at.cos) < 0.35) {
    const lines = wrapWords(title, END_LABEL_CHARS);
    // Above the ring the last line sits nearest to the node; below it the first line does.
    const firstY = at.sin < 0 ? at.y - (lines.length - 1) * LINE_HEIGHT : at.y + 12;
    return { x: round(at.x), anchor: "middle", lines: lines.map((text, line) => ({ text, y: round(firstY + line * LINE_HEIGHT) })) };
  }
  const lines = wrapWords(title, SIDE_LABEL_CHARS);
  const firstY = at.y + 5 - ((lines.length - 1) * LINE_HEIGHT) / 2;
  return {
    x: round(at.x),
    anchor: at.cos > 0 ? "start" : "end",
    lines: lines.map((text, line) => ({ text, y: round(firstY + line * LINE_HEIGHT) })),
  };
}

/** Letters linked to each letter, in either direction (a cross-reference joins two topics). */
export function linkedLetters(lemmas: readonly TWebLemmaInput[]): Map<string, string[]> {
  const letters = new Set(lemmas.map((lemma) => lemma.letter));
  const linked = new Map<string, Set<string>>(lemmas.map((lemma) => [lemma.letter, new Set<string>()]));
  for (const lemma of lemmas) {
    for (const target of lemma.seeAlso) {
      if (!letters.has(target) || target === lemma.letter) continue;
      linked.get(lemma.letter)?.add(target);
      linked.get(target)?.add(lemma.letter);
    }
  }
  return new Map([...linked].map(([letter, set]) => [letter, [...set].sort()]));
}

export function computeWebLayout(lemmas: readonly TWebLemmaInput[], threads: readonly TWebThreadInput[]): TWebLayout {
  const linked = linkedLetters(lemmas);
  const nodes: TWebNode[] = lemmas.map((lemma, index) => {
    const at = pointOnRing(index, lemmas.length);
    return {
      letter: lemma.letter,
      slug: lemma.slug,
      title: lemma.title,
      x: round(at.x),
      y: round(at.y),
      label: placeLabel(lemma.title, pointOnRing(index, lemmas.length, LABEL_OFFSET)),
      linked: linked.get(lemma.letter) ?? [],
    };
  });

  const byLetter = new Map(nodes.map((node) => [node.letter, node]));
  const edges = new Map<string, TWebEdge>();
  for (const lemma of lemmas) {
    for (const target of lemma.seeAlso) {
      const a = byLetter.get(lemma.letter);
      const b = byLetter.get(target);
      if (!a || !b || a === b) continue;
      const [from, to] = a.letter < b.letter ? [a, b] : [b, a];
      const id = `${from.letter}-${to.letter}`;
      const existing = edges.get(id);
      if (existing) {
        if (lemma.letter !== existing.from) existing.mutual = true;
        continue;
      }
      const control = {
        x: (from.x + to.x) / 2 + ((CENTER.x - (from.x + to.x) / 2) * EDGE_BEND),
        y: (from.y + to.y) / 2 + ((CENTER.y - (from.y + to.y) / 2) * EDGE_BEND),
      };
      edges.set(id, {
        id,
        // `from` records who referred first, so a second reference the other way marks it mutual.
        from: lemma.letter,
        to: target,
        mutual: false,
        d: `M${from.x} ${from.y}Q${round(control.x)} ${round(control.y)} ${to.x} ${to.y}`,
      });
    }
  }

  const stackHeight = threads.length * THREAD.height + (threads.length - 1) * THREAD.gap;
  const threadNodes = threads.map((thread, index) => {
    const y = CENTER.y - stackHeight / 2 + index * (THREAD.height + THREAD.gap);
    const lines = wrapWords(thread.title, THREAD.chars);
    const firstY = y + THREAD.height / 2 + 5 - ((lines.length - 1) * THREAD.lineHeight) / 2;
    return {
      number: thread.number,
      slug: thread.slug,
      title: thread.title,
      x: CENTER.x - THREAD.width / 2,
      y,
      width: THREAD.width,
      height: THREAD.height,
      lines: lines.map((text, line) => ({ text, y: round(firstY + line * THREAD.lineHeight) })),
    };
  });

  return {
    width: WIDTH,
    height: HEIGHT,
    nodeRadius: NODE_RADIUS,
    nodes,
    edges: [...edges.values()].sort((a, b) => a.id.localeCompare(b.id)),
    threads: threadNodes,
  };
}
