/**
 * Reading figures as Swedish documents print them: "1 693", "−7,1", "-370,7", "+3,5%",
 * "0,8 %", "127 mkr", "10 (260 tkr)". Never throws: what cannot be read is null.
 */
export interface ParsedFigure {
  value: number | null;
  /** Unit written after the figure ("%", "mnkr", "mkr", "tkr", "kr"), if any. */
  unit: string | null;
  /** A known-unknown such as "oklart" or "uppgift saknas". */
  unknown: boolean;
  /** The amount of a count-with-amount like "10 (260 tkr)". */
  amount?: { value: number | null; unit: string };
}

const UNKNOWN_WORDS = /^(oklart|okänt|vet ej|uppgift saknas|saknas|n\/a|\?)$/i;
const NUMBER = /^([+\-\u2212\u2013]?)\s*(\d{1,3}(?:[\s\u00a0\u202f]\d{3})+|\d+)(?:[,.](\d+))?$/;
const UNIT = /\s*(%|procent|mnkr|mkr|tkr|kr|st|årsarbetare)\.?$/i;

export function parseSwedishNumber(text: string | null | undefined): number | null {
  if (text === null || text === undefined) return null;
  const match = NUMBER.exec(text.trim());
  if (!match) return null;
  const [, sign, intPart, fracPart] = match;
  const digits = intPart!.replace(/[\s\u00a0\u202f]/g, '');
  const value = Number(fracPart ? `${digits}.${fracPart}` : digits);
  if (!Number.isFinite(value)) return null;
  return sign && sign !== '+' ? -value || 0 : value;
}

export function parseFigure(text: string | null | undefined): ParsedFigure {
  const raw = (text ?? '').trim();
  if (!raw) return { value: null, unit: null, unknown: false };
  const withAmount = /^(.*?)\s*\((.+)\)$/.exec(raw);
  if (withAmount) {
    const head = parseFigure(withAmount[1]);
    const inner = parseFigure(withAmount[2]);
    if (inner.value !== null || inner.unknown) {
      return { ...head, amount: { value: inner.value, unit: inner.unit ?? '' } };
    }
  }
  if (UNKNOWN_WORDS.test(raw)) return { value: null, unit: null, unknown: true };
  const unitMatch = UNIT.exec(raw);
  const unit = unitMatch ? normaliseUnit(unitMatch[1]!) : null;
  const body = unitMatch ? raw.slice(0, unitMatch.index) : raw;
  return { value: parseSwedishNumber(body), unit, unknown: false };
}

function normaliseUnit(unit: string): string {
  const u = unit.toLowerCase();
  return u === 'procent' ? '%' : u;
}
