// The PDF of a publication, made in Node with pdfkit: a cover page (gemeente, title,
// version, date, publisher, cover note, withdrawn notice), a table of contents with page
// numbers, and each lemma on its own page with the gemeente's frozen section text. Tagged
// (structure tree with headings, paragraphs, lists, links; language nl-NL; page furniture
// marked as artifacts) as far as pdfkit allows, with bookmarks for every lemma.
//
// Laid out twice: the first pass only learns on which page each lemma starts, the second
// writes those numbers into the table of contents (which always fills exactly one page).
import PDFDocument from "pdfkit";
import { RATING_LABELS, STATUS_LABELS } from "../../sections/section-labels.ts";
import { ANNOTATION_TYPE_LABELS } from "../../annotations/annotation-labels.ts";
import type { TPublicationView } from "../read-publications.ts";
import { htmlToBlocks, type TBlock, type TRun } from "./html-blocks.ts";
import { toWinAnsi } from "./win-ansi.ts";

type TDoc = PDFKit.PDFDocument;
type TStruct = PDFKit.PDFStructureElement;

const MARGIN = 64;
const LINK_COLOR = "#1a4f8b";
const TEXT_COLOR = "#111111";
const MUTED_COLOR = "#444444";
const FONTS = { regular: "Helvetica", bold: "Helvetica-Bold", italic: "Helvetica-Oblique", boldItalic: "Helvetica-BoldOblique" } as const;

const DATE_TIME = new Intl.DateTimeFormat("nl-NL", { dateStyle: "long", timeStyle: "short", timeZone: "Europe/Amsterdam" });
const DATE = new Intl.DateTimeFormat("nl-NL", { dateStyle: "long", timeZone: "Europe/Amsterdam" });

export type TPdfPublication = Pick<TPublicationView, "gemeente" | "publication">;

export function publicationPdfTitle({ gemeente, publication }: TPdfPublication): string {
  return `Trendweb ${gemeente.name}, versie ${publication.version}`;
}

/** "trendweb-zwolle-versie-3.pdf" */
export function publicationPdfFileName({ gemeente, publication }: TPdfPublication): string {
  return `trendweb-${gemeente.slug}-versie-${publication.version}${publication.withdrawn ? "-ingetrokken" : ""}.pdf`;
}

function fontFor(run: Pick<TRun, "bold" | "italic">): string {
  if (run.bold && run.italic) return FONTS.boldItalic;
  if (run.bold) return FONTS.bold;
  if (run.italic) return FONTS.italic;
  return FONTS.regular;
}

class PublicationLayout {
  readonly lemmaPages = new Map<string, number>();
  private readonly doc: TDoc;
  private readonly root: TStruct;
  private readonly width: number;

  constructor(
    private readonly view: TPdfPublication,
    private readonly tocPages: Map<string, number> | null,
  ) {
    const { publication, gemeente } = view;
    this.doc = new PDFDocument({
      size: "A4",
      margin: MARGIN,
      bufferPages: true,
      tagged: true,
      lang: "nl-NL",
      displayTitle: true,
      pdfVersion: "1.7",
      info: {
        Title: publicationPdfTitle(view),
        Author: `${publication.publishedByName}, griffie van ${gemeente.name}`,
        Subject: `Lokale Trendweb 2025 van ${gemeente.name} voor de gemeenteraad`,
        Keywords: `Trendweb, ${gemeente.name}, gemeenteraad, publicatie, versie ${publication.version}`,
        Creator: "Trendweb Lokaal",
        // The publication date, so the same version always gives the same file.
        CreationDate: publication.publishedAt,
        ModDate: publication.withdrawn?.at ?? publication.publishedAt,
      },
    });
    this.width = this.doc.page.width - 2 * MARGIN;
    this.root = this.doc.struct("Document");
    this.doc.addStructure(this.root);
  }

  private get pageNumber(): number {
    return this.doc.bufferedPageRange().count;
  }

  /** The original text as ActualText when the drawn text had to be simplified (see win-ansi.ts). */
  private static actual(original: string): PDFKit.Mixins.StructureElementOptions {
    return toWinAnsi(original) === original ? {} : { actual: original };
  }

  private block(tag: string, draw: () => void, original: string): void {
    const element = this.doc.struct(tag, PublicationLayout.actual(original), draw);
    this.root.add(element);
    element.end();
  }

