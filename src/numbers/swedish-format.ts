/**
 * Numbers and dates the way Swedish municipal reports print them: `1 693`, `76,7`, `−7,1`,
 * `2023-08-28`. Thousands are grouped with a no-break space and negatives use the minus sign
 * (U+2212), as Swedish typography and screen readers expect.
 */
import { roundHalfAwayFromZero } from './rounding.ts';

export const MINUS = '\u2212';
export const NBSP = '\u00a0';

export interface NumberFormatOptions {
  decimals?: number;
  /** Print a plus sign on positive values (changes: "+3,5 %"). */
  signed?: boolean;
}

export function formatNumber(value: number | null | undefined, options: NumberFormatOptions = {}): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '';
  const decimals = options.decimals ?? 0;
  const rounded = roundHalfAwayFromZero(value, decimals);
  const [intPart, fracPart] = Math.abs(rounded).toFixed(decimals).split('.');
  const grouped = intPart!.replace(/\B(?=(\d{3})+(?!\d))/g, NBSP);
  const body = fracPart ? `${grouped},${fracPart}` : grouped;
  if (rounded < 0) return `${MINUS}${body}`;
  if (options.signed && rounded > 0) return `+${body}`;
  return body;
}

export function formatPercent(value: number | null | undefined, options: NumberFormatOptions = {}): string {
  const body = formatNumber(value, { decimals: 1, ...options });
  return body ? `${body}${NBSP}%` : '';
}

/**
 * The calendar day in Sweden of an instant, `YYYY-MM-DD`: deadlines, meeting days and the day a
 * thing was registered are Swedish calendar days, whatever time zone the server runs in.
 */
export function swedishDay(at: Date = new Date()): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
}

/** `2023-08-28` (ISO dates are the Swedish standard format, SS-ISO 8601); an instant by its Swedish day. */
export function formatDate(value: string | Date | null | undefined): string {
  if (!value) return '';
  if (typeof value === 'string') return value.slice(0, 10);
  return swedishDay(value);
}

/** `2023-08-28 14:05` in Swedish time. */
export function formatDateTime(value: string | Date | null | undefined): string {
  if (!value) return '';
  const date = typeof value === 'string' ? new Date(value) : value;
  return new Intl.DateTimeFormat('sv-SE', {
    timeZone: 'Europe/Stockholm',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  }).format(date);
}
