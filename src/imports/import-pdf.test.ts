/**
 * The PDF path on a real PDF: the seed's lines written into a PDF with pdfmake (standard
 * Helvetica, so no font files), one page per page of the original (the seed's text layer starts
 * each page with a space), then read back through pdfjs. It must give what the text path gives.
 */
import { createRequire } from 'node:module';
import { beforeAll, describe, expect, it } from 'vitest';
import { hasSeed, readSeed } from '../../test/seeds.ts';
import { importDocument, importText } from './import-document.ts';
import type { ImportResult } from './import-result.ts';

interface PdfKitDocument {
  on(event: 'data', listener: (chunk: Buffer) => void): void;
  on(event: 'end', listener: () => void): void;
  end(): void;
}
type Printer = new (fonts: Record<string, Record<string, string>>) => { createPdfKitDocument(definition: unknown): PdfKitDocument };
const PdfPrinter = createRequire(import.meta.url)('pdfmake') as Printer;

async function pdfOf(lines: string[]): Promise<Buffer> {
  const printer = new PdfPrinter({ Helvetica: { normal: 'Helvetica', bold: 'Helvetica-Bold', italics: 'Helvetica-Oblique', bolditalics: 'Helvetica-BoldOblique' } });
  const doc = printer.createPdfKitDocument({
    pageSize: 'A4',
    pageMargins: [30, 30, 30, 30],
    defaultStyle: { font: 'Helvetica', fontSize: 7 },
    content: lines.map((line, i) => ({
      text: line.trim() === '' ? ' ' : line,
      preserveLeadingSpaces: true,
      ...(i > 0 && /^ \S/.test(line) ? { pageBreak: 'before' } : {}),
    })),
  });
  const chunks: Buffer[] = [];
  return new Promise((resolve) => {
    doc.on('data', (chunk) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.end();
  });
}

describe.skipIf(!hasSeed)('the seed as a PDF', () => {
  let fromPdf: ImportResult;
  let fromText: ImportResult;
  beforeAll(async () => {
    const seed = readSeed();
    fromText = importText(seed);
    fromPdf = await importDocument(await pdfOf(seed.split('\n')), { fileName: 'seed.pdf' });
  }, 120_000);

  it('is read as a PDF, page by page', () => {
    expect(fromPdf.source.format).toBe('pdf');
    expect(fromPdf.source.pages).toBeGreaterThan(90);
    expect(fromPdf.parts.map((p) => p.id)).toEqual(fromText.parts.map((p) => p.id));
  });

  it('gives the same proposal points, motion and statement as the text', () => {
    expect(fromPdf.proposal).toEqual(fromText.proposal);
    expect(fromPdf.motions).toEqual(fromText.motions);
    expect(fromPdf.statements).toEqual(fromText.statements);
    expect(fromPdf.matter).toEqual(fromText.matter);
  });

  it('gives the same assignments and goals as the text', () => {
    expect(fromPdf.report.assignments).toHaveLength(14);
    expect(fromPdf.report.assignments).toEqual(fromText.report.assignments);
    expect(fromPdf.report.goals).toEqual(fromText.report.goals);
  });

  it('gives the same tables, figure for figure', () => {
    const figures = (r: ImportResult) => r.report.tables.map((t) => [t.id, t.columns.map((c) => c.label), t.rows.map((row) => [row.block, row.label, row.printed])]);
    expect(figures(fromPdf)).toEqual(figures(fromText));
  });
});
