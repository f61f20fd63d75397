/**
 * Finding the tables of a report and its attachments: a column header the vocabulary knows
 * (financial statements, key figures, central funds, time series), a "Tabell N:" caption
 * (surveys, one column per organisation), and runs of narrow lines no reader could take for
 * prose (text tables, kept line by line in `unparsed`).
 */
import type { CheckColumn, CheckTable, TableKind } from '../checks/check-document.ts';
import type { ImportWarning } from './import-result.ts';
import type { Section } from './section-headings.ts';
import { isBlank, type SourceLine } from './source-text.ts';
import { headerAt, type TableHeader } from './table-header.ts';
import { parseRows, type ParsedRow } from './table-rows.ts';
import { isValueToken, tokenize } from './table-values.ts';
import type { DocumentWords } from './word-mending.ts';

export interface FoundTable {
  table: CheckTable;
  part: string;
  /** Line indexes the table takes from the prose. */
  claimed: number[];
  /** Text tables keep their lines in the prose as well. */
  keepsProse: boolean;
  unparsed: string[];
}

const CAPTION = /^\s*Tabell\s+(\d{1,3})\s*[:.–-]\s*(.*)$/i;
/** A text table: this many narrow lines in a row. */
const TEXT_TABLE_MIN_LINES = 12;
const NARROW = 60;

export function findTables(lines: SourceLine[], sections: Section[], words: DocumentWords, warnings: ImportWarning[]): FoundTable[] {
  const found: FoundTable[] = [];
  const counters = new Map<string, number>();
  const nextId = (section: Section) => {
    const key = section.part.id === 'report' ? section.number ?? 'report' : section.part.id;
    const n = (counters.get(key) ?? 0) + 1;
    counters.set(key, n);
    return `${key}#${n}`;
  };
  for (const section of sections) {
    if (section.part.kind !== 'report' && section.part.kind !== 'attachment') continue;
    const claimed = new Set<number>();
    const stopAt = (k: number) => CAPTION.test(lines[k]!.text) || headerAt(lines, k, section.end) !== null;
    for (let i = section.start; i < section.end; i++) {
      const caption = CAPTION.exec(lines[i]!.text);
      const table = caption
        ? surveyTable(lines, i, section, words, stopAt, warnings)
        : vocabularyTable(lines, i, section, stopAt, warnings);
      if (!table) continue;
      table.table.id = nextId(section);
      table.claimed.forEach((k) => claimed.add(k));
      found.push(table);
      i = table.claimed.reduce((m, k) => Math.max(m, k), i);
    }
    for (const text of textTables(lines, section, claimed)) {
      text.table.id = nextId(section);
      found.push(text);
    }
  }
  return found;
}

function vocabularyTable(lines: SourceLine[], at: number, section: Section, stopAt: (k: number) => boolean, warnings: ImportWarning[]): FoundTable | null {
  const header = headerAt(lines, at, section.end);
  if (!header) return null;
  const columns: CheckColumn[] = header.columns.map((c) => ({ label: c.label, role: c.role, ...(c.group ? { group: c.group } : {}) }));
  const financial = header.columns.some((c) => c.role === 'budget' || c.role === 'variance' || c.role === 'forecast');
  const parsed = parseRows(lines, header.end, section.end, { columns: columns.length, blocks: financial, stopAt }, warnings);
  if (parsed.rows.length === 0) return null;
  const titleLine = titleLineBefore(lines, header.start, section.start);
  const title = titleLine !== null ? lines[titleLine]!.text.trim() : header.labelColumn && header.labelColumn !== 'Mått' ? header.labelColumn : groupTitle(section.title, header);
  const kind = tableKind(header, parsed.rows, section.title);
  const table: CheckTable = {
    id: '',
    section: section.number,
    title,
    unit: kind === 'indicators' ? null : header.unit,
    kind,
    columns,
    rows: parsed.rows.map((r) => ({ label: r.label, role: r.role, ...(r.block ? { block: r.block } : {}), cells: r.cells, line: r.line })),
    line: lines[header.start]!.line,
  };
  const consolidation = consolidationOf(parsed.rows);
  if (consolidation) table.consolidation = consolidation;
  const claimed = range(header.start, parsed.end);
  if (titleLine !== null) claimed.push(titleLine);
  return { table, part: section.part.id, claimed, keepsProse: false, unparsed: parsed.unparsed.map((u) => u.text) };
}

function tableKind(header: TableHeader, rows: ParsedRow[], sectionTitle: string): TableKind {
  const roles = new Set(rows.map((r) => r.role));
  if (header.columns.filter((c) => c.role === 'year').length >= 3) return 'time-series';
  if (header.labelColumn === 'Kommuncentral post' || /kommuncentral/i.test(sectionTitle)) return 'central-funds';
  if (['income', 'costs', 'result'].filter((r) => roles.has(r as never)).length >= 2) return 'financial-statement';
  if (header.columns.some((c) => c.role === 'change' || c.role === 'change-percent') || header.labelColumn || /mått|nyckeltal/i.test(sectionTitle)) return 'indicators';
  return 'generic';
}

