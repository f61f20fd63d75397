/**
 * Reading a financial statement table the way the rules need it: blocks per unit, the rows
 * that make up a result, cost breakdowns ending in a "Summa" row, columns by role, and each
 * cell as a Figure with the precision it stands for.
 */
import type { CheckCell, CheckColumn, CheckRow, CheckTable, ColumnRole, RowRole } from './check-document.ts';
import { decimalsOf, type Figure } from './tolerance.ts';
import { canonicalUnit, WHOLE } from './unit-names.ts';

export const STATEMENT_ROLES: readonly RowRole[] = ['income', 'costs', 'allocation', 'internal-grants', 'result'];
/** Rows whose sum is the result. */
export const RESULT_TERMS: readonly RowRole[] = ['income', 'costs', 'allocation', 'internal-grants'];
/** Columns that are differences, not amounts: their sign says nothing about income or cost. */
const DIFFERENCE_COLUMNS: readonly ColumnRole[] = ['variance', 'change', 'change-percent'];

export interface Block {
  /** The block label as printed, or null for a table without blocks. */
  name: string | null;
  /** Canonical unit (see unit-names.ts). */
  unit: string;
  /** Rows of the statement proper: income, costs, allocation, internal grants, result. */
  statement: CheckRow[];
  /** Cost breakdowns: runs of item rows closed by a "sum" row. */
  breakdowns: Breakdown[];
}

export interface Breakdown {
  items: CheckRow[];
  sum: CheckRow;
}

export function isStatementRow(row: CheckRow): boolean {
  return row.role !== undefined && STATEMENT_ROLES.includes(row.role);
}

/** Whether a row prints no figure at all (a sub-heading such as "Insatsområden"). */
export function isEmptyRow(row: CheckRow): boolean {
  return row.cells.every((cell) => cell.printed === null || cell.printed.trim() === '');
}

/**
 * Blocks in order. Consecutive rows with the same `block` form one block, even when the report
 * prints the block label twice (4.3 prints "Personal- och kompetensförsörjning" over both its
 * statement and its breakdown by area).
 */
export function blocksOf(table: CheckTable): Block[] {
  const blocks: Block[] = [];
  let current: Block | undefined;
  let pendingItems: CheckRow[] = [];
  for (const row of table.rows) {
    const name = row.block ?? null;
    if (!current || current.name !== name) {
      current = { name, unit: unitOfBlock(table, name), statement: [], breakdowns: [] };
      blocks.push(current);
      pendingItems = [];
    }
    if (isStatementRow(row)) {
      current.statement.push(row);
      pendingItems = [];
    } else if (row.role === 'sum') {
      current.breakdowns.push({ items: pendingItems, sum: row });
      pendingItems = [];
    } else if (isEmptyRow(row)) {
      pendingItems = [];
    } else {
      pendingItems.push(row);
    }
  }
  return blocks;
}

function unitOfBlock(table: CheckTable, name: string | null): string {
  if (name === null) return table.subject ? canonicalUnit(table.subject) : WHOLE;
  if (table.consolidation?.total === name) return WHOLE;
  return canonicalUnit(name);
}

export function rowOfRole(block: Block, role: RowRole): CheckRow | undefined {
  return block.statement.find((row) => row.role === role);
}

export function columnsOf(table: CheckTable, role: ColumnRole, group?: CheckColumn['group']): number[] {
  const found: number[] = [];
  table.columns.forEach((column, i) => {
    if (column.role === role && (group === undefined || column.group === group)) found.push(i);
  });
  return found;
}

export function isDifferenceColumn(column: CheckColumn | undefined): boolean {
  return column?.role !== undefined && DIFFERENCE_COLUMNS.includes(column.role);
}

/**
 * The figure of a cell, or null when nothing or an unknown is printed. A bare "0" or "66" in
 * rows printed to one decimal stands for 0,0 or 66,0: its precision is that of its rows.
 */
export function figureOf(cell: CheckCell | undefined, precision: number): Figure | null {
  if (!cell || cell.printed === null || cell.value === null || cell.unknown) return null;
  return { printed: cell.printed, value: cell.value, decimals: Math.max(decimalsOf(cell.printed), precision) };
}

/** The most decimals printed among some rows: the precision their bare integers stand for. */
export function precisionOf(rows: readonly CheckRow[]): number {
  let max = 0;
  for (const row of rows) for (const cell of row.cells) if (cell.printed) max = Math.max(max, decimalsOf(cell.printed));
  return max;
}

/**
 * The value to compute with. Costs are negative everywhere; a cost printed without its minus
 * sign is reported once by the sign rule and read as negative by the sums, so one lost minus
 * sign does not also surface as a wrong sum and a wrong consolidation.
 */
export function computingValue(row: CheckRow, column: CheckColumn | undefined, figure: Figure): number {
  if (row.role === 'costs' && figure.value > 0 && !isDifferenceColumn(column)) return -figure.value;
  return figure.value;
}
