import { describe, expect, it } from 'vitest';
import { agree, decimalsOf, roundingUnit, significantDigits, sumHolds } from './tolerance.ts';

describe('tolerance of printed figures', () => {
  it('reads the precision a figure was printed with', () => {
    expect([decimalsOf('76,7'), decimalsOf('-16,63'), decimalsOf('1 693'), decimalsOf('0,8 %')]).toEqual([1, 2, 0, 1]);
    expect([roundingUnit('17 000'), roundingUnit('37 500'), roundingUnit('215'), roundingUnit('0,8 %')]).toEqual([1000, 100, 1, 0.1]);
    expect([significantDigits('0,7'), significantDigits('127'), significantDigits('17 000')]).toEqual([1, 3, 2]);
  });

  it('allows (n+1)·0,5·10^−d for a sum of n printed terms, and not more', () => {
    const terms = [76.7, -343.2, 257.7, 35.2].map((value) => ({ value, decimals: 1 }));
    expect(sumHolds(terms, { value: 26.3, decimals: 1 }).holds).toBe(true); // 26,4 against 26,3
    expect(sumHolds(terms, { value: 26.2, decimals: 1 }).holds).toBe(true); // 0,2 off, just within
    expect(sumHolds(terms, { value: 26.1, decimals: 1 }).holds).toBe(false); // 0,3 off, allowance 0,25
  });

  it('lets figures agree when their rounding intervals overlap, not when they only touch', () => {
    expect(agree({ value: 1.86, decimals: 2 }, { value: 1.9, decimals: 1 })).toBe(true);
    expect(agree({ value: 14, decimals: 0 }, { value: 14, decimals: 1 })).toBe(true);
    expect(agree({ value: 5.8, decimals: 1 }, { value: 5.9, decimals: 1 })).toBe(false);
  });
});
