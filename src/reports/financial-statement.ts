/**
 * Financial statements (resultatredovisning i sammandrag): rows income, costs, allocation,
 * internal grants and result; period columns actual / budget / variance / actual last year and
 * full-year columns forecast / previous forecast / budget / outcome last year. One statement per
 * unit and a consolidated one that is the sum of its units.
 *
 * Figures are kept as given (the string the reporter typed or the importer read, "-343,2",
 * even "106,5" for costs) next to what they should be: variance = actual − budget, result =
 * the sum of the rows, consolidated = the sum of the units. Computations use the given figure
 * where there is one, so a computed cell is what a reader would get from the printed ones; the
 * checker judges the differences. Costs are negative everywhere: a cost given without its minus
 * sign is kept as given (and flagged, see `positiveCosts`) but computed with as negative, as the
 * checker reads it, so one lost sign does not also make every sum above it wrong.
 */
import { parseFigure } from '../numbers/swedish-parse.ts';
import { roundHalfAwayFromZero } from '../numbers/rounding.ts';

export const STATEMENT_ROWS = ['income', 'costs', 'allocation', 'internal-grants', 'result'] as const;
export type StatementRow = (typeof STATEMENT_ROWS)[number];

export const PERIOD_COLUMNS = ['actual', 'budget', 'variance', 'actual-last-year'] as const;
export const FULL_YEAR_COLUMNS = ['forecast', 'previous-forecast', 'year-budget', 'outcome-last-year'] as const;
export const STATEMENT_COLUMNS = [...PERIOD_COLUMNS, ...FULL_YEAR_COLUMNS] as const;
export type StatementColumn = (typeof STATEMENT_COLUMNS)[number];

/** Figures as given, per column; absent = nothing given. */
export type GivenCells = Partial<Record<StatementColumn, string>>;

export interface BreakdownSpec {
  /** "Insatsområden" */
  title: string;
  areas: Array<{ key: string; name: string }>;
  /** Decimals the breakdown prints with (4.3's spending areas: 2). */
  decimals?: number;
}

export interface StatementUnitSpec {
  key: string;
  /** "SLK", "Politisk verksamhet" … */
  name: string;
  /** Rows the unit prints, in order; 'result' is computed. */
  rows: StatementRow[];
  breakdown?: BreakdownSpec;
}

export interface StatementSpec {
  consolidated: { name: string; rows: StatementRow[] };
  units: StatementUnitSpec[];
  /** Decimals of the statement (mnkr with one decimal). */
  decimals?: number;
}

export interface UnitFigures {
  rows?: Partial<Record<StatementRow, GivenCells>>;
  /** Given figures per spending area key. */
  areas?: Record<string, GivenCells>;
  /** Given figures of the breakdown's sum row. */
  areasSum?: GivenCells;
}

export interface StatementFigures {
  units?: Record<string, UnitFigures>;
  /** Given figures of the consolidated block (or of the whole statement when it has no units). */
  consolidated?: UnitFigures;
}

export interface Figure {
  /** As given, or null. */
  given: string | null;
  /** What it should be from the figures it depends on; null for typed-in cells. */
  computed: number | null;
  /** The figure in effect: the given one when there is one (a positive cost read as negative), else the computed one. */
  value: number | null;
}

export interface StatementLine {
  key: string;
  label: string;
  role: StatementRow | 'area' | 'sum';
  cells: Record<StatementColumn, Figure>;
}

export interface ComputedUnit {
  key: string;
  name: string;
  decimals: number;
  lines: StatementLine[];
  breakdown?: { title: string; decimals: number; areas: StatementLine[]; sum: StatementLine };
}

export interface ComputedStatement {
  consolidated: ComputedUnit;
  units: ComputedUnit[];
}

export const ROW_LABELS: Record<StatementRow, string> = {
  income: 'Intäkter',
  costs: 'Kostnader',
  allocation: 'Kommunbidrag',
  'internal-grants': 'Kommuninterna bidrag',
  result: 'Resultat',
};

/** Reads a given figure; a text that is no number counts as nothing given to compute with. */
export function givenValue(given: string | null | undefined): number | null {
  if (given === null || given === undefined || given.trim() === '') return null;
  return parseFigure(given).value;
}

/** Removes float noise (26,7 − 213,3 + … = 20,000000000000014) without rounding real figures. */
const clean = (value: number) => roundHalfAwayFromZero(value, 6);

function sum(values: (number | null)[]): number | null {
  const present = values.filter((v): v is number => v !== null);
  return present.length === 0 ? null : clean(present.reduce((a, b) => a + b, 0));
}

function difference(a: number | null, b: number | null): number | null {
  if (a === null && b === null) return null;
  return clean((a ?? 0) - (b ?? 0));
}

function figure(given: string | undefined, computed: number | null, isCost = false): Figure {
  const g = given !== undefined && given.trim() !== '' ? given : null;
  const parsed = givenValue(g);
  const read = parsed !== null && isCost && parsed > 0 ? -parsed : parsed;
  return { given: g, computed, value: g !== null && read !== null ? read : computed };
}

