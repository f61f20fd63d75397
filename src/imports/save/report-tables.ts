/**
 * An imported table's figures, as printed, in the shape of the report section that holds that
 * kind of table: a financial statement's given cells per unit and row, an indicator table's
 * given figures per indicator, central funds, a time series, a generic table's rows. Rows and
 * columns that have no place in the section come back as `leftover`, so the caller can keep
 * them as text instead of losing them. Pure.
 */
import type { ImportTable, ImportTableColumn, ImportTableRow } from '../import-result.ts';
import {
  STATEMENT_ROWS,
  type GivenCells,
  type StatementColumn,
  type StatementRow,
  type StatementUnitSpec,
  type UnitFigures,
} from '../../reports/financial-statement.ts';
import type {
  FinancialStatementSection,
  GenericTableSection,
  IndicatorTableSection,
  TimeSeriesSection,
} from '../../reports/template.ts';
import type { CentralFundsContent } from '../../reports/section-content.ts';
import { escapeXml } from '../../render/markup-escape.ts';

/** Compares labels as a reader does: case, spacing, hyphens and punctuation aside. */
export const sameLabel = (a: string | null | undefined, b: string | null | undefined) =>
  a != null && b != null && a.toLocaleLowerCase('sv').replace(/[^\p{L}\p{N}%]/gu, '') === b.toLocaleLowerCase('sv').replace(/[^\p{L}\p{N}%]/gu, '');

export interface Leftover {
  row: ImportTableRow;
  reason: string;
}

export interface Mapped<T> {
  content: T;
  leftover: Leftover[];
  /** Columns no cell of which could be placed. */
  unplacedColumns: string[];
}

const hasFigures = (row: ImportTableRow) => row.printed.some((p) => p !== null && p.trim() !== '');

function statementColumn(column: ImportTableColumn): StatementColumn | null {
  switch (column.role) {
    case 'actual':
    case 'variance':
    case 'actual-last-year':
    case 'forecast':
    case 'previous-forecast':
    case 'outcome-last-year':
      return column.role;
    case 'budget':
      return column.group === 'full-year' ? 'year-budget' : 'budget';
    default:
      return null;
  }
}

function givenCells(row: ImportTableRow, columns: readonly (string | null)[]): GivenCells {
  const cells: Record<string, string> = {};
  row.printed.forEach((printed, i) => {
    const key = columns[i];
    if (key && printed !== null && printed.trim() !== '') cells[key] = printed.trim();
  });
  return cells as GivenCells;
}

/** The block a row belongs to: the consolidated one (no block, or the consolidated name) or a unit. */
function unitOf(block: string | null, spec: FinancialStatementSection, units: readonly StatementUnitSpec[]): StatementUnitSpec | 'consolidated' | null {
  if (block === null || sameLabel(block, spec.consolidated.name)) return 'consolidated';
  return units.find((u) => sameLabel(u.name, block) || sameLabel(u.key, block)) ?? null;
}

/**
 * Figures of a financial statement section from one or more imported tables (3.2.1 prints its
 * period and full year as two). `units` are the units the section's figures are stored for:
 * its own, or none when it takes them from another section (`source`).
 */
export function statementFigures(
  spec: FinancialStatementSection,
  tables: readonly ImportTable[],
  units: readonly StatementUnitSpec[],
): Mapped<{ consolidated?: UnitFigures; units?: Record<string, UnitFigures> }> {
  const consolidated: UnitFigures = {};
  const byUnit: Record<string, UnitFigures> = {};
  const leftover: Leftover[] = [];
  const unplacedColumns: string[] = [];
  const merge = (target: Record<string, GivenCells>, key: string, cells: GivenCells) => (target[key] = { ...target[key], ...cells });
  for (const table of tables) {
    const columns = table.columns.map(statementColumn);
    table.columns.forEach((c, i) => columns[i] === null && unplacedColumns.push(c.label));
    for (const row of table.rows) {
      if (!hasFigures(row)) continue;
      const unit = unitOf(row.block, spec, units);
      if (unit === null) {
        leftover.push({ row, reason: `blocket "${row.block}" finns inte i mallens resultatredovisning` });
        continue;
      }
      const figures = unit === 'consolidated' ? consolidated : (byUnit[unit.key] ??= {});
      const rowsOfUnit: readonly StatementRow[] = unit === 'consolidated' ? spec.consolidated.rows : unit.rows;
      const cells = givenCells(row, columns);
      const role = row.role as StatementRow | 'sum' | 'other' | null;
      if (role && (STATEMENT_ROWS as readonly string[]).includes(role)) {
        if (rowsOfUnit.includes(role as StatementRow)) merge((figures.rows ??= {}) as Record<string, GivenCells>, role, cells);
        else leftover.push({ row, reason: `raden finns inte för ${unit === 'consolidated' ? spec.consolidated.name : unit.name} i mallen` });
        continue;
      }
      const breakdown = unit === 'consolidated' ? undefined : unit.breakdown;
      const area = breakdown?.areas.find((a) => sameLabel(a.name, row.label));
      if (area) merge((figures.areas ??= {}) as Record<string, GivenCells>, area.key, cells);
      else if (breakdown && role === 'sum') figures.areasSum = { ...figures.areasSum, ...cells };
      else leftover.push({ row, reason: 'raden motsvarar ingen rad i mallens resultatredovisning' });
    }
  }
  const content: { consolidated?: UnitFigures; units?: Record<string, UnitFigures> } = {};
  if (Object.keys(consolidated).length) content.consolidated = consolidated;
  if (Object.keys(byUnit).length) content.units = byUnit;
  return { content, leftover, unplacedColumns: [...new Set(unplacedColumns)] };
}

