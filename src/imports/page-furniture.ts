/**
 * Setting aside what a PDF repeats on its pages or prints at their foot, so it does not leak into
 * the prose: page headers and footers ("Delårsrapport aug 2023-Nämnder 24 (35)", "Bilaga 3… 40
 * (45)", a running "Stadsledningskontoret [Publiceringsdatum]", or our own "Delårsrapport augusti
 * 2023 – Kommunstyrelsen" with "17 (23)" on the same or the next line), numbered footnotes and
 * the link targets a text layer dumps after them, and the blank lines a page break leaves inside
 * a sentence. Kept lines keep their source line numbers.
 */
import { isBlank, type SourceLine } from './source-text.ts';

export type FurnitureKind = 'page-header' | 'footnote' | 'link' | 'page-break';

export interface SetAsideLine extends SourceLine {
  kind: FurnitureKind;
}

export interface Furniture {
  kept: SourceLine[];
  setAside: SetAsideLine[];
}

/** "… 24 (35)", "Sida 3 av 45", "3 (45)". */
const PAGE_NUMBER = /^(?:.*\S\s*)?\b(\d{1,4})\s*\((\d{1,4})\)\s*$|^\s*(?:sida\s+)?(\d{1,4})\s+av\s+(\d{1,4})\s*$/i;
const URL_ONLY = /^\s*https?:\/\/\S+\s*$/;
const FOOTNOTE_START = /^\s*(\d{1,3})\s+\S/;
const ATTACHMENT_START = /^\s*Bilaga\s+\d+\s*$/i;
/** Dotted leaders of a table of contents ("2.1 Definitioner ........ 6"). */
export const TOC_LEADER = /\.{4,}|…{2,}|(?:\. ){4,}/;
/** How far back a footnote's reference mark is looked for. */
const MARK_WINDOW = 80;

export function setAsideFurniture(lines: SourceLine[], pageStartsKnown: boolean): Furniture {
  const kind: (FurnitureKind | null)[] = lines.map(() => null);
  const keepFirst = new Set<number>();
  markPageNumbers(lines, kind);
  markRepeatedHeaders(lines, kind, keepFirst, pageStartsKnown);
  markFootnotes(lines, kind);
  markLinks(lines, kind, pageStartsKnown);
  markPageBreaksInSentences(lines, kind, keepFirst);
  const kept: SourceLine[] = [];
  const setAside: SetAsideLine[] = [];
  lines.forEach((line, i) => {
    const k = kind[i];
    if (k && !keepFirst.has(i)) setAside.push({ ...line, kind: k });
    else kept.push(line);
  });
  return { kept, setAside };
}

function isPageNumberLine(text: string): boolean {
  const m = PAGE_NUMBER.exec(text);
  if (!m) return false;
  const page = Number(m[1] ?? m[3]);
  const total = Number(m[2] ?? m[4]);
  return page >= 1 && page <= total && text.trim().length <= 160;
}

function markPageNumbers(lines: SourceLine[], kind: (FurnitureKind | null)[]): void {
  lines.forEach((line, i) => {
    if (isPageNumberLine(line.text)) kind[i] = 'page-header';
  });
}

/**
 * A line that recurs next to page numbers (or, in a real PDF, at the top or foot of many pages)
 * is a running header. The first occurrence of one holding a placeholder stays in the text:
 * "[Publiceringsdatum]" must still reach the checker once.
 *
 * In a real PDF a page's first and last lines are often body text that recurs too (a chapter
 * heading opening a page, "Kommunstyrelsen är huvudansvarig för målet" under every goal): a line
 * also printed more than once away from the page edges is not a running header. A label printed
 * right against a bare page number ("Delårsrapport augusti 2023 – Kommunstyrelsen" / "17 (23)")
 * is the footer's own, so twice is enough for it.
 */