function emptyCells(): Record<StatementColumn, Figure> {
  return Object.fromEntries(STATEMENT_COLUMNS.map((c) => [c, { given: null, computed: null, value: null }])) as Record<
    StatementColumn,
    Figure
  >;
}

/** A typed-in row: its figures as given, the variance computed. */
function inputLine(key: string, label: string, role: StatementLine['role'], given: GivenCells = {}): StatementLine {
  const cells = emptyCells();
  for (const column of STATEMENT_COLUMNS) if (column !== 'variance') cells[column] = figure(given[column], null, role === 'costs');
  cells.variance = figure(given.variance, difference(cells.actual.value, cells.budget.value));
  return { key, label, role, cells };
}

/** A row computed column by column from other rows (a result, a sum, a consolidated row). */
function summedLine(key: string, label: string, role: StatementLine['role'], parts: StatementLine[], given: GivenCells = {}): StatementLine {
  const cells = emptyCells();
  for (const column of STATEMENT_COLUMNS) {
    cells[column] = figure(given[column], sum(parts.map((p) => p.cells[column].value)), role === 'costs' && column !== 'variance');
  }
  return { key, label, role, cells };
}

/** The result's variance is its actual minus its budget, like every other row's. */
function withResultVariance(line: StatementLine, given: GivenCells = {}): StatementLine {
  line.cells.variance = figure(given.variance, difference(line.cells.actual.value, line.cells.budget.value));
  return line;
}

export function computeUnit(spec: StatementUnitSpec, figures: UnitFigures = {}, decimals = 1): ComputedUnit {
  const given = figures.rows ?? {};
  const inputs = spec.rows.filter((r) => r !== 'result').map((r) => inputLine(r, ROW_LABELS[r], r, given[r]));
  const lines = [...inputs];
  if (spec.rows.includes('result')) {
    lines.push(withResultVariance(summedLine('result', ROW_LABELS.result, 'result', inputs, given.result), given.result));
  }
  const unit: ComputedUnit = { key: spec.key, name: spec.name, decimals, lines: orderAs(spec.rows, lines) };
  if (spec.breakdown) {
    const areas = spec.breakdown.areas.map((a) => inputLine(a.key, a.name, 'area', figures.areas?.[a.key]));
    unit.breakdown = {
      title: spec.breakdown.title,
      decimals: spec.breakdown.decimals ?? decimals,
      areas,
      sum: summedLine('sum', 'Summa', 'sum', areas, figures.areasSum),
    };
  }
  return unit;
}

function orderAs(rows: StatementRow[], lines: StatementLine[]): StatementLine[] {
  return rows.map((r) => lines.find((l) => l.key === r)!).filter(Boolean);
}

/**
 * The consolidated block: each cell the sum of the units' figures in effect for the same row
 * and column (a unit without the row contributes nothing).
 */
export function consolidate(name: string, rows: StatementRow[], units: ComputedUnit[], given: UnitFigures = {}, decimals = 1): ComputedUnit {
  const lines = rows.map((row) =>
    summedLine(
      row,
      ROW_LABELS[row],
      row,
      units.flatMap((u) => u.lines.filter((l) => l.key === row)),
      given.rows?.[row],
    ),
  );
  return { key: 'consolidated', name, decimals, lines };
}

export function computeStatement(spec: StatementSpec, figures: StatementFigures = {}): ComputedStatement {
  const decimals = spec.decimals ?? 1;
  const units = spec.units.map((u) => computeUnit(u, figures.units?.[u.key], decimals));
  const consolidated =
    units.length === 0
      ? computeUnit({ key: 'consolidated', name: spec.consolidated.name, rows: spec.consolidated.rows }, figures.consolidated, decimals)
      : consolidate(spec.consolidated.name, spec.consolidated.rows, units, figures.consolidated, decimals);
  return { consolidated, units };
}

/** Costs given as positive figures: "costs are negative everywhere". */
export function positiveCosts(statement: ComputedStatement): Array<{ unit: string; column: StatementColumn; given: string }> {
  const found: Array<{ unit: string; column: StatementColumn; given: string }> = [];
  for (const unit of [statement.consolidated, ...statement.units]) {
    const costs = unit.lines.find((l) => l.key === 'costs');
    if (!costs) continue;
    for (const column of STATEMENT_COLUMNS) {
      const cell = costs.cells[column];
      if (column !== 'variance' && cell.given !== null && (givenValue(cell.given) ?? 0) > 0) {
        found.push({ unit: unit.name, column, given: cell.given });
      }
    }
  }
  return found;
}

/**
 * Whether a given figure is not what its inputs give at the given figure's own precision.
 * The checker decides whether the rounding of the inputs explains it; this only marks it.
 */
export function differs(cell: Figure): boolean {
  if (cell.given === null || cell.computed === null) return false;
  const given = givenValue(cell.given);
  if (given === null) return true;
  const decimals = /[,.](\d+)/.exec(cell.given)?.[1]?.length ?? 0;
  return roundHalfAwayFromZero(cell.computed, decimals) !== given;
}
