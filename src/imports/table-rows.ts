/**
 * The rows under a table header. A row is a label (possibly wrapped over lines, possibly on
 * lines of its own before the figures) and one figure per column, possibly broken over lines.
 * In a statement with blocks per unit (4.3) a label line followed by a row with a label of its
 * own names a block ("SLK", "Politisk verksamhet"). A row where one label carries sub-labels
 * ("Årsarbetare SLK 161,4 / Politiken 47,2 / SLK 161,9 …") becomes one row per sub-label.
 * The table ends at a heading, a new header, or prose.
 */
import type { CheckCell, RowRole } from '../checks/check-document.ts';
import type { ImportWarning } from './import-result.ts';
import { isBlank, type SourceLine } from './source-text.ts';
import { groupCells, isValueToken, toCell, tokenize, type Token } from './table-values.ts';
import { tn } from '../i18n/messages.ts';

export interface ParsedRow {
  label: string;
  role: RowRole;
  block: string | null;
  cells: CheckCell[];
  line: number;
}

export interface RowOptions {
  /** Number of cells per row (value columns). */
  columns: number;
  /** Label lines before a labelled row name a block (financial statements). */
  blocks: boolean;
  /** Stop before this line: the next heading, header or caption. */
  stopAt: (index: number) => boolean;
}

export interface ParsedRows {
  rows: ParsedRow[];
  /** Index after the last line that belongs to the table. */
  end: number;
  unparsed: { text: string; line: number }[];
}

const ROW_ROLES: [RegExp, RowRole][] = [
  [/^intäkter\b/i, 'income'],
  [/^kostnader\b/i, 'costs'],
  [/^kommunbidrag\b/i, 'allocation'],
  [/^kommuninterna\s+bidrag\b/i, 'internal-grants'],
  [/^resultat\b/i, 'result'],
  [/^summa\b|^totalt?\s*$/i, 'sum'],
];
const KNOWN_LABEL = /^(intäkter|kostnader|kommunbidrag|kommuninterna bidrag|resultat|summa)$/i;
const OPEN_ENDING = /(?:[/,-]|\b(?:och|i|av|för|till|med|samt))$/i;
/** A text line this long, or a label this long, is prose: the table has ended. */
const PROSE_LINE = 75;
const MAX_LABEL = 160;

export function rowRole(label: string): RowRole {
  for (const [pattern, role] of ROW_ROLES) if (pattern.test(label.trim())) return role;
  return 'other';
}

interface Pending {
  paragraphs: string[][];
  first: number;
}

export function parseRows(lines: SourceLine[], start: number, end: number, options: RowOptions, warnings: ImportWarning[]): ParsedRows {
  const rows: ParsedRow[] = [];
  const unparsed: { text: string; line: number }[] = [];
  let block: string | null = null;
  let pending: Pending | null = null;
  let tableEnd = start;
  let i = start;
  const addPending = (text: string, index: number) => {
    if (!pending) pending = { paragraphs: [[]], first: index };
    pending.paragraphs[pending.paragraphs.length - 1]!.push(text);
  };
  const pendingText = (p: Pending | null) => (p ? p.paragraphs.map((q) => q.join(' ')).filter(Boolean).join(' ').replace(/\s+/g, ' ').trim() : '');
  /**
   * Label lines before a labelled row name its block. When the label is printed again over a
   * breakdown ("Personal- och kompetensförsörjning" / "Insatsområden"), the first paragraph is
   * the block and the next ones are sub-headings in it: rows without figures.
   */
  const flushAsBlock = () => {
    const p = pending as Pending | null;
    if (!p) return;
    const paragraphs = p.paragraphs.filter((q) => q.length > 0).map((q) => q.join(' ').replace(/\s+/g, ' ').trim());
    block = paragraphs[0] ?? block;
    for (const heading of paragraphs.slice(1)) {
      rows.push({ label: heading, role: rowRole(heading), block, cells: emptyCells(options.columns), line: lines[p.first]!.line });
    }
    pending = null;
  };

  while (i < end) {
    const line = lines[i]!;
    const text = line.text.trim();
    if (isBlank(text)) {
      const p = pending as Pending | null;
      if (p && p.paragraphs[p.paragraphs.length - 1]!.length > 0) p.paragraphs.push([]);
      i++;
      continue;
    }
    if (i > start && options.stopAt(i)) break;
    const tokens = tokenize(text, i);
    const firstValue = tokens.findIndex(isValueToken);
    if (firstValue < 0) {
      // A line of words: a label of what follows, an empty known row, or prose.
      if (options.blocks && KNOWN_LABEL.test(text) && !valuesOnlyNext(lines, i + 1, end)) {
        flushAsBlock();
        rows.push({ label: text, role: rowRole(text), block, cells: emptyCells(options.columns), line: line.line });
        tableEnd = i + 1;
        i++;
        continue;
      }
      if (text.length > PROSE_LINE || pendingText(pending).length + text.length > MAX_LABEL) break;
      addPending(text, i);
      i++;
      continue;
    }
    const labelTokens = tokens.slice(0, firstValue);
    const valueTokens = tokens.slice(firstValue);
    if (valueTokens.some((t) => t.kind === 'word')) break;
    let label = labelTokens.map((t) => t.text).join(' ');
    const before = pendingText(pending);
    if (label && before) {
      // A label line right above ("Kompetens-utveckling" / "IFO/funktionshinder …") continues
      // the label; one set off by a blank line names the block ("SLK" / "" / "Intäkter …").
      const p = pending as Pending | null;
      const adjacent = !!p && p.paragraphs[p.paragraphs.length - 1]!.length > 0;
      if (!options.blocks || adjacent || /^\p{Ll}/u.test(label) || OPEN_ENDING.test(before)) label = `${before} ${label}`;
      else flushAsBlock();
    } else if (!label) label = before;
    if (!label) {
      unparsed.push({ text, line: line.line });
      i++;
      tableEnd = i;
      continue;
    }
    const rowLine = pending ? lines[(pending as Pending).first]!.line : line.line;
    pending = null;
    // Figures broken over the following lines belong to this row until it is full.
    const collected: Token[] = [...valueTokens];
    let j = i + 1;
    const wanted = options.columns;
    const sub = subLabelled(lines, i, j, end, label, collected, wanted, options);
    if (sub) {
      for (const s of sub.rows) rows.push({ ...s, block, role: rowRole(s.label) });
      i = sub.next;
      tableEnd = i;
      continue;
    }
    while (countCells(collected, wanted) < wanted) {
      const k = nextNonBlank(lines, j, end);
      if (k < 0 || options.stopAt(k)) break;
      const more = tokenize(lines[k]!.text.trim(), k);
      if (more.length === 0 || !more.every((t) => isValueToken(t) || t.kind === 'unit')) break;
      collected.push(...more);
      j = k + 1;
    }
    rows.push({ label, role: rowRole(label), block, cells: cellsFor(collected, options, lines[i]!.text, label, line.line, warnings), line: rowLine });
    i = j;
    tableEnd = j;
  }
  // Label lines that never got figures are not the table's: prose resumes there.
  return { rows, end: tableEnd, unparsed };
}