function markRepeatedHeaders(lines: SourceLine[], kind: (FurnitureKind | null)[], keepFirst: Set<number>, pageStartsKnown: boolean): void {
  const near = new Map<string, Set<number>>();
  const besideBareNumber = new Set<string>();
  const note = (i: number) => {
    if (kind[i] || isBlank(lines[i]!.text)) return;
    const key = headerKey(lines[i]!.text);
    near.set(key, (near.get(key) ?? new Set()).add(i));
  };
  lines.forEach((line, i) => {
    if (kind[i] !== 'page-header') return;
    for (const j of nonBlankAround(lines, i, 2)) note(j);
    if (!BARE_PAGE_NUMBER.test(line.text)) return;
    for (const j of [i - 1, i + 1]) if (lines[j] && !kind[j] && !isBlank(lines[j]!.text)) besideBareNumber.add(headerKey(lines[j]!.text));
  });
  if (pageStartsKnown) {
    const starts = lines.map((l, i) => (l.pageStart ? i : -1)).filter((i) => i >= 0);
    starts.forEach((start, p) => {
      const end = p + 1 < starts.length ? starts[p + 1]! : lines.length;
      for (const j of edgeLines(lines, start, end)) note(j);
    });
  }
  const pages = Math.max(1, lines.filter((l) => l.pageStart).length);
  const elsewhere = pageStartsKnown ? occurrencesAwayFrom(near, lines, kind) : new Map<string, number>();
  for (const [key, found] of near) {
    const indices = [...found].sort((a, b) => a - b);
    if (indices.length < 2 || (pageStartsKnown && !besideBareNumber.has(key) && indices.length < Math.min(3, pages))) continue;
    if ((elsewhere.get(key) ?? 0) > 1) continue;
    for (const i of indices) kind[i] = 'page-header';
    if (!/#/.test(key) && PLACEHOLDER.test(key)) keepFirst.add(indices[0]!);
  }
}

const BARE_PAGE_NUMBER = /^\s*(?:sida\s+)?\d{1,4}\s*(?:\(\d{1,4}\)|av\s+\d{1,4})\s*$/i;
const PLACEHOLDER = /\[[^\]]+\]/;

/** How often each candidate's text stands in the document away from the lines noted for it. */
function occurrencesAwayFrom(near: Map<string, Set<number>>, lines: SourceLine[], kind: (FurnitureKind | null)[]): Map<string, number> {
  const counts = new Map<string, number>();
  lines.forEach((line, i) => {
    if (kind[i] || isBlank(line.text)) return;
    const key = headerKey(line.text);
    const noted = near.get(key);
    if (noted && !noted.has(i)) counts.set(key, (counts.get(key) ?? 0) + 1);
  });
  return counts;
}

/** Numbers vary in a running header ("Sida 3"); a heading's own number tells it from another. */
function headerKey(text: string): string {
  const trimmed = text.trim().replace(/\s+/g, ' ');
  const heading = /^\d{1,2}(?:\.\d{1,2})+\.?\s/.exec(trimmed)?.[0] ?? '';
  return heading + trimmed.slice(heading.length).replace(/\d+/g, '#');
}

function nonBlankAround(lines: SourceLine[], i: number, count: number): number[] {
  const out: number[] = [];
  for (let j = i + 1, n = 0; j < lines.length && n < count && j <= i + 4; j++) {
    if (!isBlank(lines[j]!.text)) {
      out.push(j);
      n++;
    }
  }
  for (let j = i - 1, n = 0; j >= 0 && n < count && j >= i - 4; j--) {
    if (!isBlank(lines[j]!.text)) {
      out.push(j);
      n++;
    }
  }
  return out;
}

function edgeLines(lines: SourceLine[], start: number, end: number): number[] {
  const body: number[] = [];
  for (let j = start; j < end; j++) if (!isBlank(lines[j]!.text)) body.push(j);
  if (body.length <= 4) return [];
  return [...body.slice(0, 2), ...body.slice(-2)];
}

/**
 * Footnotes: "13 Socialdepartementet, …" after a blank line, numbered in sequence, whose mark
 * ("…LVU14", "…kulturer1") stands in the text above. The block runs to the next blank line or
 * page start; inside it the next number starts the next note.
 */
