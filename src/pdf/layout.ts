/**
 * A small layout layer over pdfkit for SpinePath's documents: headings that stay with what follows them, wrapped
 * paragraphs, bullet lists with hanging indents, label/value rows, coloured boxes (red flags), page breaks, and a
 * footer with "Page i of n" on every page. Only the PDF standard fonts (Helvetica family) are used: nothing is
 * downloaded or embedded, and all text goes through `toWinAnsi` first.
 *
 * Determinism: the creation date comes from the caller (the stored assessment), so the same input gives the same
 * bytes (pdfkit derives the file ID from the document information, which is then fixed too).
 */
import PDFDocument from 'pdfkit';
import { toWinAnsi } from './winansi.js';

export const FONTS = { regular: 'Helvetica', bold: 'Helvetica-Bold', italic: 'Helvetica-Oblique', boldItalic: 'Helvetica-BoldOblique' } as const;
export type FontName = keyof typeof FONTS;

export const COLORS = { text: '#111111', muted: '#555555', heading: '#0b3d6b', danger: '#9b0d1a', dangerFill: '#fdecee', warn: '#8a5a00', warnFill: '#fff6e0', infoFill: '#eef4fa', rule: '#c8d0d8' } as const;

/** One piece of text in a block: its font, size, colour, indent and the space after it. */
export interface Run {
  text: string;
  font?: FontName;
  size?: number;
  color?: string;
  /** Left indent in points (bullets add their own hanging indent). */
  indent?: number;
  bullet?: boolean;
  /** Space after, in points (default 3). */
  gap?: number;
}

export interface WriterOptions {
  title: string;
  subject?: string;
  author?: string;
  keywords?: string;
  /** The document's creation date (fixed by the caller for reproducible bytes). */
  createdAt: Date;
  /** Left part of the footer on every page (the right part is "Page i of n"). */
  footer: string;
  /** pdfkit compresses content streams by default; tests may turn it off. */
  compress?: boolean;
  lang?: string;
}

const BODY = 10;
const BULLET_INDENT = 12;

export class PdfWriter {
  readonly doc: PDFKit.PDFDocument;
  private readonly chunks: Buffer[] = [];
  private readonly done: Promise<Buffer>;
  private readonly footer: string;

  constructor(o: WriterOptions) {
    this.footer = toWinAnsi(o.footer);
    this.doc = new PDFDocument({
      size: 'A4',
      margins: { top: 56, bottom: 64, left: 56, right: 56 },
      bufferPages: true,
      compress: o.compress ?? true,
      lang: o.lang ?? 'en-GB',
      displayTitle: true,
      info: {
        Title: toWinAnsi(o.title),
        ...(o.subject ? { Subject: toWinAnsi(o.subject) } : {}),
        Author: toWinAnsi(o.author ?? 'SpinePath'),
        ...(o.keywords ? { Keywords: toWinAnsi(o.keywords) } : {}),
        Creator: 'SpinePath',
        Producer: 'SpinePath (pdfkit)',
        CreationDate: o.createdAt,
        ModDate: o.createdAt,
      },
    });
    this.doc.on('data', (c: Buffer) => this.chunks.push(c));
    this.done = new Promise((resolve, reject) => {
      this.doc.on('end', () => resolve(Buffer.concat(this.chunks)));
      this.doc.on('error', reject);
    });
    this.doc.font(FONTS.regular).fontSize(BODY).fillColor(COLORS.text);
  }

  get left(): number {
    return this.doc.page.margins.left;
  }

  get width(): number {
    return this.doc.page.width - this.doc.page.margins.left - this.doc.page.margins.right;
  }

  get bottom(): number {
    return this.doc.page.height - this.doc.page.margins.bottom;
  }

  private set(r: Run): void {
    this.doc.font(FONTS[r.font ?? 'regular']).fontSize(r.size ?? BODY).fillColor(r.color ?? COLORS.text);
  }

  /** Height the runs take at this width. */
  measure(runs: readonly Run[], width = this.width): number {
    let h = 0;
    for (const r of runs) {
      this.set(r);
      const w = width - (r.indent ?? 0) - (r.bullet ? BULLET_INDENT : 0);
      h += this.doc.heightOfString(toWinAnsi(r.text), { width: w }) + (r.gap ?? 3);
    }
    this.set({ text: '' });
    return h;
  }

  /** Starts a new page when fewer than `h` points are left on this one. */
  ensure(h: number): void {
    if (this.doc.y + h > this.bottom) this.doc.addPage();
  }

  private draw(runs: readonly Run[], x: number, width: number): void {
    for (const r of runs) {
      if (!r.text) continue;
      this.set(r);
      const indent = r.indent ?? 0;
      const text = toWinAnsi(r.text);
      if (r.bullet) {
        // Keep the bullet and the first line of its item on one page.
        this.ensure(this.doc.currentLineHeight(true));
        const y = this.doc.y;
        this.doc.text('\u2022', x + indent, y, { lineBreak: false });
        this.doc.text(text, x + indent + BULLET_INDENT, y, { width: width - indent - BULLET_INDENT });
      } else {
        this.doc.text(text, x + indent, this.doc.y, { width: width - indent });
      }
      this.doc.y += r.gap ?? 3;
    }
    this.doc.x = this.left;
    this.set({ text: '' });
  }

