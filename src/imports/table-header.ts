/**
 * Column headers of report tables. A text layer breaks them anywhere ("Budg" / "et", "Progn" /
 * "os", "Aktuell" / "period (ack" / "sedan" …), so headers are read with spaces and line breaks
 * removed and matched against a vocabulary of the column names Swedish reports use. A run of
 * lines the vocabulary consumes completely, with at least two value columns, is a header; prose
 * never is.
 */
import type { ColumnRole } from '../checks/check-document.ts';
import { isBlank, type SourceLine } from './source-text.ts';

export type Group = 'period' | 'full-year';

export interface HeaderColumn {
  label: string;
  role: ColumnRole;
  group: Group | null;
  /** A year named in the label ("Utfall helår 2021"), for time series. */
  year?: number;
}

export interface TableHeader {
  columns: HeaderColumn[];
  unit: string | null;
  /** "Perioden", "Helår" … printed over the columns, in order. */
  groups: Group[];
  /** The header names the row-label column ("Mått", "Kommuncentral post"). */
  labelColumn: string | null;
  /** Index range [start, end) of the header lines. */
  start: number;
  end: number;
}

type Item =
  | { type: 'columns'; columns: HeaderColumn[] }
  | { type: 'unit'; unit: string }
  | { type: 'group'; group: Group }
  | { type: 'label'; label: string };

interface Word {
  pattern: RegExp;
  make: (m: RegExpExecArray) => Item;
}

const column = (label: string, role: ColumnRole, group: Group | null = null, year?: number): Item => ({
  type: 'columns',
  columns: [{ label, role, group, ...(year ? { year } : {}) }],
});
const MONTHS = 'jan|feb|mar|apr|maj|jun|jul|aug|sep|okt|nov|dec';

/** Matched against the header with whitespace removed and in lower case; longest match wins. */
const VOCABULARY: Word[] = [
  { pattern: /\(?beloppi(mnkr|mkr|tkr|kr)\)?/y, make: (m) => ({ type: 'unit', unit: m[1]! }) },
  { pattern: /perioden|period(?!\d)/y, make: () => ({ type: 'group', group: 'period' }) },
  { pattern: /helåret|helår/y, make: () => ({ type: 'group', group: 'full-year' }) },
  { pattern: /mått/y, make: () => ({ type: 'label', label: 'Mått' }) },
  { pattern: /kommuncentralpost/y, make: () => ({ type: 'label', label: 'Kommuncentral post' }) },
  { pattern: /nyckeltal/y, make: () => ({ type: 'label', label: 'Nyckeltal' }) },
  // 2.1.1 prints "6,3 mnkr (+3,5%)": the figure with its change in percent, one cell.
  { pattern: /utfallperiodenjämförtmedsammaperiodföregåendeår/y, make: () => column('Utfall perioden jämfört med samma period föregående år', 'actual', 'period') },
  { pattern: /prognoshelårjämförtmedhelårföregåendeår/y, make: () => column('Prognos helår jämfört med helår föregående år', 'forecast', 'full-year') },
  { pattern: /aktuellperiod(?:\(acksedanåretsbörjan\)|\(ack\.?\))?/y, make: () => column('Aktuell period (ack sedan årets början)', 'actual', 'period') },
  { pattern: /motsvarandeperiodföregåendeår|motsvarandeperiodfgår/y, make: () => column('Motsvarande period föregående år', 'actual-last-year', 'period') },
  { pattern: new RegExp(`utfall(${MONTHS})[a-zåäö]*[-–](${MONTHS})[a-zåäö]*(\\d{4})`, 'y'), make: (m) => column(`Utfall ${m[1]}–${m[2]} ${m[3]}`, 'actual', 'period', Number(m[3])) },
  { pattern: /utfallhelår(\d{4})/y, make: (m) => column(`Utfall helår ${m[1]}`, 'outcome-last-year', 'full-year', Number(m[1])) },
  { pattern: /utfall(\d{4})/y, make: (m) => column(`Utfall ${m[1]}`, 'outcome-last-year', 'full-year', Number(m[1])) },
  { pattern: /utfallperioden/y, make: () => column('Utfall perioden', 'actual', 'period') },
  { pattern: /utfall(?:fg|föregående)år/y, make: () => column('Utfall fg år', 'actual-last-year', 'period') },
  { pattern: /utfall/y, make: () => column('Utfall', 'actual') },
  { pattern: /budgeteratbeloppheår|budgeteratbelopphelår/y, make: () => column('Budgeterat belopp helår', 'budget', 'full-year') },
  { pattern: /budget(\d{4})/y, make: (m) => column(`Budget ${m[1]}`, 'budget', 'full-year', Number(m[1])) },
  { pattern: /budget/y, make: () => column('Budget', 'budget') },
  { pattern: /avvikelse/y, make: () => column('Avvikelse', 'variance') },
  { pattern: /prognoshelår/y, make: () => column('Prognos helår', 'forecast', 'full-year') },
  { pattern: /prognos(\d{4})/y, make: (m) => column(`Prognos ${m[1]}`, 'forecast', 'full-year', Number(m[1])) },
  { pattern: /(?:fg|föregående)prognos/y, make: () => column('Fg prognos', 'previous-forecast') },
  { pattern: /prognos/y, make: () => column('Prognos', 'forecast') },
  { pattern: /bokslut(?:fg|föregående)år/y, make: () => column('Bokslut fg år', 'outcome-last-year', 'full-year') },
  { pattern: /bokslut(\d{4})/y, make: (m) => column(`Bokslut ${m[1]}`, 'outcome-last-year', 'full-year', Number(m[1])) },
];

