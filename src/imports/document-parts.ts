/**
 * A board matter as published is several documents bound together: motions and statements
 * filed by parties, the staff report with its proposed decision, the report itself and its
 * attachments. Each begins with a recognisable line ("Yrkande angående …", "Yttrande angående
 * …", "Ärende nr: 1.1", "Bilaga 2"); the report begins at its first top-level heading.
 */
import type { PartKind } from './import-result.ts';
import { isBlank, type SourceLine } from './source-text.ts';

export interface Part {
  id: string;
  kind: PartKind;
  title: string | null;
  /** Index range [start, end) into the document's lines. */
  start: number;
  end: number;
}

const MOTION_START = /^\s*(?:reviderat\s+)?yrkande\s+angående\b\s*[–-]?\s*(.*)$/i;
const STATEMENT_START = /^\s*yttrande\s+angående\b\s*[–-]?\s*(.*)$/i;
const STAFF_REPORT_START = /^\s*ärende\s+nr\b|^\s*tjänsteutlåtande\s*$/i;
const ATTACHMENT_START = /^\s*bilaga\s+(\d{1,2})\s*$/i;
const FIRST_HEADING = /^\s*1\s+\p{Lu}\p{L}/u;
/** Lines that follow a title in a matter's parts (case matters: "kommunstyrelsen" may end a title). */
const TITLE_STOP = /^\s*(Förslag till beslut|I kommunstyrelsen|I nämnden|Kommunstyrelsen\s*$|Stadsledningskontoret\s*$)/;
/** Short words a title line can end on while the title goes on ("… exploatering i" / "Göteborg"). */
const OPEN_ENDINGS = /\b(i|och|av|för|till|med|om|på|att|som|samt|kring|inom|mot|från|det|den|de|en|ett)\s*$/i;

export function findParts(lines: SourceLine[]): Part[] {
  const parts: Part[] = [];
  const counts = { motion: 0, statement: 0 };
  const open = (kind: PartKind, id: string, start: number, title: string | null) => {
    const last = parts[parts.length - 1];
    if (last) last.end = start;
    if (last && last.end <= last.start) parts.pop();
    parts.push({ id, kind, title, start, end: lines.length });
  };
  open('report', 'report', 0, null);
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i]!.text;
    const current = parts[parts.length - 1]!;
    let m: RegExpExecArray | null;
    if ((m = MOTION_START.exec(text))) {
      open('motion', `motion-${++counts.motion}`, letterheadStart(lines, i, /yrkande/i, floorOf(current)), titleFrom(m[1]!, lines, i));
    } else if ((m = STATEMENT_START.exec(text))) {
      open('statement', `statement-${++counts.statement}`, letterheadStart(lines, i, /yttrande/i, floorOf(current)), titleFrom(m[1]!, lines, i));
    } else if (STAFF_REPORT_START.test(text) && current.kind !== 'staff-report') {
      open('staff-report', 'staff-report', i, titleFrom('', lines, i));
    } else if ((m = ATTACHMENT_START.exec(text))) {
      const n = Number(m[1]);
      const isReport = n === 1 && !parts.some((p) => p.id === 'report' && p.start < i && hasHeading(lines, p));
      if (isReport) open('report', 'report', i, titleFrom('', lines, i));
      else open('attachment', `attachment-${n}`, i, titleFrom('', lines, i));
    } else if (current.kind === 'staff-report' && FIRST_HEADING.test(text) && startsBlock(lines, i)) {
      open('report', 'report', i, null);
    }
  }
  // A report part that never got a heading and holds no text is no part at all.
  return parts.filter((p) => p.kind !== 'report' || p.start < p.end && lines.slice(p.start, p.end).some((l) => !isBlank(l.text)));
}

const LETTERHEAD_LINE = /^\s*(kommunstyrelsen|kommunfullmäktige|[\p{L}-]+nämnden|(?:reviderat\s+)?(?:tilläggs)?yrkande|yttrande|\d{2,4}-\d{1,2}-\d{1,2}|[\p{L}, -]*(?:partiet|demokraterna|erna))\s*$/iu;

/**
 * A party's letterhead (board, "Yrkande", date, parties) may be printed before the title
 * rather than after it. Such a block right above the title belongs to this part, but only if it
 * names the same kind of paper: the seed's "Reviderat yrkande" block above the statement closes
 * the motion before it.
 */
/** The line before which a letterhead cannot reach: the previous part's own first line. */
function floorOf(part: Part): number {
  return part.kind === 'report' && part.start === 0 ? -1 : part.start;
}

function letterheadStart(lines: SourceLine[], at: number, kind: RegExp, floor: number): number {
  let start = at;
  let named = false;
  for (let j = at - 1; j > floor && j >= at - 12; j--) {
    const text = lines[j]!.text;
    if (isBlank(text)) continue;
    if (!LETTERHEAD_LINE.test(text)) break;
    if (/yrkande|yttrande/i.test(text)) {
      if (!kind.test(text)) return at;
      named = true;
    }
    start = j;
  }
  return named ? start : at;
}

function hasHeading(lines: SourceLine[], part: Part): boolean {
  for (let i = part.start; i < part.end; i++) if (FIRST_HEADING.test(lines[i]!.text)) return true;
  return false;
}

/** A heading stands at a page start or after a blank line, never inside a paragraph. */
export function startsBlock(lines: SourceLine[], i: number): boolean {
  return i === 0 || lines[i]!.pageStart || isBlank(lines[i - 1]!.text);
}

/** The title starting on a part's first line and wrapping over the next few lines. */
function titleFrom(first: string, lines: SourceLine[], at: number): string | null {
  const words: string[] = first.trim() ? [first.trim()] : [];
  for (let j = at + 1; j < lines.length && j <= at + 4; j++) {
    const text = lines[j]!.text.trim();
    if (!text) {
      if (words.length) break;
      continue;
    }
    if (TITLE_STOP.test(text) || ATTACHMENT_START.test(text)) break;
    const previous = words.join(' ');
    if (words.length && !(OPEN_ENDINGS.test(previous) || /^\p{Ll}/u.test(text) || /^\d{4}\b/.test(text))) break;
    words.push(text);
  }
  const title = words.join(' ').replace(/\s+/g, ' ').trim();
  return title || null;
}
