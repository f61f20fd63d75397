/**
 * Numbered headings ("2.2.1 Andelen utbildad personal …") turn a part into sections. A heading
 * starts a block (after a blank line or at a page top), its number continues the numbering
 * plausibly, and its title may wrap over a few lines. A table of contents ("Innehåll", dotted
 * leaders) is front matter, not headings.
 */
import { startsBlock, type Part } from './document-parts.ts';
import { TOC_LEADER } from './page-furniture.ts';
import { isBlank, type SourceLine } from './source-text.ts';

export interface Heading {
  number: string;
  /** A second number printed on the same heading ("3.3.3.2 3.4.4.2"). */
  extraNumber: string | null;
  /** The title as printed after the (first) number, wrapped lines joined. */
  title: string;
  /** Index of the heading's first line; title lines run to `bodyStart`. */
  index: number;
  bodyStart: number;
}

export interface Section {
  part: Part;
  number: string | null;
  heading: Heading | null;
  title: string;
  /** Index range [start, end) of the section's body lines. */
  start: number;
  end: number;
}

const HEADING = /^\s*(\d{1,2}(?:\.\d{1,2}){0,5})\s+(?:(\d{1,2}(?:\.\d{1,2}){1,5})\s+)?(\p{Lu}.*)$/u;
const TOC_START = /^\s*(innehåll|innehållsförteckning)\s*$/i;
const OPEN_ENDINGS = /\b(i|och|av|för|till|med|om|på|att|som|samt|kring|inom|mot|från|vid|under)\s*$/i;
const MAX_TITLE_LINES = 5;

export function findSections(lines: SourceLine[], parts: Part[]): Section[] {
  const sections: Section[] = [];
  for (const part of parts) {
    const headings = findHeadings(lines, part);
    const firstStart = headings[0]?.index ?? part.end;
    sections.push({ part, number: null, heading: null, title: part.title ?? '', start: part.start, end: firstStart });
    headings.forEach((h, k) => {
      const end = k + 1 < headings.length ? headings[k + 1]!.index : part.end;
      sections.push({ part, number: h.number, heading: h, title: h.extraNumber ? `${h.extraNumber} ${h.title}` : h.title, start: h.bodyStart, end });
    });
  }
  return sections;
}

function findHeadings(lines: SourceLine[], part: Part): Heading[] {
  const headings: Heading[] = [];
  let tocFirst: string | null | undefined; // undefined: no TOC open; null: TOC open, no entry yet
  for (let i = part.start; i < part.end; i++) {
    const text = lines[i]!.text;
    if (TOC_START.test(text)) {
      tocFirst = null;
      continue;
    }
    const m = HEADING.exec(text);
    if (!m || text.trim().length > 140) continue;
    const number = m[1]!;
    if (tocFirst !== undefined) {
      if (tocFirst === null) tocFirst = number;
      else if (number === tocFirst && !TOC_LEADER.test(text) && startsBlock(lines, i) && !/\s\d{1,3}\s*$/.test(text)) tocFirst = undefined;
      if (tocFirst !== undefined) continue;
    }
    if (TOC_LEADER.test(text) || !startsBlock(lines, i) || !plausible(number, headings[headings.length - 1]?.number)) continue;
    const { title, next } = wrappedTitle(lines, i, m[3]!, part.end);
    headings.push({ number, extraNumber: m[2] ?? null, title, index: i, bodyStart: next });
    i = next - 1;
  }
  return headings;
}

/** Follows the numbering: a sibling, a child one level down, or a later top-level number. */
function plausible(number: string, previous: string | undefined): boolean {
  const parts = number.split('.').map(Number);
  if (parts.some((p) => p < 1)) return false;
  if (!previous) return parts.length <= 2;
  const prev = previous.split('.').map(Number);
  if (parts.length > prev.length + 1) return false;
  return parts[0]! >= prev[0]! && parts[0]! <= prev[0]! + 2;
}

function wrappedTitle(lines: SourceLine[], at: number, first: string, end: number): { title: string; next: number } {
  let title = first.trim();
  let j = at + 1;
  for (; j < end && j <= at + MAX_TITLE_LINES; j++) {
    const text = lines[j]!.text.trim();
    if (isBlank(text) || /[.?!:]$/.test(title) || HEADING.test(text) || text.length > 90) break;
    if (!(/^\p{Ll}/u.test(text) || OPEN_ENDINGS.test(title))) break;
    title = `${title} ${text}`;
  }
  return { title: title.replace(/\s+/g, ' '), next: j };
}