/**
 * The block that should equal the others' sum: the first block (4.3's "Hela
 * kommunledningen"), summing the later blocks that close with a result row. A breakdown such
 * as "Insatsområden", which closes with "Summa", is not one of the parts.
 */
function consolidationOf(rows: ParsedRow[]): { total: string; parts: string[] } | undefined {
  const blocks: string[] = [];
  for (const r of rows) if (r.block && !blocks.includes(r.block)) blocks.push(r.block);
  if (blocks.length < 3) return undefined;
  const parts = blocks.slice(1).filter((b) => rows.some((r) => r.block === b && r.role === 'result'));
  return parts.length >= 2 ? { total: blocks[0]!, parts } : undefined;
}

/** A short caption line just above the header ("Resultatredovisning i sammandrag"). */
function titleLineBefore(lines: SourceLine[], at: number, floor: number): number | null {
  for (let k = at - 1; k >= floor; k--) {
    const text = lines[k]!.text.trim();
    if (!text) continue;
    const tokens = tokenize(text, k);
    if (text.length > 60 || /[.:;]$/.test(text) || tokens.some(isValueToken)) return null;
    return k;
  }
  return null;
}

function groupTitle(sectionTitle: string, header: TableHeader): string {
  const groups = [...new Set(header.groups)];
  if (groups.length !== 1) return sectionTitle;
  return `${sectionTitle}, ${groups[0] === 'period' ? 'perioden' : 'helår'}`;
}

/** "Tabell 1: …", then one header paragraph per column, then rows of figures. */
function surveyTable(lines: SourceLine[], at: number, section: Section, words: DocumentWords, stopAt: (k: number) => boolean, warnings: ImportWarning[]): FoundTable | null {
  const paragraphs: { texts: string[]; start: number }[] = [];
  let rowStart = -1;
  for (let k = at + 1; k < section.end && k < at + 80; k++) {
    const text = lines[k]!.text.trim();
    if (!text) continue;
    const tokens = tokenize(text, k);
    if (tokens.filter(isValueToken).length >= 2 || (tokens.length > 0 && isValueToken(tokens[0]!) && paragraphs.length > 2)) {
      rowStart = k;
      break;
    }
    if (isBlank(lines[k - 1]!.text) || paragraphs.length === 0) paragraphs.push({ texts: [], start: k });
    paragraphs[paragraphs.length - 1]!.texts.push(text);
  }
  if (rowStart < 0 || paragraphs.length < 3) return null;
  const firstTokens = tokenize(lines[rowStart]!.text.trim(), rowStart);
  // A row whose figures stand alone had its label in the last paragraph.
  if (isValueToken(firstTokens[0]!)) rowStart = paragraphs.pop()!.start;
  const labels = paragraphs.slice(1).map((p) => words.mend(p.texts));
  const columns: CheckColumn[] = labels.map((label) => ({ label, role: 'organisation' }));
  const parsed = parseRows(lines, rowStart, section.end, { columns: columns.length, blocks: false, stopAt }, warnings);
  if (parsed.rows.length === 0) return null;
  const caption = CAPTION.exec(lines[at]!.text)!;
  const table: CheckTable = {
    id: '',
    section: section.number,
    title: `Tabell ${caption[1]}: ${caption[2]!.trim()}`.replace(/:\s*$/, ''),
    unit: null,
    kind: 'survey',
    columns,
    rows: parsed.rows.map((r) => ({ label: words.mend([r.label]), role: r.role, cells: r.cells, line: r.line })),
    line: lines[at]!.line,
  };
  return { table, part: section.part.id, claimed: range(at, parsed.end), keepsProse: false, unparsed: parsed.unparsed.map((u) => u.text) };
}

/** Runs of narrow lines (cells of a text table), kept whole in `unparsed`. */
function textTables(lines: SourceLine[], section: Section, claimed: Set<number>): FoundTable[] {
  const out: FoundTable[] = [];
  let run: number[] = [];
  const close = () => {
    const narrow = run.filter((k) => lines[k]!.text.trim().length <= 40).length;
    if (run.length >= TEXT_TABLE_MIN_LINES && narrow >= 0.8 * run.length) {
      const table: CheckTable = { id: '', section: section.number, title: section.title, unit: null, kind: 'generic', columns: [], rows: [], line: lines[run[0]!]!.line };
      out.push({ table, part: section.part.id, claimed: run, keepsProse: true, unparsed: run.map((k) => lines[k]!.text.trim()) });
    }
    run = [];
  };
  for (let k = section.start; k < section.end; k++) {
    const text = lines[k]!.text.trim();
    if (!text) continue;
    const listLike = /^([•\-–*]|\d{1,2}[.)])\s/.test(text);
    if (claimed.has(k) || listLike || text.length > NARROW) close();
    else run.push(k);
  }
  close();
  return out;
}

function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let k = from; k < to; k++) out.push(k);
  return out;
}
