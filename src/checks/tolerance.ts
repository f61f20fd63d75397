/**
 * How exact a printed figure is. A figure printed to d decimals stands for an interval of
 * ±0,5·10^−d around it (76,7 is anything from 76,65 to 76,75), so a difference that the
 * rounding of the printed figures explains is not an inconsistency.
 */
import { roundHalfAwayFromZero } from '../numbers/rounding.ts';

/** Float noise allowance when comparing sums of decimals (0.1 + 0.2 ≠ 0.3). */
export const EPSILON = 1e-9;

/** A printed figure with its value and the precision it was printed with. */
export interface Figure {
  printed: string;
  value: number;
  /** Decimals the figure carries (its own, or its table's when printed as a bare "0" or "66"). */
  decimals: number;
}

const NUMBER_PART = /\d[\d\s\u00a0\u202f]*(?:[,.](\d+))?/;

/** Decimals as printed: "76,7" → 1, "-16,63" → 2, "1 693" → 0, "0,8 %" → 1. */
export function decimalsOf(printed: string | null | undefined): number {
  const match = NUMBER_PART.exec(printed ?? '');
  return match?.[1]?.length ?? 0;
}

/** Half of the last printed unit: 0,05 for one decimal. */
export function halfUnit(decimals: number): number {
  return 0.5 * 10 ** -decimals;
}

/** The values a figure printed to `decimals` may stand for. */
export function interval(value: number, decimals: number): [number, number] {
  const half = halfUnit(decimals);
  return [value - half, value + half];
}

/**
 * Two printed figures can be the same quantity: their rounding intervals overlap by more
 * than a touch (5,8 and 5,9 only touch at 5,85 and differ; 14 and 14,0 agree; 1,86 and 1,9 agree).
 */
export function agree(a: { value: number; decimals: number }, b: { value: number; decimals: number }): boolean {
  const [aLow, aHigh] = interval(a.value, a.decimals);
  const [bLow, bHigh] = interval(b.value, b.decimals);
  return overlaps(aLow, aHigh, bLow, bHigh);
}

/** Two intervals share more than an end point. */
export function overlaps(aLow: number, aHigh: number, bLow: number, bHigh: number): boolean {
  const slack = EPSILON * Math.max(1, Math.abs(aLow), Math.abs(bLow));
  return aLow < bHigh - slack && bLow < aHigh - slack;
}

/**
 * Whether printed terms add up to a printed total: each of the n terms and the total carry
 * their half unit, so with d decimals throughout the allowance is (n+1)·0,5·10^−d.
 */
export function sumHolds(terms: readonly { value: number; decimals: number }[], total: { value: number; decimals: number }): { holds: boolean; computed: number; allowance: number } {
  const computed = terms.reduce((sum, term) => sum + term.value, 0);
  const allowance = terms.reduce((sum, term) => sum + halfUnit(term.decimals), halfUnit(total.decimals));
  return { holds: Math.abs(computed - total.value) <= allowance + EPSILON, computed, allowance };
}

/**
 * The unit a printed figure is rounded to. Decimals count as printed; whole numbers with
 * trailing zeros are taken as rounded, but keep two significant digits ("17 000" → 1 000,
 * "37 500" → 100, "40 000" → 1 000), which is the conservative reading.
 */
export function roundingUnit(printed: string): number {
  const decimals = decimalsOf(printed);
  if (decimals > 0) return 10 ** -decimals;
  const digits = (NUMBER_PART.exec(printed)?.[0] ?? '').replace(/\D/g, '').replace(/^0+(?=\d)/, '');
  const trailingZeros = /0*$/.exec(digits)?.[0].length ?? 0;
  const zeros = Math.max(0, Math.min(trailingZeros, digits.length - 2));
  return 10 ** zeros;
}

/** Significant digits as printed: "0,7" → 1, "127" → 3, "17 000" → 2, "0,886" → 3. */
export function significantDigits(printed: string): number {
  const decimals = decimalsOf(printed);
  const match = NUMBER_PART.exec(printed)?.[0] ?? '';
  const digits = match.replace(/\D/g, '').replace(/^0+/, '');
  if (!digits) return 1;
  if (decimals > 0) return digits.length;
  const unit = roundingUnit(printed);
  return Math.max(1, digits.length - Math.round(Math.log10(unit)));
}

/** Rounds to a unit (1 000, 1, 0,1 …) half away from zero, as the reports round. */
export function roundToUnit(value: number, unit: number): number {
  if (unit >= 1) return roundHalfAwayFromZero(value / unit, 0) * unit;
  return roundHalfAwayFromZero(value, Math.round(-Math.log10(unit)));
}
