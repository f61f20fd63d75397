/**
 * A printed percent, ratio or average must be what its own printed figures give.
 *
 * When the inputs carry at least as many significant digits as the result (FTEs 74,9 → 73,2
 * beside "−2,2 %"), a reader recomputes from them, so a result they do not give is reported:
 * as an error when not even the rounding of the inputs explains it, otherwise as a warning.
 * Counts are exact. When the inputs are coarser than the result (an average of 17 000 kr beside
 * an amount of 0,7 mkr), only a result outside what the inputs' rounding allows is reported.
 */
import { percentChange } from '../numbers/rounding.ts';
import type { CheckCell, CheckColumn, CheckRow, CheckTable, Finding } from './check-document.ts';
import { averageRows, isCountRow, ratioRows } from './derived-rows.ts';
import { swedish, whereIn, type Rule, type RuleContext } from './finding.ts';
import { indicatorRows } from './indicator-rows.ts';
import { decimalsOf, EPSILON, overlaps, roundingUnit, roundToUnit, significantDigits } from './tolerance.ts';

interface Input {
  printed: string;
  value: number;
  /** Half of the rounding unit, in the unit `value` is in. */
  half: number;
  exact: boolean;
}

interface Verdict {
  severity: 'error' | 'warning';
  computed: number;
  rounded: number;
}

/** Judges a printed result against a computation from inputs, see the module comment. */
function judge(printed: string, printedValue: number, inputs: Input[], compute: (values: number[]) => number | null): Verdict | null {
  const computed = compute(inputs.map((input) => input.value));
  if (computed === null || !Number.isFinite(computed)) return null;
  const unit = roundingUnit(printed);
  const rounded = roundToUnit(computed, unit);
  let low = Infinity;
  let high = -Infinity;
  // The extremes of a ratio or difference over boxes lie at the corners.
  for (let mask = 0; mask < 1 << inputs.length; mask++) {
    const corner = inputs.map((input, i) => input.value + (mask & (1 << i) ? input.half : -input.half));
    const value = compute(corner);
    if (value === null || !Number.isFinite(value)) return null;
    low = Math.min(low, value);
    high = Math.max(high, value);
  }
  const explained = overlaps(low - EPSILON, high + EPSILON, printedValue - unit / 2, printedValue + unit / 2);
  const needed = significantDigits(printed);
  const recomputable = inputs.every((input) => input.exact || significantDigits(input.printed) >= needed);
  if (recomputable) {
    if (Math.abs(rounded - printedValue) <= EPSILON * Math.max(1, Math.abs(printedValue))) return null;
    return { severity: explained ? 'warning' : 'error', computed, rounded };
  }
  return explained ? null : { severity: 'error', computed, rounded };
}

export const roundingRule: Rule = (context) => {
  const findings: Finding[] = [];
  for (const table of context.doc.tables) {
    // Statements compute with sums, not ratios; their labels ("äldreomsorg/hälso- och sjukvård") are not fractions.
    if (table.kind === 'financial-statement' || table.kind === 'central-funds') continue;
    findings.push(...ratios(context, table), ...averages(context, table));
  }
  findings.push(...changePercents(context));
  return findings;
};

function input(row: CheckRow, cell: CheckCell | undefined, scale = 1): Input | null {
  if (!cell || cell.printed === null || cell.value === null || cell.unknown) return null;
  const exact = isCountRow(row) && decimalsOf(cell.printed) === 0 && !/[a-z]/i.test(cell.printed);
  return { printed: cell.printed, value: cell.value * scale, half: exact ? 0 : (roundingUnit(cell.printed) / 2) * scale, exact };
}

function decimalsFor(printed: string): number {
  return Math.max(0, Math.round(-Math.log10(roundingUnit(printed))));
}

function where(context: RuleContext, table: CheckTable, row: CheckRow, column: CheckColumn | undefined): Finding['where'] {
  return whereIn(context.index.partOfTable(table), { section: table.section, table: table.id, row: row.label, column: column?.label, line: row.line });
}

function ratios(context: RuleContext, table: CheckTable): Finding[] {
  const findings: Finding[] = [];
  for (const { row, numerator, denominator, factor } of ratioRows(table)) {
    row.cells.forEach((cell, c) => {
      const n = input(numerator, numerator.cells[c]);
      const d = input(denominator, denominator.cells[c]);
      if (!n || !d || cell.printed === null || cell.value === null || cell.unknown) return;
      const verdict = judge(cell.printed, cell.value, [n, d], ([a, b]) => (b === 0 ? null : (a! / b!) * factor));
      if (!verdict) return;
      const decimals = decimalsFor(cell.printed);
      const unit = factor === 100 ? ' %' : '';
      findings.push({
        rule: 'ratio-matches-figures',
        kind: 'rounding',
        severity: verdict.severity,
        message:
          `${row.label} står som ${cell.printed}, men ${n.printed} / ${d.printed} = ${swedish(verdict.computed, decimals + 2)}${unit}, ` +
          `avrundat ${swedish(verdict.rounded, decimals)}${unit}.`,
        where: where(context, table, row, table.columns[c]),
        values: [cell.printed, n.printed, d.printed],
      });
    });
  }
  return findings;
}

