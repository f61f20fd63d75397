import { percentChange, roundHalfAwayFromZero } from '../numbers/rounding.ts';

/** Key figures (mått, nyckeltal) and their values per organisation and reporting cycle. */
export const INDICATOR_UNITS = ['kr', 'tkr', 'mnkr', 'percent', 'fte', 'count'] as const;
export type IndicatorUnit = (typeof INDICATOR_UNITS)[number];

export const INDICATOR_DIRECTIONS = ['higher-is-better', 'lower-is-better', 'neutral'] as const;
export type IndicatorDirection = (typeof INDICATOR_DIRECTIONS)[number];

export const VALUE_KINDS = ['actual', 'same-period-last-year', 'forecast', 'actual-last-year', 'target', 'baseline'] as const;
export type ValueKind = (typeof VALUE_KINDS)[number];

export interface Indicator {
  id: string;
  code: string;
  name: string;
  unit: IndicatorUnit;
  decimals: number;
  direction: IndicatorDirection;
  description: string | null;
}

export interface Change {
  /** current − base, rounded to the indicator's decimals. */
  absolute: number | null;
  /** Change in percent of the base, rounded to one decimal, half away from zero. */
  percent: number | null;
}

/**
 * The change from base to current, derived from the stored (unrounded) figures — never from
 * already-rounded ones, so 74,9 → 73,2 prints −2,3 % and not −2,2 %.
 */
export function change(current: number | null | undefined, base: number | null | undefined, decimals: number): Change {
  if (current === null || current === undefined || base === null || base === undefined) return { absolute: null, percent: null };
  const pct = percentChange(current, base);
  return {
    absolute: roundHalfAwayFromZero(current - base, decimals),
    percent: pct === null ? null : roundHalfAwayFromZero(pct, 1),
  };
}

export type IndicatorValues = Partial<Record<ValueKind, number>>;

export interface IndicatorReading {
  indicator: Indicator;
  organisationId: string;
  cycleId: string;
  values: IndicatorValues;
  /** Period's actual vs the same period last year. */
  periodChange: Change;
  /** Full-year forecast vs last year's outcome. */
  yearChange: Change;
}

export function reading(indicator: Indicator, organisationId: string, cycleId: string, values: IndicatorValues): IndicatorReading {
  return {
    indicator,
    organisationId,
    cycleId,
    values,
    periodChange: change(values.actual, values['same-period-last-year'], indicator.decimals),
    yearChange: change(values.forecast, values['actual-last-year'], indicator.decimals),
  };
}
