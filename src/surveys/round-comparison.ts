/**
 * This round beside the previous one ("to follow the development"): rows matched by key,
 * which a new round keeps, and columns by organisation. A change needs both figures; an unknown
 * on either side gives an unknown change.
 */
import { percentChange } from '../numbers/rounding.ts';
import type { AggregateCell, AggregateTable } from './aggregate.ts';
import { MISSING, quantity, type Quantity } from './formula.ts';

export interface CellComparison {
  current: AggregateCell;
  previous: AggregateCell | null;
  change: Quantity;
  /** Change in percent of the previous figure, or null when it is zero or not known. */
  changePercent: number | null;
}

export interface RowComparison {
  key: string;
  label: string;
  cells: CellComparison[];
  total: CellComparison | null;
}

export interface RoundComparison {
  previousSurveyId: string;
  rows: RowComparison[];
}

function compareCells(current: AggregateCell, previous: AggregateCell | null): CellComparison {
  if (!previous) return { current, previous, change: MISSING, changePercent: null };
  const a = current.quantity;
  const b = previous.quantity;
  if (a.kind === 'value' && b.kind === 'value') {
    return { current, previous, change: quantity(Math.round((a.value - b.value) * 1e9) / 1e9), changePercent: percentChange(a.value, b.value) };
  }
  const kind = a.kind === 'unknown' || b.kind === 'unknown' ? 'unknown' : a.kind === 'missing' || b.kind === 'missing' ? 'missing' : 'undefined';
  return { current, previous, change: { kind }, changePercent: null };
}

export function compareRounds(current: AggregateTable, previous: AggregateTable): RoundComparison {
  const previousRows = new Map(previous.rows.map((row) => [row.key, row]));
  const previousColumn = new Map(previous.columns.map((column, i) => [column.organisationId, i]));
  return {
    previousSurveyId: previous.surveyId,
    rows: current.rows.map((row) => {
      const before = previousRows.get(row.key);
      return {
        key: row.key,
        label: row.label,
        cells: row.cells.map((cell, c) => {
          const i = previousColumn.get(current.columns[c]!.organisationId);
          return compareCells(cell, before && i !== undefined ? before.cells[i]! : null);
        }),
        total: row.total ? compareCells(row.total, before?.total ?? null) : null,
      };
    }),
  };
}
