import { describe, expect, it } from 'vitest';
import type { CheckTable } from './check-document.ts';
import { checkDocument } from './checker.ts';
import { documentOf, FULL_YEAR_COLUMNS, PERIOD_COLUMNS, row, section, statement } from './fixtures/builders.ts';

const arithmetic = (...tables: CheckTable[]) =>
  checkDocument(documentOf([section('3.2.1', 'Resultatredovisning')], tables), { kinds: ['arithmetic'] });

describe('rows sum to the result', () => {
  it('holds when the difference is within the rounding of the printed figures', () => {
    // 76,7 − 343,2 + 257,7 + 35,2 = 26,4 against 26,3: five printed figures allow 0,25.
    const table = statement('t', '3.2.1', PERIOD_COLUMNS.slice(0, 1), [
      row('Intäkter', 'income', ['76,7']),
      row('Kostnader', 'costs', ['-343,2']),
      row('Kommunbidrag', 'allocation', ['257,7']),
      row('Kommuninterna bidrag', 'internal-grants', ['35,2']),
      row('Resultat', 'result', ['26,3']),
    ]);
    expect(arithmetic(table)).toEqual([]);
  });

  it('fires just beyond the rounding: 0,3 off with five one-decimal figures', () => {
    const table = statement('t', '3.2.1', PERIOD_COLUMNS.slice(0, 1), [
      row('Intäkter', 'income', ['76,7']),
      row('Kostnader', 'costs', ['-343,2']),
      row('Kommunbidrag', 'allocation', ['257,7']),
      row('Kommuninterna bidrag', 'internal-grants', ['35,2']),
      row('Resultat', 'result', ['26,1']),
    ]);
    expect(arithmetic(table)).toMatchObject([
      { rule: 'rows-sum-to-result', severity: 'error', where: { table: 't', row: 'Resultat', column: 'Utfall' }, values: ['76,7', '-343,2', '257,7', '35,2', '26,1'] },
    ]);
  });

  it('reads a bare 0 in a one-decimal table as 0,0, not as anything within ±0,5', () => {
    const table = statement('t', '3.2.1', PERIOD_COLUMNS.slice(0, 1), [
      row('Intäkter', 'income', ['44,1']),
      row('Kostnader', 'costs', ['-44,6']),
      row('Resultat', 'result', ['0']),
    ]);
    expect(arithmetic(table).map((f) => f.rule)).toEqual(['rows-sum-to-result']);
  });
});

describe('a "Summa" row is the sum of the rows above it in its block', () => {
  const breakdown = (sum: string) =>
    statement('t', '4.3', PERIOD_COLUMNS.slice(0, 1), [
      row('Insatsområden', 'other', [null]),
      row('Bemanning', 'other', ['-0,42']),
      row('Kompetensutveckling förskola', 'other', ['-1,22']),
      row('Summa', 'sum', [sum]),
    ]);

  it('holds at the printed precision', () => {
    expect(arithmetic(breakdown('-1,64'))).toEqual([]);
  });

  it('fires when the rows give another sum', () => {
    expect(arithmetic(breakdown('-1,84'))).toMatchObject([{ rule: 'sum-row-equals-rows-above', values: ['-0,42', '-1,22', '-1,84'] }]);
  });
});

describe('variance = actual − budget', () => {
  it('fires on a variance with the wrong sign and size', () => {
    const table = statement('t', '4.3', PERIOD_COLUMNS.slice(0, 3), [row('Intäkter', 'income', ['47,8', '49,8', '1,8'])]);
    expect(arithmetic(table)).toMatchObject([{ rule: 'variance-equals-actual-minus-budget', where: { column: 'Avvikelse' }, values: ['47,8', '49,8', '1,8'] }]);
  });

  it('holds within rounding (35,2 − 42,4 = −7,2 printed −7,1)', () => {
    const table = statement('t', '4.3', PERIOD_COLUMNS.slice(0, 3), [row('Kommuninterna bidrag', 'internal-grants', ['35,2', '42,4', '-7,1'])]);
    expect(arithmetic(table)).toEqual([]);
  });

  it('checks the full-year variance as forecast − budget where the table has one', () => {
    const columns = [FULL_YEAR_COLUMNS[0]!, FULL_YEAR_COLUMNS[2]!, { label: 'Avvikelse helår', role: 'variance', group: 'full-year' } as const];
    const wrong = statement('t', '4.3', columns, [row('Kostnader', 'costs', ['-43,9', '-45,0', '1,3'])]);
    const right = statement('t', '4.3', columns, [row('Kostnader', 'costs', ['-43,9', '-45,0', '1,1'])]);
    expect(arithmetic(wrong).map((f) => f.rule)).toEqual(['variance-equals-actual-minus-budget']);
    expect(arithmetic(right)).toEqual([]);
  });
});
