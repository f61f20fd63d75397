/**
 * A table of an assembled report: every cell keeps the figure as given beside the figure the
 * system computes, and what is shown (the given one, else the computed one). Renderers print
 * `shown`; the checker reads `shown` as printed; the editor can mark cells whose given figure
 * is not the computed one.
 */
import type { ColumnRole, RowRole, TableKind } from '../checks/check-document.ts';
import { formatNumber } from '../numbers/swedish-format.ts';
import type { ColumnType } from './template.ts';

export interface ReportCell {
  given: string | null;
  /** The system's figure, formatted as it would print it ("−0,5"), or null. */
  computed: string | null;
  /** Printed: `given` when given, else `computed`. */
  shown: string | null;
  /** Numeric value in effect, or null. */
  value: number | null;
  /** The given figure is not what the system computes (at the given figure's precision). */
  differs?: boolean;
}

export interface ReportColumn {
  key: string;
  label: string;
  role?: ColumnRole;
  group?: 'period' | 'full-year';
  align: 'left' | 'right';
  type?: ColumnType;
}

export interface ReportRow {
  key: string;
  label: string;
  role?: RowRole;
  /** Block (unit) the row belongs to in a table with blocks. */
  block?: string;
  /** 'sum': result or total, printed bold; 'subheading': a label row without figures. */
  kind?: 'sum' | 'subheading';
  cells: ReportCell[];
  /** For indicator rows: the indicator and its stored values, which consolidation sums. */
  indicator?: { code: string; unit: string; decimals: number; values: Record<string, number> };
}

export interface ReportTable {
  /** "4.3#1": section number and position in the section; assigned with the numbers. */
  id: string;
  caption: string;
  /** Unit of the figures ("mnkr", "tkr") or null when each row says it. */
  unit: string | null;
  kind: TableKind;
  /** Label of the row-header column ("Mått", "Belopp i mnkr"). */
  rowHeader: string;
  columns: ReportColumn[];
  /** Header cells spanning columns above the column labels ("Period", "Helår"), for the figure columns only. */
  headerGroups?: Array<{ label: string; span: number }>;
  rows: ReportRow[];
  consolidation?: { total: string; parts: string[] };
  note?: string;
}

export interface ReportChart {
  kind: 'bar' | 'line';
  caption: string;
  unit: string;
  categories: string[];
  series: Array<{ label: string; values: (number | null)[] }>;
  decimals?: number;
}

/** A figure as the system prints it: Swedish format, a zero as "0" (as the reports print it). */
export function printFigure(value: number | null, decimals: number): string | null {
  if (value === null) return null;
  if (value === 0) return '0';
  return formatNumber(value, { decimals });
}

export function textCell(given: string | null | undefined): ReportCell {
  const g = given === undefined || given === null || given.trim() === '' ? null : given;
  return { given: g, computed: null, shown: g, value: null };
}

export const EMPTY_CELL: ReportCell = { given: null, computed: null, shown: null, value: null };
