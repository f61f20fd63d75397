/**
 * A PDF's text layer as lines, through pdfjs-dist (no external binaries). pdfjs gives positioned
 * text runs; lines are rebuilt by grouping runs on the same baseline and ordering them left to
 * right. Wide gaps become two or more spaces (table cells), indentation becomes leading spaces,
 * and a larger vertical gap becomes a blank line, so the PDF reads like a text layer.
 */
import type { ImportWarning } from './import-result.ts';
import { MAX_LINE_LENGTH, type SourceLine } from './source-text.ts';

interface TextRun {
  text: string;
  x: number;
  y: number;
  width: number;
  size: number;
}

/** A PDF that takes longer than this is abandoned with a warning rather than hanging the import. */
const PDF_TIMEOUT_MS = 60_000;

export async function readPdfLines(bytes: Uint8Array, warnings: ImportWarning[]): Promise<{ lines: SourceLine[]; pages: number } | null> {
  let pdfjs: typeof import('pdfjs-dist/legacy/build/pdf.mjs');
  try {
    pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  } catch (error) {
    warnings.push({ message: `PDF-läsaren (pdfjs-dist) kunde inte laddas: ${(error as Error).message}` });
    return null;
  }
  // pdfjs takes ownership of (and detaches) the buffer it is given.
  const data = new Uint8Array(bytes);
  const task = pdfjs.getDocument({ data, isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0, stopAtErrors: false });
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('tidsgränsen överskreds')), PDF_TIMEOUT_MS);
  });
  try {
    const pdf = await Promise.race([task.promise, timeout]);
    const lines: SourceLine[] = [];
    for (let p = 1; p <= pdf.numPages; p++) {
      try {
        const page = await Promise.race([pdf.getPage(p), timeout]);
        const content = await Promise.race([page.getTextContent(), timeout]);
        const runs: TextRun[] = [];
        for (const item of content.items) {
          if (!('str' in item)) continue;
          const [a, b, , , x, y] = item.transform as number[];
          const size = Math.hypot(a ?? 0, b ?? 0) || item.height || 10;
          runs.push({ text: item.str, x: x ?? 0, y: y ?? 0, width: item.width, size });
        }
        pageLines(runs).forEach((text, i) => lines.push({ text, line: lines.length + 1, pageStart: i === 0 }));
        page.cleanup();
      } catch (error) {
        warnings.push({ message: `Sidan ${p} i PDF:en kunde inte läsas: ${(error as Error).message}` });
      }
    }
    if (lines.every((l) => l.text.trim() === '')) {
      warnings.push({ message: 'PDF:en saknar textlager (skannad?); ingen text kunde läsas.', unreadable: true });
    }
    return { lines, pages: pdf.numPages };
  } catch (error) {
    warnings.push({ message: `Filen kunde inte läsas som PDF: ${(error as Error).message}` });
    return null;
  } finally {
    clearTimeout(timer);
    await task.destroy().catch(() => {});
  }
}

/** One page's runs to lines of text. */
export function pageLines(runs: TextRun[]): string[] {
  const visible = runs.filter((r) => r.text !== '' && Number.isFinite(r.x) && Number.isFinite(r.y));
  if (visible.length === 0) return [];
  // Baselines from top to bottom; runs within a fraction of the font size share a line.
  visible.sort((a, b) => b.y - a.y || a.x - b.x);
  const rows: { y: number; size: number; runs: TextRun[] }[] = [];
  for (const run of visible) {
    const row = rows[rows.length - 1];
    if (row && Math.abs(row.y - run.y) <= Math.max(1, 0.4 * Math.min(row.size, run.size))) row.runs.push(run);
    else rows.push({ y: run.y, size: run.size, runs: [run] });
  }
  const left = Math.min(...visible.map((r) => r.x));
  // The line step is the smallest common gap (a page of tables has more blank lines than text
  // lines, so a median would take a blank line for the step).
  const steps = rows.slice(1).map((row, i) => rows[i]!.y - row.y).filter((d, i) => d >= 0.8 * Math.min(rows[i]!.size, rows[i + 1]!.size)).sort((a, b) => a - b);
  const step = steps.length ? steps[Math.floor(steps.length / 10)]! : 0;
  const out: string[] = [];
  rows.forEach((row, i) => {
    if (i > 0 && step > 0) {
      const gap = rows[i - 1]!.y - row.y;
      const blanks = Math.min(3, Math.round(gap / step) - 1);
      for (let b = 0; b < blanks; b++) out.push('');
    }
    out.push(rowText(row.runs, left).slice(0, MAX_LINE_LENGTH * 4));
  });
  return out;
}

function rowText(runs: TextRun[], left: number): string {
  runs.sort((a, b) => a.x - b.x);
  const space = 0.28 * (runs[0]!.size || 10);
  const indent = Math.min(40, Math.max(0, Math.round((runs[0]!.x - left) / space)));
  let text = ' '.repeat(indent);
  let end = runs[0]!.x;
  for (const run of runs) {
    const gap = run.x - end;
    if (text.trim() !== '' && gap > 0.15 * run.size && !/\s$/.test(text) && !/^\s/.test(run.text)) {
      text += ' '.repeat(Math.min(8, Math.max(1, Math.round(gap / space))));
    }
    text += run.text.replace(/\u00ad$/, '-');
    end = Math.max(end, run.x + run.width);
  }
  return text;
}
