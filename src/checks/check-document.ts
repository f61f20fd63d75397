/**
 * What the report checker reads: a report reduced to numbered sections with their prose and
 * tables whose cells keep the figure *as printed* next to its value. Both the structured report
 * (src/reports) and an imported PDF/text (src/imports) are turned into this shape, so one set
 * of rules serves both.
 */
import { parseFigure } from '../numbers/swedish-parse.ts';

export interface CheckDocument {
  /** Sections in document order. Text before the first numbered heading has number null. */
  sections: CheckSection[];
  tables: CheckTable[];
}

export interface CheckSection {
  /** "4.3.1", or null for unnumbered parts (preamble, attachment front matter). */
  number: string | null;
  title: string;
  /** Which part of a matter it belongs to, e.g. "report", "attachment-3". */
  part?: string;
  /** Prose lines in order, without page headers/footers. */
  lines: SourceLine[];
  /** Line of the heading in the source document, when known. */
  line?: number;
}

export interface SourceLine {
  text: string;
  /** 1-based line number in the source document, when known. */
  line?: number;
}

export type TableKind =
  | 'financial-statement'
  | 'central-funds'
  | 'indicators'
  | 'time-series'
  | 'survey'
  | 'generic';

export type ColumnRole =
  | 'actual'
  | 'budget'
  | 'variance'
  | 'actual-last-year'
  | 'forecast'
  | 'previous-forecast'
  | 'outcome-last-year'
  | 'change'
  | 'change-percent'
  | 'organisation'
  | 'year'
  | 'other';

export type RowRole = 'income' | 'costs' | 'allocation' | 'internal-grants' | 'result' | 'sum' | 'other';

export interface CheckTable {
  /** Stable id within the document, e.g. "3.2.1#1". */
  id: string;
  /** Number of the section the table stands in. */
  section: string | null;
  title: string;
  /** Unit of the figures: "mnkr", "tkr", "mkr", "kr", "%", "count", "fte" … or null. */
  unit: string | null;
  kind: TableKind;
  columns: CheckColumn[];
  rows: CheckRow[];
  /**
   * For a table with blocks per unit (e.g. 4.3: the whole board, then SLK, political activity …):
   * the block that should equal the sum of the others.
   */
  consolidation?: { total: string; parts: string[] };
  line?: number;
  /**
   * Part of the matter the table stands in (as `CheckSection.part`); needed for tables in
   * unnumbered parts such as an attachment's "Tabell 1". Absent means the part of its section.
   */
  part?: string;
  /**
   * The unit a table without blocks is about ("Kommunstyrelsen", "SLK"). Absent means the
   * organisation as a whole, i.e. the same figures as a consolidated table's total block.
   */
  subject?: string;
}

export interface CheckColumn {
  label: string;
  role?: ColumnRole;
  /** "period" or "full-year" in financial statements. */
  group?: 'period' | 'full-year';
}

export interface CheckRow {
  label: string;
  role?: RowRole;
  /** Block of a consolidated table this row belongs to (e.g. "SLK"). */
  block?: string;
  /** One cell per column, same order as `columns`. */
  cells: CheckCell[];
  line?: number;
}

export interface CheckCell {
  /** The cell exactly as printed ("-370,7", "10 (260 tkr)", "oklart"), or null when empty. */
  printed: string | null;
  /** Its numeric value, or null when empty or unknown. */
  value: number | null;
  /** "oklart" and similar: a known-unknown, never zero. */
  unknown?: boolean;
  /** For a count with an amount, like "10 (260 tkr)". */
  amount?: { value: number | null; unit: string };
}

/**
 * A cell as printed, its value read by the shared parser (`readAs` when the printed text
 * needs tidying first); a blank cell is empty.
 */
export function checkCell(printed: string | null, readAs?: string): CheckCell {
  if (printed === null || printed.trim() === '') return { printed: null, value: null };
  const figure = parseFigure(readAs ?? printed);
  return {
    printed,
    value: figure.value,
    ...(figure.unknown ? { unknown: true } : {}),
    ...(figure.amount ? { amount: figure.amount } : {}),
  };
}

export type FindingKind =
  | 'arithmetic'
  | 'cross-table'
  | 'text-table'
  | 'rounding'
  | 'placeholder'
  | 'cross-reference'
  | 'numbering'
  | 'draft-note';

export interface Finding {
  /** Stable rule id, e.g. "variance-equals-actual-minus-budget". */
  rule: string;
  kind: FindingKind;
  severity: 'error' | 'warning';
  /** Swedish, for the person fixing the report. */
  message: string;
  where: {
    section: string | null;
    table?: string;
    /** Block of a table with blocks per unit (e.g. "SLK"), since row labels repeat per block. */
    block?: string;
    row?: string;
    column?: string;
    line?: number;
    /** Part of the matter ("report", "attachment-3"), when not the report itself. */
    part?: string;
  };
  /** The figures or text involved, exactly as printed. */
  values: string[];
}