  private heading(tag: "H1" | "H2" | "H3" | "H4" | "H5", text: string, size: number, options: { destination?: string } = {}): void {
    this.doc.moveDown(tag === "H1" ? 0 : 0.6);
    this.block(tag, () => {
      this.doc
        .font(FONTS.bold)
        .fontSize(size)
        .fillColor(TEXT_COLOR)
        .text(toWinAnsi(text), MARGIN, this.doc.y, { width: this.width, ...(options.destination ? { destination: options.destination } : {}) });
    }, text);
    this.doc.moveDown(0.3);
  }

  private paragraph(text: string, options: { size?: number; color?: string; bold?: boolean } = {}): void {
    this.block("P", () => {
      this.doc
        .font(options.bold ? FONTS.bold : FONTS.regular)
        .fontSize(options.size ?? 11)
        .fillColor(options.color ?? TEXT_COLOR)
        .text(toWinAnsi(text), MARGIN, this.doc.y, { width: this.width, lineGap: 2 });
    }, text);
    this.doc.moveDown(0.5);
  }

  /** Styled runs as one flowing text; links become link annotations inside a Link element. */
  private runs(tag: string, runs: TRun[], x: number, width: number, size: number): TStruct {
    const y = this.doc.y;
    const children = runs.map((run, index) => {
      const draw = () => {
        this.doc
          .font(fontFor(run))
          .fontSize(size)
          .fillColor(run.href ? LINK_COLOR : TEXT_COLOR);
        const options = { width, lineGap: 2, continued: index < runs.length - 1, underline: !!run.href, link: run.href ?? null };
        const text = toWinAnsi(run.text);
        if (index === 0) this.doc.text(text, x, y, options);
        else this.doc.text(text, options);
      };
      return run.href ? this.doc.struct("Link", { alt: run.href }, draw) : draw;
    });
    return this.doc.struct(tag, PublicationLayout.actual(runs.map((run) => run.text).join("")), children);
  }

  private localBlock(block: TBlock): void {
    if (block.kind === "list") {
      const list = this.doc.struct("L");
      this.root.add(list);
      block.items.forEach((item, index) => {
        const label = block.ordered ? `${block.start + index}.` : "•";
        const y = this.doc.y;
        const entry = this.doc.struct("LI");
        list.add(entry);
        entry.add(
          this.doc.struct("Lbl", {}, () => {
            this.doc.font(FONTS.regular).fontSize(11).fillColor(TEXT_COLOR).text(label, MARGIN + 8, y, { width: 22, lineGap: 2 });
          }),
        );
        this.doc.y = y;
        entry.add(this.runs("LBody", item, MARGIN + 30, this.width - 30, 11));
        entry.end();
        this.doc.moveDown(0.25);
      });
      list.end();
      this.doc.moveDown(0.3);
      return;
    }
    if (block.kind === "heading") this.doc.moveDown(0.4);
    const element =
      block.kind === "heading"
        ? this.runs(block.level === 3 ? "H4" : "H5", block.runs.map((run) => ({ ...run, bold: true })), MARGIN, this.width, block.level === 3 ? 13 : 12)
        : this.runs("P", block.runs, MARGIN, this.width, 11);
    this.root.add(element);
    element.end();
    this.doc.moveDown(0.5);
  }

  private cover(): void {
    const { gemeente, publication } = this.view;
    this.paragraph("Trendweb Lokaal · Trendweb 2025 van Trendbureau Overijssel", { size: 10, color: MUTED_COLOR });
    this.doc.moveDown(4);
    this.heading("H1", publicationPdfTitle(this.view), 26);
    this.paragraph(`Lokale Trendweb voor de gemeenteraad van ${gemeente.name}`, { size: 14 });
    this.doc.moveDown(1);
    this.paragraph(`Versie ${publication.version}, gepubliceerd op ${DATE_TIME.format(publication.publishedAt)} door ${publication.publishedByName}, griffie van ${gemeente.name}.`);
    this.paragraph(publication.visibility === "RAAD" ? "Alleen voor de raadsleden en de griffie." : "Openbaar.");
    if (publication.withdrawn) this.withdrawnNotice();
    this.heading("H2", "Aanbiedingsbrief", 16);
    for (const paragraph of publication.coverNote.split(/\n{2,}/)) this.paragraph(paragraph.trim());
  }

  private withdrawnNotice(): void {
    const withdrawn = this.view.publication.withdrawn!;
    this.doc.moveDown(0.5);
    this.paragraph(`INGETROKKEN op ${DATE_TIME.format(withdrawn.at)} door ${withdrawn.byName}. Deze versie geldt niet meer; ze blijft leesbaar voor de openbaarheid.`, { bold: true, color: "#8a0000" });
    this.paragraph(`Reden: ${withdrawn.reason}`);
  }

