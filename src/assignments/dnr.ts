/**
 * Diary numbers (diarienummer). Each tenant lists the formats it accepts, newest first:
 * Göteborg used `1446/22` ({seq:4}/{yy}) and now uses `SLK-2023-01047` (SLK-{yyyy}-{seq:5}).
 * A format is literal text with the tokens {seq:N}, {yy} and {yyyy}.
 */
import { AppError } from '../http/errors.ts';

export interface Dnr {
  text: string;
  year: number;
  sequence: number;
}

const TOKEN = /\{(seq:(\d)|yyyy|yy)\}/g;

function escapeRegExp(text: string) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function isValidDnrFormat(format: string): boolean {
  const tokens = [...format.matchAll(TOKEN)].map((m) => m[1]!.replace(/:\d$/, ''));
  return tokens.filter((t) => t === 'seq').length === 1 && tokens.filter((t) => t === 'yy' || t === 'yyyy').length === 1;
}

function patternOf(format: string): RegExp {
  let pattern = '';
  let last = 0;
  for (const match of format.matchAll(TOKEN)) {
    pattern += escapeRegExp(format.slice(last, match.index));
    if (match[1] === 'yyyy') pattern += '(?<yyyy>\\d{4})';
    else if (match[1] === 'yy') pattern += '(?<yy>\\d{2})';
    else pattern += `(?<seq>\\d{${match[2]}})`;
    last = match.index! + match[0].length;
  }
  pattern += escapeRegExp(format.slice(last));
  return new RegExp(`^${pattern}$`, 'i');
}

/** Reads a dnr in any of the tenant's formats; undefined when it matches none. */
export function parseDnr(input: string, formats: readonly string[]): Dnr | undefined {
  const text = input.trim().replace(/^dnr:?\s*/i, '');
  for (const format of formats) {
    const groups = patternOf(format).exec(text)?.groups;
    if (!groups) continue;
    const year = groups.yyyy ? Number(groups.yyyy) : 2000 + Number(groups.yy);
    const sequence = Number(groups.seq);
    if (sequence === 0) continue;
    return { text: text.toUpperCase(), year, sequence };
  }
  return undefined;
}

/** A dnr someone gave (a form, an import): refused, naming the accepted formats, when it matches none. */
export function requireDnr(input: string, formats: readonly string[]): Dnr {
  const dnr = parseDnr(input, formats);
  if (!dnr) throw new AppError('invalid_dnr', `"${input}" är inte ett giltigt diarienummer (format: ${formats.join(' eller ')}).`, { formats });
  return dnr;
}

/** Writes a dnr in a format, e.g. formatDnr('SLK-{yyyy}-{seq:5}', 2023, 1047) = 'SLK-2023-01047'. */
export function formatDnr(format: string, year: number, sequence: number): string {
  return format.replace(TOKEN, (_all, token: string, digits?: string) => {
    if (token === 'yyyy') return String(year);
    if (token === 'yy') return String(year % 100).padStart(2, '0');
    return String(sequence).padStart(Number(digits), '0');
  });
}

/** Year first, then sequence: old and new formats sort together in registration order. */
export function dnrSortKey(dnr: Dnr): string {
  return `${dnr.year}-${String(dnr.sequence).padStart(8, '0')}`;
}
