/**
 * Paragraphs and numbered lists as a reader sees them. A PDF's text layer breaks lines (and
 * sometimes a list item) with blank lines, so an item goes on past a blank line when the next
 * line plainly continues it: it starts in lower case, or the item so far ends on a word like
 * "i" or "och".
 */
import { isBlank, type SourceLine } from './source-text.ts';

export interface Paragraph {
  text: string;
  /** Index range [start, end) into the document's lines. */
  start: number;
  end: number;
  /** Source line number of the first line. */
  line: number;
}

export interface ListItem extends Paragraph {
  n: number;
}

export function joinLines(texts: string[]): string {
  return texts.map((t) => t.trim()).filter(Boolean).join(' ').replace(/\s+/g, ' ').trim();
}

export function paragraphsOf(lines: SourceLine[], start: number, end: number): Paragraph[] {
  const out: Paragraph[] = [];
  let from = -1;
  const close = (to: number) => {
    if (from < 0) return;
    out.push({ text: joinLines(lines.slice(from, to).map((l) => l.text)), start: from, end: to, line: lines[from]!.line });
    from = -1;
  };
  for (let i = start; i < end; i++) {
    if (isBlank(lines[i]!.text)) close(i);
    else if (from < 0) from = i;
  }
  close(end);
  return out;
}

const ITEM = /^\s*(\d{1,2})\.\s+(\S.*)$/;
const OPEN_ENDING = /\b(i|och|av|för|till|med|om|på|att|som|samt|kring|inom|mot|från|vid|under|enligt)\s*$/i;

/**
 * Items "1. …", "2. …" in sequence from the first "1." at or after `from`. The list ends at the
 * first paragraph that neither starts the next item nor continues the current one.
 */
export function numberedList(lines: SourceLine[], from: number, end: number): ListItem[] {
  const items: ListItem[] = [];
  let i = from;
  while (i < end && !(ITEM.exec(lines[i]!.text)?.[1] === '1')) i++;
  type Open = { n: number; start: number; texts: string[] };
  let current = null as Open | null;
  const close = (to: number) => {
    if (!current) return;
    items.push({ n: current.n, text: joinLines(current.texts), start: current.start, end: to, line: lines[current.start]!.line });
    current = null;
  };
  let lastText = i;
  for (; i < end; i++) {
    const text = lines[i]!.text;
    if (isBlank(text)) continue;
    const m = ITEM.exec(text);
    const expected: number = (current?.n ?? 0) + 1;
    if (m && Number(m[1]) === expected) {
      close(lastText + 1);
      current = { n: expected, start: i, texts: [m[2]!] };
    } else if (current && ((i === lastText + 1 && !(looksLikeHeading(text) && !OPEN_ENDING.test(current.texts.join(' ').trim()))) || continues(current.texts, text))) {
      current.texts.push(text);
    } else break;
    lastText = i;
  }
  close(lastText + 1);
  return items;
}

function continues(texts: string[], next: string): boolean {
  const sofar = texts.join(' ').trim();
  const t = next.trim();
  if (/^\p{Ll}/u.test(t)) return true;
  if (/[.!?:]$/.test(sofar)) return false;
  return OPEN_ENDING.test(sofar) && t.split(/\s+/).length >= 3;
}

/** "Ärendet", "Bedömning ur ekonomisk dimension": a short line that opens the next block. */
function looksLikeHeading(text: string): boolean {
  const t = text.trim();
  return /^\p{Lu}/u.test(t) && t.length <= 40 && !/[.,;:!?]$/.test(t) && t.split(/\s+/).length <= 4;
}