const KRONOR: Record<string, number> = { mnkr: 1e6, mkr: 1e6, tkr: 1e3, kr: 1 };

function averages(context: RuleContext, table: CheckTable): Finding[] {
  const findings: Finding[] = [];
  for (const { row, amount, count } of averageRows(table)) {
    // The average is in kronor unless its label or cells say otherwise.
    const averageScale = /\btkr\b/i.test(row.label) ? 1e3 : /\bmkr\b|\bmnkr\b/i.test(row.label) ? 1e6 : 1;
    row.cells.forEach((cell, c) => {
      const amountCell = amount.cells[c];
      const unit = /(mnkr|mkr|tkr|kr)\s*$/i.exec(amountCell?.printed ?? '')?.[1]?.toLowerCase();
      const a = unit ? input(amount, amountCell, KRONOR[unit]! / averageScale) : null;
      const n = input(count, count.cells[c]);
      if (!a || !n || cell.printed === null || cell.value === null || cell.unknown) return;
      const verdict = judge(cell.printed, cell.value, [a, n], ([x, y]) => (y === 0 ? null : x! / y!));
      if (!verdict) return;
      findings.push({
        rule: 'average-matches-figures',
        kind: 'rounding',
        severity: verdict.severity,
        message:
          `${row.label} står som ${cell.printed}, men ${amountCell!.printed} / ${n.printed} = ${swedish(verdict.computed, 0)}, ` +
          `avrundat ${swedish(verdict.rounded, 0)}.`,
        where: where(context, table, row, table.columns[c]),
        values: [cell.printed, amountCell!.printed!, n.printed],
      });
    });
  }
  return findings;
}

const BASE_OF: Partial<Record<NonNullable<CheckColumn['role']>, NonNullable<CheckColumn['role']>>> = {
  actual: 'actual-last-year',
  forecast: 'outcome-last-year',
};

/** The percent printed in parentheses after a value: "73,2 (-2,2%)" → "-2,2%". */
function percentPart(cell: CheckCell): string | null {
  if (cell.amount?.unit !== '%' || cell.amount.value === null) return null;
  return /\(([^)]*)\)\s*$/.exec(cell.printed ?? '')?.[1]?.trim() ?? null;
}

/**
 * "73,2 (-2,2%)": the change from last year's figure for the same measure and unit, found in
 * the same table or another (2.1.1 prints the change, 3.1.1 last year's FTEs).
 */
function changePercents(context: RuleContext): Finding[] {
  const rows = indicatorRows(context.doc.tables);
  const findings: Finding[] = [];
  for (const { table, row, key } of rows) {
    row.cells.forEach((cell, c) => {
      const column = table.columns[c];
      const printedPercent = percentPart(cell);
      const baseRole = column?.role ? BASE_OF[column.role] : undefined;
      if (!printedPercent || !baseRole || cell.value === null || cell.printed === null) return;
      const base = rows
        .filter((other) => other.key === key)
        .map((other) => {
          const b = other.table.columns.findIndex((candidate) => candidate.role === baseRole);
          return b >= 0 ? input(other.row, other.row.cells[b]) : null;
        })
        .find((found) => found !== null);
      if (!base) return;
      const current: Input = { printed: cell.printed, value: cell.value, half: roundingUnit(cell.printed) / 2, exact: false };
      const verdict = judge(printedPercent, cell.amount!.value!, [current, base], ([now, then]) => percentChange(now!, then!));
      if (!verdict) return;
      const decimals = decimalsFor(printedPercent);
      findings.push({
        rule: 'change-percent-matches-figures',
        kind: 'rounding',
        severity: verdict.severity,
        message:
          `Förändringen för ${row.label.replace(/\s*\(.*\)\s*$/, '')} står som ${printedPercent}, men ${base.printed} → ` +
          `${cell.printed.replace(/\s*\(.*\)\s*$/, '')} ger ${swedish(verdict.computed, decimals + 1)} %, avrundat ` +
          `${swedish(verdict.rounded, decimals)} %` +
          (verdict.severity === 'warning' ? ' (skillnaden kan bero på avrundning av underlaget).' : '.'),
        where: where(context, table, row, column),
        values: [printedPercent, base.printed, cell.printed],
      });
    });
  }
  return findings;
}
