/**
 * Rows a table computes from its other rows, recognised by their labels as reports print them:
 * "Antal avslag/ Antal ansökningar" is a ratio of two rows, "Snittutbetalning i kronor" an
 * average of the paid amount over the count of applications. A label that does not point to
 * exactly one row on each side yields nothing.
 */
import type { CheckRow, CheckTable } from './check-document.ts';

export interface RatioRow {
  row: CheckRow;
  numerator: CheckRow;
  denominator: CheckRow;
  /** 100 when printed as a percentage. */
  factor: number;
}

export interface AverageRow {
  row: CheckRow;
  amount: CheckRow;
  count: CheckRow;
}

function normalise(label: string): string {
  return label.toLowerCase().replace(/\s+/g, ' ').trim();
}

/** The one other row a partial label names: an exact match, else the only row it begins. */
function rowNamed(table: CheckTable, self: CheckRow, name: string): CheckRow | undefined {
  const wanted = normalise(name);
  const others = table.rows.filter((row) => row !== self && !row.label.includes('/'));
  const exact = others.filter((row) => normalise(row.label) === wanted);
  if (exact.length === 1) return exact[0];
  const starting = others.filter((row) => normalise(row.label).startsWith(wanted));
  return starting.length === 1 ? starting[0] : undefined;
}

function isPercentRow(table: CheckTable, row: CheckRow): boolean {
  return table.unit === '%' || /\(%\)|procent/i.test(row.label) || row.cells.some((cell) => /%\s*$/.test(cell.printed ?? ''));
}

export function ratioRows(table: CheckTable): RatioRow[] {
  const found: RatioRow[] = [];
  for (const row of table.rows) {
    const sides = row.label.split('/');
    if (sides.length !== 2) continue;
    const numerator = rowNamed(table, row, sides[0]!);
    const denominator = rowNamed(table, row, sides[1]!);
    if (numerator && denominator) found.push({ row, numerator, denominator, factor: isPercentRow(table, row) ? 100 : 1 });
  }
  return found;
}

const AVERAGE = /^(?:snitt|genomsnitt(?:lig[at]?)?\s*)(\p{L}+)/iu;
const MONEY_CELL = /(mnkr|mkr|tkr|kr)\s*$/i;

export function averageRows(table: CheckTable): AverageRow[] {
  const found: AverageRow[] = [];
  const count = table.rows.find((row) => /^antal\b/i.test(row.label) && !row.label.includes('/'));
  if (!count) return found;
  for (const row of table.rows) {
    const what = AVERAGE.exec(row.label.trim())?.[1];
    if (!what) continue;
    // "Snittutbetalning" averages the row about "utbetalade belopp": match on the word's stem.
    const stem = what.toLowerCase().slice(0, 6);
    const amounts = table.rows.filter(
      (candidate) =>
        candidate !== row &&
        candidate.label.toLowerCase().includes(stem) &&
        candidate.cells.some((cell) => MONEY_CELL.test(cell.printed ?? '')),
    );
    if (amounts.length === 1) found.push({ row, amount: amounts[0]!, count });
  }
  return found;
}

/** Counts are exact: "Antal …" rows printed as whole numbers. */
export function isCountRow(row: CheckRow): boolean {
  return /^antal\b/i.test(row.label);
}
