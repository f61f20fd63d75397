/**
 * Reading an upload or file into source lines: PDF through pdfjs, anything else as text.
 * Never throws; what cannot be read becomes a warning and an empty document.
 */
import type { ImportWarning } from './import-result.ts';
import { readPdfLines } from './pdf-text.ts';
import { splitLines, type SourceText } from './source-text.ts';
import { decodeBytes, looksLikePdf, normaliseText } from './text-decoding.ts';

export type ImportInput = string | Uint8Array | ArrayBuffer;

export async function readSource(input: ImportInput, fileName?: string | null): Promise<SourceText> {
  const warnings: ImportWarning[] = [];
  const bytes = typeof input === 'string' ? null : input instanceof Uint8Array ? input : new Uint8Array(input);
  const namedPdf = /\.pdf$/i.test(fileName ?? '');
  if (bytes && (looksLikePdf(bytes) || namedPdf)) {
    const pdf = await readPdfLines(bytes, warnings);
    if (pdf) return { format: 'pdf', lines: pdf.lines, pages: pdf.pages, pageStartsKnown: true, warnings };
    if (!looksLikePdf(bytes)) warnings.push({ message: 'Filen heter .pdf men är ingen PDF; den läses som text.' });
    else return { format: 'pdf', lines: [], pages: null, pageStartsKnown: true, warnings };
  }
  return readText(input, warnings);
}

/** The synchronous text path (text files, pasted text). */
export function readText(input: ImportInput, warnings: ImportWarning[] = []): SourceText {
  const raw = typeof input === 'string' ? input : decodeBytes(input instanceof Uint8Array ? input : new Uint8Array(input), warnings);
  const text = normaliseText(raw, warnings);
  const { lines, pages, known } = splitLines(text, warnings);
  if (text.trim() === '') warnings.push({ message: 'Filen är tom; det finns ingen text att läsa.', unreadable: true });
  return { format: 'text', lines, pages, pageStartsKnown: known, warnings };
}