function countCells(tokens: Token[], wanted: number): number {
  return groupCells(tokens, wanted).cells.length;
}

function cellsFor(tokens: Token[], options: RowOptions, firstLine: string, label: string, line: number, warnings: ImportWarning[]): CheckCell[] {
  const { cells: printed, overflow } = groupCells(tokens, options.columns);
  let cells: (string | null)[] = printed;
  if (overflow || cells.length > options.columns) {
    warnings.push({ message: `Raden "${label}" har fler värden (${cells.length}) än tabellen har kolumner (${options.columns}); de sista har utelämnats.`, line });
    cells = cells.slice(0, options.columns);
  } else if (cells.length < options.columns) {
    // Missing cells: a row printed from the right starts with wide indentation.
    const fromRight = /^\s{2,}/.test(firstLine) && cells.length > 0;
    const pad: null[] = new Array(options.columns - cells.length).fill(null);
    cells = fromRight ? [...pad, ...cells] : [...cells, ...pad];
    if (printed.length > 0) {
      warnings.push({ message: `Raden "${label}" har ${tn('sv', 'count.value', cells.length - pad.length)} för ${tn('sv', 'count.column', options.columns)}; de är placerade ${fromRight ? 'längst till höger' : 'från vänster'}, kontrollera.`, line });
    }
  }
  return cells.map((c) => toCell(c));
}

function emptyCells(n: number): CheckCell[] {
  return Array.from({ length: n }, () => ({ printed: null, value: null }));
}

function nextNonBlank(lines: SourceLine[], from: number, end: number): number {
  for (let k = from; k < end; k++) if (!isBlank(lines[k]!.text)) return k;
  return -1;
}

function valuesOnlyNext(lines: SourceLine[], from: number, end: number): boolean {
  const k = nextNonBlank(lines, from, end);
  if (k < 0) return false;
  const tokens = tokenize(lines[k]!.text.trim(), k);
  return tokens.length > 0 && isValueToken(tokens[0]!);
}

/**
 * "Årsarbetare SLK 161,4" / "Politiken" / "47,2" / "SLK 161,9" …: the label's last word comes
 * back as a sub-label, so each sub-label is a row of its own ("Årsarbetare SLK",
 * "Årsarbetare Politiken"), with its figures in column order.
 */
function subLabelled(
  lines: SourceLine[],
  at: number,
  from: number,
  end: number,
  label: string,
  first: Token[],
  wanted: number,
  options: RowOptions,
): { rows: Omit<ParsedRow, 'block' | 'role'>[]; next: number } | null {
  const words = label.split(/\s+/);
  if (words.length < 2 || countCells(first, wanted) >= wanted) return null;
  const firstSub = words[words.length - 1]!;
  const main = words.slice(0, -1).join(' ');
  const values = new Map<string, Token[][]>([[firstSub, [first]]]);
  const order = [firstSub];
  let current = firstSub;
  let j = from;
  let sawReturn = false;
  for (;;) {
    const k = nextNonBlank(lines, j, end);
    if (k < 0 || options.stopAt(k)) break;
    const tokens = tokenize(lines[k]!.text.trim(), k);
    const v = tokens.findIndex(isValueToken);
    const head = tokens.slice(0, v < 0 ? tokens.length : v);
    const rest = v < 0 ? [] : tokens.slice(v);
    if (rest.some((t) => t.kind === 'word') || head.length > 1) break;
    if (head.length === 1) {
      const name = head[0]!.text;
      if (!/^\p{Lu}[\p{L}\d-]{0,20}$/u.test(name)) break;
      if (!values.has(name)) {
        if (order.length >= 4) break;
        values.set(name, []);
        order.push(name);
      } else if (name === firstSub) sawReturn = true;
      current = name;
    }
    if (rest.length > 0) values.get(current)!.push(rest);
    else if (head.length === 0) break;
    j = k + 1;
  }
  if (!sawReturn || order.length < 2) return null;
  const rows = order.map((name) => {
    const groups = values.get(name)!;
    const cells = groups.flatMap((g) => groupCells(g, 1).cells).slice(0, wanted);
    const padded: (string | null)[] = [...cells, ...new Array<null>(Math.max(0, wanted - cells.length)).fill(null)];
    return { label: `${main} ${name}`, cells: padded.map((c) => toCell(c)), line: lines[at]!.line };
  });
  return { rows, next: j };
}