  /** Runs of text; `keepTogether` moves the block to the next page rather than splitting it (when it fits on one). */
  block(runs: readonly Run[], opts: { keepTogether?: boolean } = {}): void {
    if (opts.keepTogether) {
      const h = this.measure(runs);
      if (h <= this.bottom - this.doc.page.margins.top) this.ensure(h);
    }
    this.draw(runs, this.left, this.width);
  }

  /** A heading, kept on the page with at least `keepWith` points of what follows. */
  heading(text: string, level: 1 | 2 | 3 = 2, keepWith = 40): void {
    const size = level === 1 ? 17 : level === 2 ? 13 : 11;
    const before = level === 1 ? 0 : level === 2 ? 10 : 6;
    const run: Run = { text, font: 'bold', size, color: COLORS.heading, gap: level === 1 ? 6 : 4 };
    const h = this.measure([run]);
    if (this.doc.y > this.doc.page.margins.top) this.doc.y += before;
    this.ensure(h + keepWith);
    this.draw([run], this.left, this.width);
    if (level <= 2) {
      const y = this.doc.y - 2;
      this.doc.save().moveTo(this.left, y).lineTo(this.left + this.width, y).lineWidth(0.5).strokeColor(COLORS.rule).stroke().restore();
      this.doc.y += 3;
    }
  }

  para(text: string, r: Omit<Run, 'text'> = {}): void {
    this.draw([{ ...r, text }], this.left, this.width);
  }

  bullets(items: readonly string[], r: Omit<Run, 'text' | 'bullet'> = {}): void {
    this.draw(
      items.map((text) => ({ ...r, text, bullet: true, gap: r.gap ?? 2 })),
      this.left,
      this.width,
    );
  }

  /** "Label: value" rows, the label in bold. */
  fields(rows: readonly (readonly [string, string])[]): void {
    for (const [label, value] of rows) {
      const l = toWinAnsi(`${label}: `);
      const v = toWinAnsi(value);
      this.doc.font(FONTS.bold).fontSize(BODY);
      this.ensure(this.doc.heightOfString(l + v, { width: this.width }));
      this.doc.fillColor(COLORS.text).text(l, this.left, this.doc.y, { width: this.width, continued: true });
      this.doc.font(FONTS.regular).text(v);
      this.doc.y += 1;
    }
    this.doc.x = this.left;
    this.doc.y += 2;
  }

  /**
   * A framed block (red flags, safety alerts): a tinted box with a coloured border and title. A box taller than a page
   * is drawn as a title and a coloured rule instead, and its text flows over the pages.
   */
  box(title: string, runs: readonly Run[], o: { stroke: string; fill: string }): void {
    const pad = 8;
    const innerWidth = this.width - 2 * pad;
    const titleRun: Run = { text: title, font: 'bold', size: 11, color: o.stroke, gap: 4 };
    const h = this.measure([titleRun, ...runs], innerWidth) + 2 * pad;
    const pageHeight = this.bottom - this.doc.page.margins.top;
    if (h > pageHeight) {
      this.ensure(60);
      const y = this.doc.y;
      this.doc.save().rect(this.left, y, 4, 40).fill(o.stroke).restore();
      this.draw([titleRun], this.left + pad, innerWidth);
      this.draw(runs, this.left + pad, innerWidth);
      this.doc.y += 6;
      return;
    }
    this.ensure(h);
    const y = this.doc.y;
    this.doc.save().rect(this.left, y, this.width, h).fillAndStroke(o.fill, o.stroke).restore();
    this.doc.save().rect(this.left, y, 4, h).fill(o.stroke).restore();
    this.doc.y = y + pad;
    this.draw([titleRun, ...runs], this.left + pad, innerWidth);
    this.doc.y = y + h + 6;
    this.doc.x = this.left;
  }

  space(h: number): void {
    this.doc.y += h;
  }

  /** Footer and page numbers on every page, then the finished file. */
  async finish(): Promise<Buffer> {
    const range = this.doc.bufferedPageRange();
    for (let i = range.start; i < range.start + range.count; i++) {
      this.doc.switchToPage(i);
      const page = this.doc.page;
      const saved = page.margins.bottom;
      page.margins.bottom = 0; // writing below the bottom margin must not add a page
      const y = page.height - saved + 24;
      const w = page.width - page.margins.left - page.margins.right;
      this.doc.font(FONTS.regular).fontSize(8).fillColor(COLORS.muted);
      const pageNo = `Page ${i - range.start + 1} of ${range.count}`;
      const pw = this.doc.widthOfString(pageNo);
      this.doc.text(this.footer, page.margins.left, y, { width: w - pw - 12, lineBreak: false, ellipsis: true, height: 10 });
      this.doc.text(pageNo, page.margins.left + w - pw, y, { lineBreak: false });
      page.margins.bottom = saved;
    }
    this.doc.flushPages();
    this.doc.end();
    return this.done;
  }
}
