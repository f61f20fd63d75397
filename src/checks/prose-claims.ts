/**
 * Figures in prose that state a table's quantity: "Resultatet för stadsledningskontoret uppgår
 * till 20,6 mnkr", "en positiv avvikelse gentemot budgeten (5,8 mnkr) med 8,4 mnkr",
 * "en budgetavvikelse på 1,8 mnkr jämför med budget 18,5 mnkr". The phrasings are data; a
 * figure no phrasing names is left alone, which keeps the rule from guessing.
 */
import { parseSwedishNumber } from '../numbers/swedish-parse.ts';
import { decimalsOf } from './tolerance.ts';

export type Quantity = 'result' | 'budget' | 'variance' | 'costs' | 'income';

export interface ProseFigure {
  /** As printed, with its unit: "20,6 mnkr". */
  printed: string;
  value: number;
  decimals: number;
  /** Kronor per unit of the printed figure (mnkr → 1 000 000). */
  scale: number;
}

export interface Claim {
  quantity: Quantity;
  figure: ProseFigure;
  /** Offset of the figure in the sentence. */
  index: number;
}

export interface RangeClaim {
  /** What the sentence says varies, as written. */
  subject: string;
  low: ProseFigure;
  high: ProseFigure;
  index: number;
}

const MONEY = String.raw`((?:\d{1,3}(?:[ \u00a0]\d{3})+|\d+)(?:,\d+)?\s*(?:mnkr|mkr|tkr|kr|miljoner kronor)\b)`;
const BUDGET = String.raw`(?:periodens |årets |helårets )?budget(?:en)?`;
const RESULT_WORD = String.raw`(?:överskott|underskott|resultat)(?:et)?`;

/** Phrasings, tried in order; each capture group is a figure of the listed quantity. */
const PHRASING_SOURCES: readonly { pattern: string; quantities: Quantity[] }[] = [
  { pattern: String.raw`avvikelse (?:mot|gentemot) ${BUDGET} \(${MONEY}\) (?:med|på) ${MONEY}`, quantities: ['budget', 'variance'] },
  { pattern: String.raw`avvikelse (?:mot|gentemot) ${BUDGET} (?:med|på) ${MONEY}`, quantities: ['variance'] },
  { pattern: String.raw`budgetavvikelse(?:n)? (?:på|med|om) ${MONEY}`, quantities: ['variance'] },
  { pattern: String.raw`(?:jämför|jämfört) med ${BUDGET}(?: på)? ${MONEY}`, quantities: ['budget'] },
  { pattern: String.raw`(?:intäkter och kostnader|kostnader(?:na)?|kostnaden) (?:uppgår till|är|blir) ${MONEY}`, quantities: ['costs'] },
  { pattern: String.raw`intäkter(?:na)? (?:uppgår till|är|blir) ${MONEY}`, quantities: ['income'] },
  { pattern: String.raw`(?:överskott|underskott)(?:et)? (?:på|om) ${MONEY}`, quantities: ['result'] },
  {
    pattern: String.raw`resultat(?:et)?(?: för [^,.;]{1,60}?)? (?:är|uppgår till|blir)(?: ett (?:överskott|underskott) på)? ${MONEY}`,
    quantities: ['result'],
  },
  { pattern: String.raw`del av (?:detta |periodens )?${RESULT_WORD} (?:är|uppgår till|blir) ${MONEY}`, quantities: ['result'] },
  { pattern: String.raw`står för ${MONEY} av (?:detta |periodens )?${RESULT_WORD}`, quantities: ['result'] },
];

const PHRASINGS = PHRASING_SOURCES.map(({ pattern, quantities }) => ({ pattern: new RegExp(pattern, 'dg'), quantities }));
/** Cheap pre-test: a sentence without an amount in kronor states nothing these rules compare. */
const HAS_MONEY = /\d\s*(?:mnkr|mkr|tkr|kr|miljoner kronor)\b/i;

const RANGE = new RegExp(String.raw`(?:varierar|ligger) mellan ${MONEY} och ${MONEY}`, 'dgi');

const SCALE: Record<string, number> = { mnkr: 1e6, mkr: 1e6, 'miljoner kronor': 1e6, tkr: 1e3, kr: 1 };

export function proseFigure(printed: string): ProseFigure | null {
  const match = /^(.*?)\s*(mnkr|mkr|tkr|kr|miljoner kronor)$/i.exec(printed.trim());
  if (!match) return null;
  const value = parseSwedishNumber(match[1]);
  const scale = SCALE[match[2]!.toLowerCase()];
  if (value === null || scale === undefined) return null;
  return { printed: printed.trim(), value, decimals: decimalsOf(match[1]), scale };
}

export function claimsIn(sentence: string): Claim[] {
  if (!HAS_MONEY.test(sentence)) return [];
  const lower = sentence.toLowerCase();
  const claims: Claim[] = [];
  const taken = new Set<number>();
  for (const { pattern, quantities } of PHRASINGS) {
    for (const match of lower.matchAll(pattern)) {
      quantities.forEach((quantity, i) => {
        const span = match.indices?.[i + 1];
        if (!span || taken.has(span[0])) return;
        const figure = proseFigure(sentence.slice(span[0], span[1]));
        if (!figure) return;
        taken.add(span[0]);
        claims.push({ quantity, figure, index: span[0] });
      });
    }
  }
  return claims.sort((a, b) => a.index - b.index);
}

export function rangesIn(sentence: string): RangeClaim[] {
  const ranges: RangeClaim[] = [];
  if (!HAS_MONEY.test(sentence)) return ranges;
  for (const match of sentence.matchAll(RANGE)) {
    const [lowSpan, highSpan] = [match.indices?.[1], match.indices?.[2]];
    if (!lowSpan || !highSpan) continue;
    const low = proseFigure(sentence.slice(lowSpan[0], lowSpan[1]));
    const high = proseFigure(sentence.slice(highSpan[0], highSpan[1]));
    if (low && high) ranges.push({ subject: sentence.slice(0, match.index), low, high, index: lowSpan[0] });
  }
  return ranges;
}
