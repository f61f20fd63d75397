import { describe, expect, it } from 'vitest';
import { computeStatement, computeUnit, differs, positiveCosts, type StatementSpec } from './financial-statement.ts';

const ALL = ['income', 'costs', 'allocation', 'internal-grants', 'result'] as const;

describe("a unit's statement", () => {
  const unit = computeUnit(
    { key: 'slk', name: 'SLK', rows: [...ALL] },
    {
      rows: {
        income: { actual: '26,7', budget: '26,2', forecast: '44,4' },
        costs: { actual: '-213,3', budget: '-232,1', forecast: '-355,7' },
        allocation: { actual: '188,0', budget: '188,0', forecast: '280,8' },
        'internal-grants': { actual: '18,6', budget: '23,9', forecast: '40,5' },
      },
    },
  );
  const line = (key: string) => unit.lines.find((l) => l.key === key)!;

  it('computes each variance as actual minus budget', () => {
    expect(line('income').cells.variance.computed).toBe(0.5);
    expect(line('costs').cells.variance.computed).toBe(18.8);
    expect(line('internal-grants').cells.variance.computed).toBe(-5.3);
  });

  it('computes the result as the sum of the rows, per column, and its variance', () => {
    const result = line('result');
    expect(result.cells.actual.computed).toBe(20);
    expect(result.cells.budget.computed).toBe(6);
    expect(result.cells.variance.computed).toBe(14);
    expect(result.cells.forecast.computed).toBe(10);
    // Nothing given for last year: nothing computed either.
    expect(result.cells['outcome-last-year'].computed).toBeNull();
  });

  it('prints rows in the order the unit lists them', () => {
    expect(unit.lines.map((l) => l.key)).toEqual([...ALL]);
  });
});

describe('figures kept as given', () => {
  it('keeps a given figure beside the computed one and marks the difference', () => {
    const unit = computeUnit(
      { key: 'slk', name: 'SLK', rows: ['income', 'costs', 'allocation', 'internal-grants', 'result'] },
      { rows: { income: { actual: '26,7' }, costs: { actual: '-213,3' }, allocation: { actual: '188,0' }, 'internal-grants': { actual: '18,6' }, result: { actual: '19,9' } } },
    );
    const result = unit.lines.find((l) => l.key === 'result')!.cells.actual;
    expect(result).toEqual({ given: '19,9', computed: 20, value: 19.9 });
    expect(differs(result)).toBe(true);
    expect(differs({ given: '20,0', computed: 20.04, value: 20 })).toBe(false);
    expect(differs({ given: null, computed: 20, value: 20 })).toBe(false);
  });

  it('keeps a cost given without its minus sign as given, flags it, and computes with it as negative', () => {
    const statement = computeStatement(
      { consolidated: { name: 'Hela', rows: ['income', 'costs', 'allocation', 'result'] }, units: [{ key: 'pol', name: 'Politisk verksamhet', rows: ['income', 'costs', 'allocation', 'result'] }] },
      { units: { pol: { rows: { income: { 'previous-forecast': '0,8' }, costs: { 'previous-forecast': '106,5' }, allocation: { 'previous-forecast': '105,7' } } } } },
    );
    const pol = statement.units[0]!;
    expect(pol.lines.find((l) => l.key === 'costs')!.cells['previous-forecast']).toEqual({ given: '106,5', computed: null, value: -106.5 });
    expect(pol.lines.find((l) => l.key === 'result')!.cells['previous-forecast'].computed).toBe(0);
    expect(positiveCosts(statement)).toEqual([{ unit: 'Politisk verksamhet', column: 'previous-forecast', given: '106,5' }]);
  });
});

describe('consolidation', () => {
  const spec: StatementSpec = {
    consolidated: { name: 'Hela kommunledningen', rows: [...ALL] },
    units: [
      { key: 'a', name: 'A', rows: [...ALL] },
      { key: 'b', name: 'B', rows: ['income', 'costs', 'allocation', 'result'] },
    ],
  };

  it('is the sum of its units, row by row and column by column, rows a unit lacks counting as nothing', () => {
    const statement = computeStatement(spec, {
      units: {
        a: { rows: { income: { forecast: '44,4' }, costs: { forecast: '-355,7' }, 'internal-grants': { forecast: '40,5' } } },
        b: { rows: { income: { forecast: '2,1' }, costs: { forecast: '-103,8' } } },
      },
      consolidated: { rows: { income: { forecast: '120,1' } } },
    });
    const whole = (key: string) => statement.consolidated.lines.find((l) => l.key === key)!.cells.forecast;
    expect(whole('income')).toEqual({ given: '120,1', computed: 46.5, value: 120.1 });
    expect(whole('costs').computed).toBe(-459.5);
    expect(whole('internal-grants').computed).toBe(40.5);
    expect(whole('result').computed).toBe(clean(44.4 - 355.7 + 40.5 + 2.1 - 103.8));
  });

  it('computes a statement without units from its own figures', () => {
    const statement = computeStatement(
      { consolidated: { name: 'Hela', rows: ['income', 'costs', 'result'] }, units: [] },
      { consolidated: { rows: { income: { actual: '76,7', budget: '76,5' }, costs: { actual: '-343,2', budget: '-370,7' } } } },
    );
    const result = statement.consolidated.lines.find((l) => l.key === 'result')!;
    expect(result.cells.actual.computed).toBe(-266.5);
    expect(result.cells.variance.computed).toBe(27.7);
  });

  it('sums a spending-area breakdown into its sum row', () => {
    const unit = computeUnit(
      { key: 'hr', name: 'HR', rows: ['costs', 'result'], breakdown: { title: 'Insatsområden', decimals: 2, areas: [{ key: 'x', name: 'X' }, { key: 'y', name: 'Y' }] } },
      { areas: { x: { forecast: '1,10', actual: '-0,42', budget: '-0,60' }, y: { forecast: '3,62' } }, areasSum: { forecast: '43,73' } },
    );
    expect(unit.breakdown!.sum.cells.forecast).toEqual({ given: '43,73', computed: 4.72, value: 43.73 });
    expect(unit.breakdown!.areas[0]!.cells.variance.computed).toBe(0.18);
    expect(unit.breakdown!.decimals).toBe(2);
  });
});

function clean(value: number) {
  return Math.round(value * 1e6) / 1e6;
}