/** An indicator table's given figures by indicator code and column key. */
export function indicatorFigures(spec: IndicatorTableSection, table: ImportTable): Mapped<Record<string, Record<string, string>>> {
  const columns = table.columns.map((c) => {
    if (spec.layout === 'change') return c.group === 'period' ? 'period' : c.group === 'full-year' ? 'full-year' : null;
    if (c.role === 'actual') return 'actual';
    if (c.role === 'actual-last-year') return 'same-period-last-year';
    if (c.role === 'forecast') return 'forecast';
    if (c.role === 'outcome-last-year') return 'actual-last-year';
    return null;
  });
  const given: Record<string, Record<string, string>> = {};
  const leftover: Leftover[] = [];
  for (const row of table.rows) {
    if (!hasFigures(row)) continue;
    const rowSpec = spec.rows.find((r) => sameLabel(r.label, row.label) || sameLabel(r.indicator, row.label));
    if (!rowSpec) {
      leftover.push({ row, reason: 'måttet finns inte i mallens tabell' });
      continue;
    }
    given[rowSpec.indicator] = { ...given[rowSpec.indicator], ...(givenCells(row, columns) as Record<string, string>) };
  }
  return { content: given, leftover, unplacedColumns: table.columns.filter((_, i) => columns[i] === null).map((c) => c.label) };
}

export function centralFundRows(table: ImportTable): Mapped<NonNullable<CentralFundsContent['rows']>> {
  const columns = table.columns.map((c) => (c.role === 'actual' || c.role === 'forecast' || c.role === 'budget' ? c.role : null));
  const rows: NonNullable<CentralFundsContent['rows']> = [];
  for (const row of table.rows) {
    if (!row.label.trim()) continue;
    rows.push({ label: row.label.trim(), ...(givenCells(row, columns) as { actual?: string; forecast?: string; budget?: string }) });
  }
  return { content: rows, leftover: [], unplacedColumns: table.columns.filter((_, i) => columns[i] === null).map((c) => c.label) };
}

/** A time series' figures by series key and column key ('period' or a year). */
export function timeSeriesValues(spec: TimeSeriesSection, table: ImportTable): Mapped<Record<string, Record<string, string>>> {
  const columns = table.columns.map((c, i) => {
    const year = /\b((?:19|20)\d{2})\b/.exec(c.label)?.[1];
    if (c.group === 'period' || (i === 0 && c.group !== 'full-year')) return 'period';
    return year ?? null;
  });
  const values: Record<string, Record<string, string>> = {};
  const leftover: Leftover[] = [];
  const withFigures = table.rows.filter(hasFigures);
  for (const row of withFigures) {
    const series = spec.series.find((s) => sameLabel(s.label, row.label)) ?? (spec.series.length === 1 && withFigures.length === 1 ? spec.series[0] : undefined);
    if (!series) leftover.push({ row, reason: 'serien finns inte i mallen' });
    else values[series.key] = { ...values[series.key], ...(givenCells(row, columns) as Record<string, string>) };
  }
  return { content: values, leftover, unplacedColumns: table.columns.filter((_, i) => columns[i] === null).map((c) => c.label) };
}

/** A generic table's rows keyed by the template's columns: by label, else by position. */
export function genericRows(spec: GenericTableSection, table: ImportTable): Mapped<Array<Record<string, string>>> {
  const [first, ...rest] = spec.columns;
  const keys = table.columns.map((c, i) => rest.find((r) => sameLabel(r.label, c.label))?.key ?? rest[i]?.key ?? null);
  const rows: Array<Record<string, string>> = table.rows.map((row) => ({
    ...(first ? { [first.key]: row.label } : {}),
    ...(givenCells(row, keys) as Record<string, string>),
  }));
  return { content: rows, leftover: [], unplacedColumns: table.columns.filter((_, i) => keys[i] === null).map((c) => c.label) };
}

/**
 * A table, or some of its rows, as text the report can hold (rich text has no tables): one list
 * item per row with each figure beside its column, exactly as printed.
 */
export function tableAsHtml(table: Pick<ImportTable, 'title' | 'unit' | 'columns' | 'unparsed'>, rows: readonly ImportTableRow[], note?: string): string {
  const caption = `${table.title}${table.unit ? ` (${table.unit})` : ''}`;
  const items = rows.map((row) => {
    const cells = row.printed
      .map((p, i) => (p === null ? null : `${table.columns[i]?.label ?? `kolumn ${i + 1}`}: ${p}`))
      .filter((c): c is string => c !== null);
    const label = [row.block, row.label].filter(Boolean).join(' – ');
    return `<li>${escapeXml(label)}${cells.length ? `: ${escapeXml(cells.join('; '))}` : ''}</li>`;
  });
  const unparsed = table.unparsed.length ? `<p>${escapeXml(table.unparsed.join(' '))}</p>` : '';
  return `<h4>${escapeXml(caption)}</h4>${note ? `<p><em>${escapeXml(note)}</em></p>` : ''}${items.length ? `<ul>${items.join('')}</ul>` : ''}${unparsed}`;
}
