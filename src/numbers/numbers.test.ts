import { describe, expect, it } from 'vitest';
import { percentChange, roundHalfAwayFromZero } from './rounding.ts';
import { formatDate, formatNumber, formatPercent, swedishDay } from './swedish-format.ts';
import { parseFigure, parseSwedishNumber } from './swedish-parse.ts';

describe('rounding half away from zero', () => {
  it.each([
    [2.25, 1, 2.3],
    [-2.25, 1, -2.3],
    [1.005, 2, 1.01],
    [-2.27, 1, -2.3],
    [0.04999, 1, 0],
    [1234.5, 0, 1235],
    [-0.05, 1, -0.1],
  ])('%d to %d decimals is %d', (value, decimals, expected) => {
    expect(roundHalfAwayFromZero(value, decimals)).toBe(expected);
  });

  it('prints −2,3 % where the FTE figures 74,9 → 73,2 give −2,27 %', () => {
    expect(formatPercent(percentChange(73.2, 74.9), { signed: true })).toBe('\u22122,3\u00a0%');
  });

  it('has no change from a zero base', () => {
    expect(percentChange(5, 0)).toBeNull();
  });
});

describe('Swedish number format', () => {
  it('groups thousands with a no-break space and uses a real minus sign', () => {
    expect(formatNumber(1693)).toBe('1\u00a0693');
    expect(formatNumber(76.7, { decimals: 1 })).toBe('76,7');
    expect(formatNumber(-7.1, { decimals: 1 })).toBe('\u22127,1');
    expect(formatNumber(3.5, { decimals: 1, signed: true })).toBe('+3,5');
    expect(formatNumber(-0.01, { decimals: 1 })).toBe('0,0');
  });

  it('reads the figures back', () => {
    expect(parseSwedishNumber('1 693')).toBe(1693);
    expect(parseSwedishNumber('\u22127,1')).toBe(-7.1);
    expect(parseSwedishNumber('-370,7')).toBe(-370.7);
    expect(parseSwedishNumber('abc')).toBeNull();
    expect(parseFigure('0,8 %')).toEqual({ value: 0.8, unit: '%', unknown: false });
    expect(parseFigure('127 mkr')).toEqual({ value: 127, unit: 'mkr', unknown: false });
    expect(parseFigure('oklart')).toEqual({ value: null, unit: null, unknown: true });
    expect(parseFigure('10 (260 tkr)')).toEqual({
      value: 10,
      unit: null,
      unknown: false,
      amount: { value: 260, unit: 'tkr' },
    });
    expect(parseFigure('Oklart (207 tkr)')).toMatchObject({ unknown: true, amount: { value: 207, unit: 'tkr' } });
  });
});

describe('Swedish calendar days', () => {
  it('takes the day in Sweden, whatever the time zone of the server', () => {
    // 23:30 UTC on 26 September is already 27 September in Sweden (summer time).
    expect(swedishDay(new Date('2023-09-26T23:30:00Z'))).toBe('2023-09-27');
    expect(swedishDay(new Date('2023-12-31T22:59:00Z'))).toBe('2023-12-31');
    expect(swedishDay(new Date('2023-12-31T23:00:00Z'))).toBe('2024-01-01');
    expect(formatDate(new Date('2023-10-17T22:30:00Z'))).toBe('2023-10-18');
    expect(formatDate('2023-10-18')).toBe('2023-10-18');
  });
});