  private tableOfContents(): void {
    this.doc.addPage();
    this.heading("H2", "Inhoud", 16);
    const toc = this.doc.struct("TOC");
    this.root.add(toc);
    for (const section of this.view.publication.sections) {
      const page = this.tocPages?.get(section.lemmaSlug);
      const y = this.doc.y;
      toc.add(
        this.doc.struct("TOCI", {}, () => {
          this.doc.font(FONTS.regular).fontSize(11).fillColor(TEXT_COLOR);
          this.doc.text(toWinAnsi(`${section.lemmaLetter}. ${section.coreTitle}`), MARGIN, y, { width: this.width - 48, lineGap: 2, goTo: `trend-${section.lemmaSlug}` });
          const after = this.doc.y;
          this.doc.text(page ? String(page) : "", MARGIN + this.width - 40, y, { width: 40, align: "right" });
          this.doc.y = after;
        }),
      );
      this.doc.moveDown(0.35);
    }
    toc.end();
  }

  private lemma(section: TPdfPublication["publication"]["sections"][number]): void {
    const { gemeente } = this.view;
    this.doc.addPage();
    this.lemmaPages.set(section.lemmaSlug, this.pageNumber);
    this.doc.outline.addItem(`${section.lemmaLetter}. ${section.coreTitle}`);
    this.heading("H2", `${section.lemmaLetter}. ${section.coreTitle}`, 18, { destination: `trend-${section.lemmaSlug}` });
    const rating = section.rating ? RATING_LABELS[section.rating].toLowerCase() : "niet beoordeeld";
    this.paragraph(`Relevantie voor ${gemeente.name}: ${rating}. Status bij publicatie: ${STATUS_LABELS[section.status].toLowerCase()}.`, { size: 10, color: MUTED_COLOR });
    if (section.outdatedSince) {
      this.paragraph(
        `Let op: de kerntekst van deze trend was op ${DATE.format(section.outdatedSince)} gewijzigd; deze lokale tekst was bij publicatie nog niet daarop nagekeken.`,
        { size: 10 },
      );
    }
    this.heading("H3", `Relevantie voor ${gemeente.name}`, 13);
    const blocks = htmlToBlocks(section.html);
    if (blocks.length === 0) this.paragraph(`${gemeente.name} heeft bij deze trend (nog) geen eigen tekst geschreven.`);
    for (const block of blocks) this.localBlock(block);
    if (section.annotations.length > 0) {
      this.heading("H3", "Aantekeningen bij de kerntekst", 13);
      for (const annotation of section.annotations) {
        this.paragraph(`${ANNOTATION_TYPE_LABELS[annotation.type]} bij de passage “${annotation.quote}”`, { size: 10, bold: true });
        this.paragraph(annotation.body, { size: 10 });
      }
    }
  }

  /** Page numbers and the withdrawn mark at the foot of every page, as artifacts (not content). */
  private pageFooters(): void {
    const { publication } = this.view;
    const range = this.doc.bufferedPageRange();
    for (let index = range.start; index < range.start + range.count; index++) {
      this.doc.switchToPage(index);
      const bottom = this.doc.page.margins.bottom;
      // Writing inside the bottom margin would otherwise start a new page.
      this.doc.page.margins.bottom = 0;
      this.doc.markContent("Artifact", { type: "Pagination" });
      const label = toWinAnsi(`${publicationPdfTitle(this.view)}${publication.withdrawn ? " · INGETROKKEN" : ""} · pagina ${index + 1} van ${range.count}`);
      this.doc.font(FONTS.regular).fontSize(8).fillColor(MUTED_COLOR).text(label, MARGIN, this.doc.page.height - bottom / 2 - 4, { width: this.width, align: "center", lineBreak: false });
      this.doc.endMarkedContent();
      this.doc.page.margins.bottom = bottom;
    }
  }

  render(): Promise<Buffer> {
    const chunks: Buffer[] = [];
    const done = new Promise<Buffer>((resolve, reject) => {
      this.doc.on("data", (chunk: Buffer) => chunks.push(chunk));
      this.doc.on("end", () => resolve(Buffer.concat(chunks)));
      this.doc.on("error", reject);
    });
    this.cover();
    this.tableOfContents();
    for (const section of this.view.publication.sections) this.lemma(section);
    this.pageFooters();
    this.root.end();
    this.doc.end();
    return done;
  }
}

export async function buildPublicationPdf(view: TPdfPublication): Promise<Buffer> {
  // First pass: where each lemma starts. The table of contents is one page either way.
  const firstPass = new PublicationLayout(view, null);
  await firstPass.render();
  return new PublicationLayout(view, firstPass.lemmaPages).render();
}
