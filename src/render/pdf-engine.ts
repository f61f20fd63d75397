/**
 * The parts of pdfmake 0.2 and its pdfkit that the PDF renderer reaches past the document
 * definition for: the Node printer itself, the laid-out pages (to keep headings with what
 * follows them, and to print soft hyphens), and pdfkit's outline (bookmarks), which pdfmake 0.2
 * does not expose. Kept in one file so an upgrade to pdfmake 0.3 has one place to look.
 */
import { createRequire } from 'node:module';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import type { OutlineHeading } from './document-outline.ts';
import { robotoFonts } from './pdf-fonts.ts';

export interface PdfOutlineItem {
  addItem(title: string, options?: { expanded?: boolean }): PdfOutlineItem;
  outlineData: Record<string, unknown>;
}

interface LaidOutInline {
  text: string;
  width: number;
  x: number;
  alignment?: string;
  fontSize: number;
  font: { widthOfString(text: string, size: number): number };
}

interface LaidOutItem {
  type: string;
  item: { id?: string; x?: number; y?: number; y1?: number; inlines?: LaidOutInline[] };
}

export interface LaidOutPage {
  items: LaidOutItem[];
}

export interface PdfKitDocument {
  outline: PdfOutlineItem;
  _pageBuffer: { dictionary: unknown; height: number }[];
  _pdfMakePages: LaidOutPage[];
  on(event: 'data', listener: (chunk: Buffer) => void): void;
  on(event: 'end', listener: () => void): void;
  on(event: 'error', listener: (error: Error) => void): void;
  end(): void;
}

interface PdfPrinter {
  createPdfKitDocument(definition: TDocumentDefinitions, options?: { bufferPages?: boolean }): PdfKitDocument;
}

/** A node that pdfmake has laid out: it records where each of its lines went. */
export interface PositionedNode {
  positions?: { pageNumber: number; top: number }[];
}

let printer: PdfPrinter | undefined;

/** pdfmake 0.2's Node printer (its CommonJS entry; @types/pdfmake describes the 0.3 browser API). */
export function pdfPrinter(): PdfPrinter {
  if (printer) return printer;
  const require = createRequire(import.meta.url);
  patchSoftHyphens(require('pdfmake/src/layoutBuilder.js') as LayoutBuilderClass);
  const PdfPrinterClass = require('pdfmake/src/printer.js') as new (fonts: Record<string, unknown>) => PdfPrinter;
  printer = new PdfPrinterClass({ Roboto: robotoFonts() });
  return printer;
}

export function pdfBuffer(pdf: PdfKitDocument): Promise<Buffer> {
  return new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
    pdf.end();
  });
}

interface LayoutBuilderClass {
  prototype: { layoutDocument: (...args: unknown[]) => LaidOutPage[]; __uppsiktSoftHyphens?: boolean };
}

/**
 * pdfmake breaks lines at soft hyphens (U+00AD, e.g. "Social\u00adförvaltning" in a narrow
 * table header) but draws nothing there, and leaves a hyphen-wide gap where it does not break.
 * Swedish prints a hyphen at the break and nothing otherwise; this fixes the laid-out lines
 * before they are drawn.
 */
function patchSoftHyphens(LayoutBuilder: LayoutBuilderClass): void {
  const prototype = LayoutBuilder.prototype;
  if (prototype.__uppsiktSoftHyphens) return;
  const layoutDocument = prototype.layoutDocument;
  prototype.layoutDocument = function (this: unknown, ...args: unknown[]) {
    const pages = layoutDocument.apply(this, args);
    for (const page of pages) {
      for (const { type, item } of page.items) if (type === 'line' && item.inlines) resolveSoftHyphens(item.inlines);
    }
    return pages;
  };
  prototype.__uppsiktSoftHyphens = true;
}

function resolveSoftHyphens(inlines: LaidOutInline[]): void {
  inlines.forEach((inline, index) => {
    if (!inline.text.includes('\u00ad')) return;
    if (index === inlines.length - 1 && inline.text.endsWith('\u00ad')) {
      inline.text = `${inline.text.slice(0, -1)}-`;
    }
    const hidden = (inline.text.match(/\u00ad/g) ?? []).length;
    if (hidden === 0) return;
    const gap = inline.font.widthOfString('\u00ad', inline.fontSize) * hidden;
    inline.text = inline.text.replace(/\u00ad/g, '');
    inline.width -= gap;
    // Close the gap where it does not show: after the word when the line is left-aligned,
    // before it when right-aligned, on both sides when centred.
    const shiftBefore = inline.alignment === 'right' ? gap : inline.alignment === 'center' ? gap / 2 : 0;
    const shiftAfter = gap - shiftBefore;
    inlines.forEach((other, o) => {
      if (o <= index) other.x += shiftBefore;
      else other.x -= shiftAfter;
    });
  });
}

/**
 * Headings that ended up last on their page, away from what they introduce. A run of headings
 * with nothing between them ("2.1", then "2.1.1") counts as one: the first of the run is
 * returned, to be moved to the next page. A run that already starts its page is left alone.
 */
export function headingsLeftAtPageBottom(pages: LaidOutPage[], headingIds: Set<string>, bodyBottom: number): string[] {
  const orphans: string[] = [];
  for (const page of pages) {
    const content = page.items.filter((entry) => {
      if (!['line', 'vector', 'image', 'svg'].includes(entry.type)) return false;
      const y = entry.item.y ?? entry.item.y1;
      return y === undefined || y < bodyBottom;
    });
    for (let i = 0; i < content.length; i++) {
      const id = content[i]!.item.id;
      if (!id || !headingIds.has(id)) continue;
      const runStart = i;
      let end = i;
      // Skip the run's lines: each heading's own wrapped lines share its font size.
      while (end < content.length) {
        const fontSize = content[end]!.item.inlines?.[0]?.fontSize;
        let next = end + 1;
        while (next < content.length && !content[next]!.item.id && content[next]!.type === 'line' && content[next]!.item.inlines?.[0]?.fontSize === fontSize) next++;
        const nextId = content[next]?.item.id;
        end = next;
        if (!nextId || !headingIds.has(nextId)) break;
      }
      if (end >= content.length && runStart > 0) orphans.push(id);
      i = end;
    }
  }
  return orphans;
}

/** Adds the numbered headings as nested PDF bookmarks pointing at where each heading starts. */
export function addBookmarks(pdf: PdfKitDocument, outline: OutlineHeading[], nodes: Map<OutlineHeading, PositionedNode>): void {
  const stack: { level: number; item: PdfOutlineItem }[] = [];
  for (const heading of outline) {
    const position = nodes.get(heading)?.positions?.[0];
    const page = position ? pdf._pageBuffer[position.pageNumber - 1] : undefined;
    if (!position || !page) continue;
    while (stack.length > 0 && stack.at(-1)!.level >= heading.level) stack.pop();
    const parent = stack.at(-1)?.item ?? pdf.outline;
    const item = parent.addItem(heading.label, { expanded: heading.level === 1 });
    // pdfkit points items at the whole page; aim at the heading itself (PDF y runs upwards).
    item.outlineData.Dest = [page.dictionary, 'XYZ', null, Math.round(page.height - position.top + 4), null];
    stack.push({ level: heading.level, item });
  }
}