function markFootnotes(lines: SourceLine[], kind: (FurnitureKind | null)[]): void {
  let last = 0;
  let lastAt = -Infinity;
  for (let i = 0; i < lines.length; i++) {
    if (kind[i]) continue;
    // Each attachment numbers its notes from 1.
    if (ATTACHMENT_START.test(lines[i]!.text)) last = 0;
    const m = FOOTNOTE_START.exec(lines[i]!.text);
    if (m && TOC_LEADER.test(lines[i]!.text)) continue;
    if (!m || (i > 0 && !isBlank(lines[i - 1]!.text) && kind[i - 1] === null)) continue;
    const n = Number(m[1]);
    const inSequence = n === last + 1 && i - lastAt < 200;
    if (!(inSequence || ((n === 1 || n === last + 1) && hasMark(lines, i, n)))) continue;
    last = n;
    lastAt = i;
    kind[i] = 'footnote';
    let j = i + 1;
    for (; j < lines.length; j++) {
      const text = lines[j]!.text;
      if (isBlank(text) || lines[j]!.pageStart || kind[j] || URL_ONLY.test(text)) break;
      const next = FOOTNOTE_START.exec(text);
      if (next && Number(next[1]) === last + 1) last++;
      kind[j] = 'footnote';
      lastAt = j;
    }
    i = j - 1;
  }
}

function hasMark(lines: SourceLine[], at: number, n: number): boolean {
  const mark = new RegExp(`(?:\\p{L}|(?<!\\d)[.,;:)”"'’])${n}(?!\\d|,\\d)`, 'u');
  for (let j = at - 1; j >= 0 && j >= at - MARK_WINDOW; j--) {
    if (mark.test(lines[j]!.text)) return true;
  }
  return false;
}

/**
 * URL-only lines a text layer prints for link annotations: right after footnotes or running
 * headers, or (in a text layer, where printed lines end in a space) without the trailing space.
 */
function markLinks(lines: SourceLine[], kind: (FurnitureKind | null)[], pageStartsKnown: boolean): void {
  let previous: FurnitureKind | null | 'text' = null;
  lines.forEach((line, i) => {
    if (isBlank(line.text)) return;
    if (kind[i]) {
      previous = kind[i]!;
      return;
    }
    if (URL_ONLY.test(line.text) && ((previous !== null && previous !== 'text') || (!pageStartsKnown && !/\s$/.test(line.text)))) {
      kind[i] = 'link';
      previous = 'link';
      return;
    }
    previous = 'text';
  });
}

/** Sentence-ending punctuation, possibly followed by a closing quote or bracket. */
const SENTENCE_END = /[.!?:;]["”’)\]]?\s*$/;

/**
 * A sentence that runs over a page break is one paragraph: the blank lines left between its
 * halves by the page's foot and the next page's head are set aside, or a reader would see two
 * paragraphs (and an assignment whose dnr is printed on the next page as one without a dnr).
 * The sentence runs on when the line before the break does not end it and the line after starts
 * in lower case.
 */
function markPageBreaksInSentences(lines: SourceLine[], kind: (FurnitureKind | null)[], keepFirst: Set<number>): void {
  const isText = (i: number) => (!kind[i] || keepFirst.has(i)) && !isBlank(lines[i]!.text);
  let previous = -1;
  for (let i = 0; i < lines.length; i++) {
    if (!isText(i)) continue;
    if (previous >= 0 && i - previous > 1) {
      let furniture = false;
      for (let j = previous + 1; j < i; j++) if (kind[j] === 'page-header') furniture = true;
      if (furniture && !SENTENCE_END.test(lines[previous]!.text) && /^\s*\p{Ll}/u.test(lines[i]!.text)) {
        for (let j = previous + 1; j < i; j++) kind[j] ??= 'page-break';
      }
    }
    previous = i;
  }
}
