/**
 * Prose as the rules read it: printed lines joined into paragraphs (a PDF breaks lines
 * mid-sentence), short stand-alone lines recognised as sub-headings ("Politisk verksamhet"),
 * paragraphs split into sentences, and every position traceable to its source line.
 */
import type { SourceLine } from './check-document.ts';

export interface Paragraph {
  text: string;
  /** A short line standing alone without closing punctuation, like "Stadsledningskontorets verksamhet". */
  heading: boolean;
  /** Where each source line starts in `text`. */
  starts: { offset: number; line?: number }[];
}

export interface Sentence {
  text: string;
  /** Offset of the sentence in its paragraph. */
  offset: number;
}

const CLOSING = /[.!?:;,]\s*$/;
const FIGURE_WITH_UNIT = /\d\s*(?:%|mnkr|mkr|tkr|kr\b)/;
const CONTINUING_WORDS = /^(och|eller|samt|till|som)\b/;

function isBlank(line: SourceLine | undefined): boolean {
  return line === undefined || line.text.trim() === '';
}

function startsUpper(line: SourceLine | undefined): boolean {
  return line === undefined || /^\s*[\p{Lu}\d"”“]/u.test(line.text);
}

/**
 * A sub-heading line: stands between sentence ends, does not close like a sentence, is short,
 * carries no figure, and the next line starts anew (upper case or a blank line).
 */
function isHeadingLine(lines: readonly SourceLine[], i: number, previousWasHeading: boolean): boolean {
  const text = lines[i]!.text.trim();
  if (!text || text.length > 100 || CLOSING.test(text) || FIGURE_WITH_UNIT.test(text)) return false;
  const previous = lines[i - 1];
  const afterEnd = isBlank(previous) || previousWasHeading || /[.!?:]\s*$/.test(previous!.text);
  const next = lines[i + 1];
  return afterEnd && (isBlank(next) || startsUpper(next)) && /^[\p{Lu}]/u.test(text);
}

export function paragraphsOf(lines: readonly SourceLine[]): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let current: Paragraph | null = null;
  let previousWasHeading = false;
  const close = () => {
    if (current && current.text.trim()) paragraphs.push(current);
    current = null;
  };
  lines.forEach((line, i) => {
    const text = line.text.trim();
    if (!text) {
      close();
      previousWasHeading = false;
      return;
    }
    if (isHeadingLine(lines, i, previousWasHeading)) {
      close();
      paragraphs.push({ text, heading: true, starts: [{ offset: 0, line: line.line }] });
      previousWasHeading = true;
      return;
    }
    previousWasHeading = false;
    if (!current) current = { text: '', heading: false, starts: [] };
    const para: Paragraph = current;
    if (para.text) {
      // A line ending in a hyphen continues the word ("kompetens-" + "försörjning"), unless
      // the next word shows a shared ending ("säkerhet-" + "och trygghetsfrågor").
      if (/\p{L}-$/u.test(para.text) && !CONTINUING_WORDS.test(text)) para.text = para.text.slice(0, -1);
      else para.text += ' ';
    }
    para.starts.push({ offset: para.text.length, line: line.line });
    para.text += text;
  });
  close();
  return paragraphs;
}

/** The source line of a position in a paragraph. */
export function lineAt(paragraph: Paragraph, offset: number): number | undefined {
  let line: number | undefined;
  for (const start of paragraph.starts) {
    if (start.offset > offset) break;
    line = start.line;
  }
  return line;
}

// Abbreviations that end in a full stop without ending the sentence.
const ABBREVIATION = /\b(?:bl\.a|t\.ex|d\.v\.s|m\.m|s\.k|dnr|nr|ca|kap|jfr|resp|fr\.o\.m|t\.o\.m)\.$/i;

export function sentencesOf(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  const boundary = /[.!?]+["”]?\s+(?=[\p{Lu}"”“]|\d+\s)/gu;
  for (const match of text.matchAll(boundary)) {
    const end = match.index + match[0].trimEnd().length;
    const candidate = text.slice(start, end);
    if (ABBREVIATION.test(candidate)) continue;
    sentences.push({ text: candidate, offset: start });
    start = match.index + match[0].length;
  }
  if (start < text.length) sentences.push({ text: text.slice(start), offset: start });
  return sentences.filter((sentence) => sentence.text.trim());
}
