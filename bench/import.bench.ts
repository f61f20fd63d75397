/**
 * Import time (reading, parts, tables and the checker's findings) of the seed matter, and of
 * synthetic documents 2, 5 and 10 times its size made by repeating the seed with its registry
 * numbers and figures varied, to show the time grows linearly (constant time per line). Also the
 * seed written to a PDF and read back through pdfjs.
 * Run with `npx tsx bench/import.bench.ts [runs]` (or `npm run bench import`).
 */
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';
import { hasSeed, readSeed, SEED_MISSING } from '../test/seeds.ts';
import { checkDocument } from '../src/checks/checker.ts';
import { toCheckDocument } from '../src/imports/check-input.ts';
import { importDocument, importText } from '../src/imports/import-document.ts';

const runs = Number(process.argv[2] ?? 15);

if (!hasSeed) {
  console.log(SEED_MISSING);
} else {
  const seed = readSeed();
  const median = (fn: () => unknown, n: number) => {
    fn();
    const times: number[] = [];
    for (let i = 0; i < n; i++) {
      const start = performance.now();
      fn();
      times.push(performance.now() - start);
    }
    times.sort((a, b) => a - b);
    return times[Math.floor(times.length / 2)]!;
  };

  const once = importText(seed);
  const seedLines = seed.split('\n').length;
  for (const times of [1, 2, 5, 10]) {
    const text = times === 1 ? seed : synthetic(seed, times);
    const lines = text.split('\n').length;
    const n = times === 1 ? runs : Math.max(3, Math.ceil(runs / times));
    const ms = median(() => importText(text), n);
    const doc = toCheckDocument(importText(text));
    const checker = median(() => checkDocument(doc), n);
    console.log(
      `${String(times).padStart(2)}× the seed (${lines.toLocaleString('sv-SE')} lines): median ${ms.toFixed(1)} ms ` +
        `(of which the checker ${checker.toFixed(1)} ms), ${((ms / lines) * 1000).toFixed(1)} µs per line`,
    );
  }
  console.log(
    `  (the seed: ${once.report.sections.length} sections, ${once.report.tables.length} tables, ${once.report.assignments.length} assignments, ` +
      `${once.findings.length} findings, ${seedLines} lines)`,
  );

  const pdf = await pdfOf(seed.split('\n'));
  const pdfTimes: number[] = [];
  let pages = 0;
  for (let i = 0; i < 3; i++) {
    const start = performance.now();
    pages = (await importDocument(pdf, { fileName: 'seed.pdf' })).source.pages ?? 0;
    pdfTimes.push(performance.now() - start);
  }
  pdfTimes.sort((a, b) => a - b);
  console.log(`the seed as a PDF (${pages} pages, ${(pdf.length / 1024).toFixed(0)} kB): median ${pdfTimes[1]!.toFixed(0)} ms over 3 runs`);
}

/** The seed `times` times over, each copy with other registry numbers and slightly other figures. */
function synthetic(seed: string, times: number): string {
  const copies: string[] = [];
  for (let k = 0; k < times; k++) {
    copies.push(
      seed
        .replace(/\b(\d{4})\/(\d{2})\b/g, (_, n: string, y: string) => `${String((Number(n) + 37 * k) % 10000).padStart(4, '0')}/${y}`)
        .replace(/(\d),(\d)\b/g, (_, a: string, b: string) => `${a},${(Number(b) + k) % 10}`),
    );
  }
  return copies.join('\n');
}

interface PdfKitDocument {
  on(event: 'data', listener: (chunk: Buffer) => void): void;
  on(event: 'end', listener: () => void): void;
  end(): void;
}

/** The lines in a PDF with standard Helvetica, one page per page of the seed's text layer. */
function pdfOf(lines: string[]): Promise<Buffer> {
  const Printer = createRequire(import.meta.url)('pdfmake') as new (fonts: unknown) => { createPdfKitDocument(definition: unknown): PdfKitDocument };
  const doc = new Printer({ Helvetica: { normal: 'Helvetica', bold: 'Helvetica-Bold', italics: 'Helvetica-Oblique', bolditalics: 'Helvetica-BoldOblique' } }).createPdfKitDocument({
    pageSize: 'A4',
    pageMargins: [30, 30, 30, 30],
    defaultStyle: { font: 'Helvetica', fontSize: 7 },
    content: lines.map((line, i) => ({ text: line.trim() === '' ? ' ' : line, preserveLeadingSpaces: true, ...(i > 0 && /^ \S/.test(line) ? { pageBreak: 'before' } : {}) })),
  });
  const chunks: Buffer[] = [];
  return new Promise((resolve) => {
    doc.on('data', (chunk) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.end();
  });
}