export function normaliseHeader(text: string): string {
  return text.toLowerCase().replace(/[\s\u00a0]+/g, '');
}

/** Parses a whole normalised header; null if some of it is not header vocabulary. */
function parseItems(text: string): Item[] | null {
  const items: Item[] = [];
  let at = 0;
  while (at < text.length) {
    let best: { length: number; item: Item } | null = null;
    for (const word of VOCABULARY) {
      word.pattern.lastIndex = at;
      const m = word.pattern.exec(text);
      if (m && m[0].length > 0 && (!best || m[0].length > best.length)) best = { length: m[0].length, item: word.make(m) };
    }
    if (!best) return null;
    items.push(best.item);
    at += best.length;
  }
  return items;
}

/** How every vocabulary word begins: a cheap test before trying a header at a line. */
const HEADER_STARTS = ['(belopp', 'belopp', 'period', 'helår', 'mått', 'kommuncentralpost', 'nyckeltal', 'utfall', 'aktuellperiod', 'motsvarandeperiod', 'budget', 'avvikelse', 'prognos', 'fgprognos', 'föregåendeprognos', 'bokslut'];

function mayStartHeader(text: string): boolean {
  const t = normaliseHeader(text);
  return HEADER_STARTS.some((s) => t.startsWith(s) || s.startsWith(t));
}

/** Lines a header may run over before its text is whole again ("Aktuell" … "början)"). */
const MAX_OPEN_LINES = 6;
const MAX_HEADER_LINES = 40;

/** The header starting at line `at`, if one does. */
export function headerAt(lines: SourceLine[], at: number, end: number): TableHeader | null {
  const first = lines[at]!.text;
  if (isBlank(first) || first.trim().length > 90 || !mayStartHeader(first)) return null;
  let text = '';
  let complete: { items: Item[]; end: number } | null = null;
  let open = 0;
  for (let j = at; j < end && j < at + MAX_HEADER_LINES; j++) {
    const line = lines[j]!.text;
    if (isBlank(line)) continue;
    if (line.trim().length > 90) break;
    text += normaliseHeader(line);
    const items = parseItems(text);
    if (items) {
      complete = { items, end: j + 1 };
      open = 0;
    } else if (++open > MAX_OPEN_LINES) break;
  }
  if (!complete) return null;
  const header = assemble(complete.items, at, complete.end);
  return header.columns.length >= 2 ? header : null;
}

function assemble(items: Item[], start: number, end: number): TableHeader {
  const columns: HeaderColumn[] = [];
  const groups: Group[] = [];
  let unit: string | null = null;
  let labelColumn: string | null = null;
  for (const item of items) {
    if (item.type === 'columns') columns.push(...item.columns.map((c) => ({ ...c })));
    else if (item.type === 'unit') unit = item.unit;
    else if (item.type === 'group') groups.push(item.group);
    else labelColumn = item.label;
  }
  assignGroups(columns, groups);
  markTimeSeries(columns);
  return { columns, unit, groups, labelColumn, start, end };
}

const PERIOD_ROLES = new Set<ColumnRole>(['actual', 'variance', 'actual-last-year']);
const FULL_YEAR_ROLES = new Set<ColumnRole>(['forecast', 'previous-forecast', 'outcome-last-year']);

/**
 * "Period" and "Helår" printed over the columns: with one of them every column belongs to it;
 * with both, outcome columns are the period's and forecast columns the full year's, and a
 * budget column belongs to whichever side it stands on.
 */
function assignGroups(columns: HeaderColumn[], groups: Group[]): void {
  const distinct = [...new Set(groups)];
  let seenFullYear = false;
  for (const c of columns) {
    if (c.group) {
      if (c.group === 'full-year') seenFullYear = true;
      continue;
    }
    if (distinct.length === 1) c.group = distinct[0]!;
    else if (distinct.length === 2) {
      if (PERIOD_ROLES.has(c.role)) c.group = 'period';
      else if (FULL_YEAR_ROLES.has(c.role)) c.group = 'full-year';
      else c.group = seenFullYear ? 'full-year' : 'period';
    }
    if (c.group === 'full-year') seenFullYear = true;
  }
}

/** Three or more columns named by year are a time series: their role is the year. */
function markTimeSeries(columns: HeaderColumn[]): void {
  if (columns.filter((c) => c.year).length < 3) return;
  for (const c of columns) if (c.year) c.role = 'year';
}
