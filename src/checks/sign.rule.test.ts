import { describe, expect, it } from 'vitest';
import { checkDocument } from './checker.ts';
import { documentOf, FULL_YEAR_COLUMNS, PERIOD_COLUMNS, row, section, statement } from './fixtures/builders.ts';

const signs = (table: ReturnType<typeof statement>) =>
  checkDocument(documentOf([section('4.3', 'Ekonomisk uppföljning')], [table]), { kinds: ['arithmetic'] });

const politicalActivity = (previousForecastCosts: string) =>
  statement('t', '4.3', FULL_YEAR_COLUMNS, [
    row('Intäkter', 'income', ['2,1', '0,8', '0,8', '0,9']),
    row('Kostnader', 'costs', ['-103,8', previousForecastCosts, '-106,5', '-94,8']),
    row('Kommunbidrag', 'allocation', ['105,7', '105,7', '105,7', '98,6']),
    row('Resultat', 'result', ['4,0', '0', '0', '4,7']),
  ]);

describe('costs are negative everywhere', () => {
  it('reports a lost minus sign once, not also as a wrong result', () => {
    const findings = signs(politicalActivity('106,5'));
    expect(findings).toMatchObject([{ rule: 'costs-are-negative', severity: 'error', where: { row: 'Kostnader', column: 'Fg prognos' }, values: ['106,5'] }]);
    expect(findings[0]!.message).toContain('med minustecken går resultatet i kolumnen ihop');
  });

  it('is silent when every cost carries its minus sign', () => {
    expect(signs(politicalActivity('-106,5'))).toEqual([]);
  });

  it('says once that a table printing all costs positive follows another convention', () => {
    const table = statement('t', '4.3', PERIOD_COLUMNS.slice(0, 2), [row('Kostnader', 'costs', ['65,5', '70,2'])]);
    expect(signs(table)).toMatchObject([{ rule: 'costs-are-negative', severity: 'warning' }]);
  });

  it('leaves variance columns alone: a cost under budget has a positive variance', () => {
    const table = statement('t', '4.3', PERIOD_COLUMNS.slice(0, 3), [row('Kostnader', 'costs', ['-65,5', '-70,2', '4,7'])]);
    expect(signs(table)).toEqual([]);
  });
});

describe('a breakdown keeps one sign across period and full year', () => {
  const breakdown = (forecast: string) =>
    statement('t', '4.3', [PERIOD_COLUMNS[0]!, FULL_YEAR_COLUMNS[0]!], [
      row('Bemanning', 'other', ['-0,42', forecast.startsWith('-') ? '-1,10' : '1,10']),
      row('Chefsförsörjning', 'other', ['-2,47', forecast.startsWith('-') ? '-8,45' : '8,45']),
      row('Summa', 'sum', ['-2,89', forecast]),
    ]);

  it('fires when the period is negative and the full year positive', () => {
    expect(signs(breakdown('9,55'))).toMatchObject([{ rule: 'breakdown-sign-consistent', values: ['-2,89', '9,55'] }]);
  });

  it('is silent when both are negative', () => {
    expect(signs(breakdown('-9,55'))).toEqual([]);
  });
});
