import { describe, expect, it } from 'vitest';
import type { CheckTable } from './check-document.ts';
import { checkDocument } from './checker.ts';
import { documentOf, FULL_YEAR_COLUMNS, PERIOD_COLUMNS, row, section, statement } from './fixtures/builders.ts';

const crossTable = (...tables: CheckTable[]) =>
  checkDocument(documentOf([section('3.2.1', 'Resultatredovisning'), section('4.3', 'Ekonomisk uppföljning')], tables), { kinds: ['cross-table'] });

const summary = (lastYear: string) => statement('3.2.1#1', '3.2.1', [PERIOD_COLUMNS[0]!, PERIOD_COLUMNS[3]!], [row('Intäkter', 'income', ['76,7', lastYear])]);
const consolidated = (lastYear: string) =>
  statement('4.3#1', '4.3', [PERIOD_COLUMNS[0]!, PERIOD_COLUMNS[3]!], [row('Intäkter', 'income', ['76,7', lastYear], undefined, 'Hela kommunledningen')], {
    consolidation: { total: 'Hela kommunledningen', parts: [] },
  });

describe('the same quantity in two tables', () => {
  it('fires on 66,1 against 66 in a table printed to one decimal', () => {
    expect(crossTable(summary('66,1'), consolidated('66'))).toMatchObject([
      { rule: 'same-quantity-same-figure', where: { table: '4.3#1', block: 'Hela kommunledningen', row: 'Intäkter', column: 'Utfall fg år' }, values: ['66,1', '66'] },
    ]);
  });

  it('is silent when the figures agree', () => {
    expect(crossTable(summary('66,1'), consolidated('66,1'))).toEqual([]);
  });

  it('matches a unit by its other names: a table about "SLK" and a block "Stadsledningskontoret"', () => {
    const slk = statement('a', '3.2.1', PERIOD_COLUMNS.slice(0, 1), [row('Resultat', 'result', ['19,9'])], { subject: 'SLK' });
    const office = statement('b', '4.3', PERIOD_COLUMNS.slice(0, 1), [row('Resultat', 'result', ['20,6'], undefined, 'Stadsledningskontoret')]);
    expect(crossTable(slk, office).map((f) => f.values)).toEqual([['19,9', '20,6']]);
  });
});

describe("a breakdown's Summa against its unit's costs", () => {
  const hr = (actualLastYear: string) =>
    statement('4.3#1', '4.3', [PERIOD_COLUMNS[0]!, PERIOD_COLUMNS[3]!, FULL_YEAR_COLUMNS[0]!], [
      row('Kostnader', 'costs', ['-16,6', '-13,3', '-43,9'], undefined, 'Personal- och kompetensförsörjning'),
      row('Resultat', 'result', ['0', '0', '0'], undefined, 'Personal- och kompetensförsörjning'),
      row('Insatsområden', 'other', [null, null, null], undefined, 'Personal- och kompetensförsörjning'),
      row('Bemanning', 'other', ['-0,42', '-0,42', '-1,10'], undefined, 'Personal- och kompetensförsörjning'),
      row('Övrigt', 'other', ['-16,21', actualLastYear, '-42,80'], undefined, 'Personal- och kompetensförsörjning'),
      row('Summa', 'sum', ['-16,63', '-8,92', '-43,90'], undefined, 'Personal- och kompetensförsörjning'),
    ]);

  it('is silent when they agree at the coarser precision (−16,6 and −16,63)', () => {
    expect(crossTable(hr('-8,50')).filter((f) => f.where.column === 'Utfall')).toEqual([]);
  });

  it('fires when they differ (−13,3 against −8,92)', () => {
    expect(crossTable(hr('-8,50'))).toMatchObject([{ rule: 'breakdown-sum-equals-costs', where: { row: 'Summa', column: 'Utfall fg år' }, values: ['-13,3', '-8,92'] }]);
  });
});
