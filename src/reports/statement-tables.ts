/**
 * A computed financial statement as report tables: one table with a block per unit, the
 * consolidated block first (4.3), or the consolidated statement split into a period table and
 * a full-year table (3.2.1).
 */
import type { ColumnRole } from '../checks/check-document.ts';
import {
  differs,
  FULL_YEAR_COLUMNS,
  PERIOD_COLUMNS,
  type ComputedStatement,
  type ComputedUnit,
  type Figure,
  type StatementColumn,
  type StatementLine,
} from './financial-statement.ts';
import { EMPTY_CELL, printFigure, type ReportCell, type ReportColumn, type ReportRow, type ReportTable } from './report-table.ts';

const COLUMN_LABELS: Record<StatementColumn, { label: string; role: ColumnRole }> = {
  actual: { label: 'Utfall', role: 'actual' },
  budget: { label: 'Budget', role: 'budget' },
  variance: { label: 'Avvikelse', role: 'variance' },
  'actual-last-year': { label: 'Utfall fg år', role: 'actual-last-year' },
  forecast: { label: 'Prognos', role: 'forecast' },
  'previous-forecast': { label: 'Fg prognos', role: 'previous-forecast' },
  'year-budget': { label: 'Budget', role: 'budget' },
  'outcome-last-year': { label: 'Bokslut fg år', role: 'outcome-last-year' },
};

function columns(keys: readonly StatementColumn[]): ReportColumn[] {
  return keys.map((key) => ({
    key,
    ...COLUMN_LABELS[key],
    group: (PERIOD_COLUMNS as readonly string[]).includes(key) ? 'period' : 'full-year',
    align: 'right',
  }));
}

export function statementCell(figure: Figure, decimals: number): ReportCell {
  const computed = printFigure(figure.computed, decimals);
  return {
    given: figure.given,
    computed,
    shown: figure.given ?? computed,
    value: figure.value,
    ...(differs(figure) ? { differs: true } : {}),
  };
}

function line(l: StatementLine, keys: readonly StatementColumn[], decimals: number, block?: string): ReportRow {
  return {
    key: l.key,
    label: l.label,
    role: l.role === 'area' ? 'other' : l.role,
    ...(block !== undefined ? { block } : {}),
    ...(l.role === 'result' || l.role === 'sum' ? { kind: 'sum' as const } : {}),
    cells: keys.map((k) => statementCell(l.cells[k], decimals)),
  };
}

function unitRows(unit: ComputedUnit, keys: readonly StatementColumn[], block?: string): ReportRow[] {
  const rows = unit.lines.map((l) => line(l, keys, unit.decimals, block));
  if (unit.breakdown) {
    const b = unit.breakdown;
    rows.push({
      key: `${unit.key}:breakdown`,
      label: b.title,
      role: 'other',
      ...(block !== undefined ? { block } : {}),
      kind: 'subheading',
      cells: keys.map(() => EMPTY_CELL),
    });
    for (const area of b.areas) rows.push({ ...line(area, keys, b.decimals, block), key: `${unit.key}:${area.key}` });
    rows.push({ ...line(b.sum, keys, b.decimals, block), key: `${unit.key}:sum` });
  }
  // Row keys repeat per block ("income" in every unit): the unit's key makes them unique.
  return rows.map((r) => ({ ...r, key: block !== undefined ? `${unit.key}/${r.key}` : r.key }));
}

export interface StatementTableOptions {
  caption: string;
  unit: string;
  layout: 'blocks' | 'split';
}

export function statementTables(statement: ComputedStatement, options: StatementTableOptions): ReportTable[] {
  const rowHeader = `Belopp i ${options.unit}`;
  if (options.layout === 'split') {
    const c = statement.consolidated;
    return [
      { keys: PERIOD_COLUMNS, title: `${options.caption}, perioden` },
      { keys: FULL_YEAR_COLUMNS, title: `${options.caption}, helår` },
    ].map(({ keys, title }) => ({
      id: '',
      caption: title,
      unit: options.unit,
      kind: 'financial-statement' as const,
      rowHeader,
      columns: columns(keys),
      rows: unitRows(c, keys),
    }));
  }
  const keys = [...PERIOD_COLUMNS, ...FULL_YEAR_COLUMNS];
  const hasBlocks = statement.units.length > 0;
  const rows = hasBlocks
    ? [statement.consolidated, ...statement.units].flatMap((u) => unitRows(u, keys, u.name))
    : unitRows(statement.consolidated, keys);
  return [
    {
      id: '',
      caption: options.caption,
      unit: options.unit,
      kind: 'financial-statement',
      rowHeader,
      columns: columns(keys),
      headerGroups: [
        { label: 'Period', span: PERIOD_COLUMNS.length },
        { label: 'Helår', span: FULL_YEAR_COLUMNS.length },
      ],
      rows,
      ...(hasBlocks ? { consolidation: { total: statement.consolidated.name, parts: statement.units.map((u) => u.name) } } : {}),
    },
  ];
}
