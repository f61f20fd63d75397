/**
 * The document as lines, before any interpretation: what both the text reader and the PDF reader
 * produce. Line numbers are those of the source (text file lines, or lines rebuilt from the PDF)
 * so every finding can point back at what the user sees.
 */
import type { ImportWarning } from './import-result.ts';

export interface SourceLine {
  text: string;
  /** 1-based line number in the source. */
  line: number;
  /** First line of a page (known from a PDF or a form feed; guessed in a text layer). */
  pageStart: boolean;
}

export interface SourceText {
  format: 'text' | 'pdf';
  lines: SourceLine[];
  pages: number | null;
  /** True when page boundaries come from the file itself rather than a guess. */
  pageStartsKnown: boolean;
  warnings: ImportWarning[];
}

/** Lines longer than this are split: nothing in a report is that long, and it keeps every scan linear. */
export const MAX_LINE_LENGTH = 2000;

export function isBlank(text: string): boolean {
  return text.trim() === '';
}

/**
 * Splits decoded text into source lines. A form feed starts a new page (pdftotext writes one per
 * page); otherwise a line opening with a single space is taken as a page start, which is how the
 * seed's text layer marks them.
 */
export function splitLines(text: string, warnings: ImportWarning[]): { lines: SourceLine[]; pages: number | null; known: boolean } {
  const raw = text.split('\n');
  const lines: SourceLine[] = [];
  let formFeeds = 0;
  let pendingPageStart = true;
  let split = false;
  for (let i = 0; i < raw.length; i++) {
    // A form feed ends a page: what follows it on the line starts the next one.
    const segments = raw[i]!.split('\f');
    formFeeds += segments.length - 1;
    segments.forEach((segment, k) => {
      if (k > 0) pendingPageStart = true;
      if (segments.length > 1 && segment.trim() === '') return;
      const guessedStart = /^ \S/.test(segment);
      const chunks = segment.length > MAX_LINE_LENGTH ? chunk(segment) : [segment];
      if (chunks.length > 1) split = true;
      for (const c of chunks) {
        lines.push({ text: c, line: i + 1, pageStart: pendingPageStart || (formFeeds === 0 && guessedStart) });
        pendingPageStart = false;
      }
    });
  }
  if (split) warnings.push({ message: `Mycket långa rader har delats upp (över ${MAX_LINE_LENGTH} tecken).` });
  return { lines, pages: formFeeds > 0 ? formFeeds + 1 : null, known: formFeeds > 0 };
}

function chunk(text: string): string[] {
  const out: string[] = [];
  let rest = text;
  while (rest.length > MAX_LINE_LENGTH) {
    const cut = rest.lastIndexOf(' ', MAX_LINE_LENGTH);
    const at = cut > MAX_LINE_LENGTH / 2 ? cut : MAX_LINE_LENGTH;
    out.push(rest.slice(0, at));
    rest = rest.slice(at);
  }
  out.push(rest);
  return out;
}
