import { describe, expect, it } from 'vitest';
import { checkDocument } from './checker.ts';
import { documentOf, PERIOD_COLUMNS, row, section, statement } from './fixtures/builders.ts';

const board = (wholeIncome: string, wholeVariance: string, otherVariance = '-2,0') =>
  statement(
    't',
    '4.3',
    PERIOD_COLUMNS.slice(0, 3),
    [
      row('Intäkter', 'income', [wholeIncome, '76,5', wholeVariance], undefined, 'Hela kommunledningen'),
      row('Intäkter', 'income', ['26,7', '26,2', '0,5'], undefined, 'SLK'),
      row('Intäkter', 'income', ['2,1', '0,5', '1,6'], undefined, 'Politisk verksamhet'),
      row('Intäkter', 'income', ['47,8', '49,8', otherVariance], undefined, 'Övrig verksamhet'),
    ],
    { consolidation: { total: 'Hela kommunledningen', parts: ['SLK', 'Politisk verksamhet', 'Övrig verksamhet'] } },
  );

const check = (table: ReturnType<typeof board>) => checkDocument(documentOf([section('4.3', 'Ekonomisk uppföljning')], [table]), { kinds: ['arithmetic'] });

describe('a consolidated figure is the sum of its units', () => {
  it('holds within rounding (26,7 + 2,1 + 47,8 = 76,6 printed 76,7)', () => {
    expect(check(board('76,7', '0,2'))).toEqual([]);
  });

  it('fires when the units give another total', () => {
    expect(check(board('75,7', '-0,8'))).toMatchObject([
      { rule: 'consolidated-equals-sum-of-units', where: { block: 'Hela kommunledningen', row: 'Intäkter', column: 'Utfall' }, values: ['26,7', '2,1', '47,8', '75,7'] },
    ]);
  });

  it('reports a wrong unit variance once, in its block, not again in the consolidation', () => {
    expect(check(board('76,7', '0,2', '1,8')).map((f) => [f.rule, f.where.block])).toEqual([['variance-equals-actual-minus-budget', 'Övrig verksamhet']]);
  });
});
