/**
 * The survey's table: one column per organisation, one row per question and derived row, and
 * a total. Figures print as Swedish reports print them ("1 693", "127 mkr", "10 (260 tkr)",
 * "0,9 %"), rounded half away from zero.
 *
 * Unknowns: an "oklart" answer makes every derived value that uses it unknown, never zero.
 * A total over organisations where some answer is unknown or missing is itself unknown; it is
 * shown as "minst N" (the sum of the known parts, a true lower bound because counts and amounts
 * are never negative) or "oklart" when nothing is known. A derived total is the formula over
 * the totals (paid in total ÷ applications in total: a weighted average), so it is unknown
 * whenever one of those totals is.
 */
import { roundHalfAwayFromZero } from '../numbers/rounding.ts';
import { formatNumber, NBSP } from '../numbers/swedish-format.ts';
import { convertMoney, decimalsOfNumber, type Answer } from './answer.ts';
import { answerQuantity, sumQuantities } from './answer-quantity.ts';
import { evaluate, parseFormula, UNDEFINED, type Quantity } from './formula.ts';
import { isSummableKind, KRONOR_PER_UNIT, type Question, type QuestionKind } from './question.ts';
import type { ResponseStatus } from './response.ts';
import type { DerivedRow, DerivedUnit, Survey } from './survey.ts';

export interface AggregateColumn {
  organisationId: string;
  label: string;
  status: ResponseStatus;
}

export interface AggregateCell {
  /** The figure in the row's unit (kronor rows: in the row's money unit), unrounded; or why there is none. */
  quantity: Quantity;
  /** For counts with amounts: the amount, in the question's money unit. */
  amount?: Quantity;
  /** For totals with unknown or missing parts: the sum of the known parts. */
  atLeast?: number;
  amountAtLeast?: number;
  /** A derived figure rounded as it prints (the quantity keeps every decimal). */
  rounded?: number;
  /** Choice, yes/no and text answers. */
  answerText?: string;
  /** As it prints. */
  text: string;
}

export interface AggregateRow {
  key: string;
  label: string;
  source: 'question' | 'derived';
  kind: QuestionKind | 'derived';
  /** "mkr", "tkr", "kr", "%" or null for counts and texts. */
  unit: string | null;
  cells: AggregateCell[];
  /** Null where adding up over organisations means nothing (percentages, texts, choices). */
  total: AggregateCell | null;
}

export interface AggregateTable {
  surveyId: string;
  title: string;
  periodLabel: string | null;
  columns: AggregateColumn[];
  rows: AggregateRow[];
}

export interface ResponseInput {
  organisationId: string;
  organisationName: string;
  status: ResponseStatus;
  answers: Record<string, Answer>;
}

export interface AggregateOptions {
  /** Count drafts too (the controller's preview); by default only submitted answers count. */
  includeDrafts?: boolean;
}

export const NO_VALUE = '–';
export const UNKNOWN_TEXT = 'oklart';

/** Rounds to decimals, negative decimals to tens, hundreds, thousands (−3: 75 015 → 75 000). */
export function roundTo(value: number, decimals: number): number {
  if (decimals >= 0) return roundHalfAwayFromZero(value, decimals);
  const unit = 10 ** -decimals;
  return roundHalfAwayFromZero(value / unit, 0) * unit;
}

function figureText(value: number, decimals: number): string {
  return formatNumber(value, { decimals: Math.max(0, Math.min(decimals, 6)) });
}

function quantityText(q: Quantity, print: (value: number) => string): string {
  if (q.kind === 'value') return print(q.value);
  return q.kind === 'unknown' ? UNKNOWN_TEXT : NO_VALUE;
}

/** "Oklart" with a capital when it opens a cell that goes on, as the seed prints "Oklart (207 tkr)". */
const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function moneyUnitOf(question: Question): keyof typeof KRONOR_PER_UNIT {
  return question.unit ?? 'kr';
}

/** Decimals an amount needs in the question's unit to show what was answered. */
function moneyDecimals(question: Question, answer: Answer | undefined): number {
  if (answer?.kind === 'amount') return decimalsOfNumber(convertMoney(answer, moneyUnitOf(question)));
  if (answer?.kind === 'count-with-amount' && answer.amount && answer.amount !== 'unknown') return decimalsOfNumber(convertMoney(answer.amount, moneyUnitOf(question)));
  return 0;
}

function answerCell(question: Question, answer: Answer | undefined): AggregateCell {
  const perUnit = KRONOR_PER_UNIT[moneyUnitOf(question)];
  const inUnit = (q: Quantity): Quantity => (q.kind === 'value' ? { kind: 'value', value: Math.round((q.value / perUnit) * 1e9) / 1e9 } : q);
  if (answer === undefined) return { quantity: answerQuantity(question, answer), text: NO_VALUE };
  switch (question.kind) {
    case 'number':
      return { quantity: answerQuantity(question, answer), text: quantityText(answerQuantity(question, answer), (v) => figureText(v, 0)) };
    case 'percent': {
      const q = answerQuantity(question, answer);
      return { quantity: q, text: quantityText(q, (v) => `${figureText(v, decimalsOfNumber(v))}${NBSP}%`) };
    }
    case 'amount': {
      const q = inUnit(answerQuantity(question, answer));
      const decimals = moneyDecimals(question, answer);
      return { quantity: q, text: quantityText(q, (v) => `${figureText(v, decimals)} ${question.unit}`) };
    }
    case 'count-with-amount': {
      const count = answerQuantity(question, answer, 'value');
      const amount = inUnit(answerQuantity(question, answer, 'amount'));
      const decimals = moneyDecimals(question, answer);
      const stated = answer.kind === 'count-with-amount' && answer.amount !== null;
      const head = quantityText(count, (v) => figureText(v, 0));
      const text = stated ? `${capitalise(head)} (${quantityText(amount, (v) => `${figureText(v, decimals)} ${question.unit}`)})` : head;
      return { quantity: count, amount, text };
    }
    case 'yes-no': {
      const q = answerQuantity(question, answer);
      const text = answer.kind === 'yes-no' ? (answer.value ? 'Ja' : 'Nej') : UNKNOWN_TEXT;
      return { quantity: q, answerText: text, text };
    }
    case 'choice': {
      const label = answer.kind === 'choice' ? (question.options?.find((o) => o.value === answer.value)?.label ?? answer.value) : UNKNOWN_TEXT;
      return { quantity: UNDEFINED, answerText: label, text: label };
    }
    case 'text': {
      const text = answer.kind === 'text' ? answer.value : UNKNOWN_TEXT;
      return { quantity: UNDEFINED, answerText: text, text };
    }
  }
}

function totalText(total: Quantity, known: number, print: (value: number) => string): string {
  if (total.kind === 'value') return print(total.value);
  if (total.kind === 'undefined') return NO_VALUE;
  return known > 0 ? `minst ${print(known)}` : total.kind === 'unknown' ? UNKNOWN_TEXT : NO_VALUE;
}

function totalCell(question: Question, cells: AggregateCell[], answers: (Answer | undefined)[]): AggregateCell | null {
  if (!isSummableKind(question.kind)) return null;
  const count = sumQuantities(cells.map((c) => c.quantity));
  if (question.kind === 'number') {
    return { quantity: count.total, ...(count.total.kind !== 'value' ? { atLeast: count.known } : {}), text: totalText(count.total, count.known, (v) => figureText(v, 0)) };
  }
  const decimals = Math.max(0, ...answers.map((a) => moneyDecimals(question, a)));
  const money = (v: number) => `${figureText(v, decimals)} ${question.unit}`;
  if (question.kind === 'amount') {
    return { quantity: count.total, ...(count.total.kind !== 'value' ? { atLeast: count.known } : {}), text: totalText(count.total, count.known, money) };
  }
  const amount = sumQuantities(cells.map((c) => c.amount ?? UNDEFINED));
  const head = totalText(count.total, count.known, (v) => figureText(v, 0));
  const tail = totalText(amount.total, amount.known, money);
  return {
    quantity: count.total,
    amount: amount.total,
    ...(count.total.kind !== 'value' ? { atLeast: count.known } : {}),
    ...(amount.total.kind !== 'value' ? { amountAtLeast: amount.known } : {}),
    text: amount.known > 0 || amount.total.kind === 'unknown' ? `${capitalise(head)} (${tail})` : head,
  };
}

const DERIVED_SCALE: Record<DerivedUnit, number> = { number: 1, '%': 1, kr: 1, tkr: 1_000, mkr: 1_000_000 };

function derivedCell(row: DerivedRow, q: Quantity): AggregateCell {
  return { quantity: q, ...(q.kind === 'value' ? { rounded: roundTo(q.value, row.decimals) } : {}), text: derivedText(row, q) };
}

function derivedText(row: DerivedRow, q: Quantity): string {
  return quantityText(q, (v) => {
    const body = figureText(roundTo(v, row.decimals), row.decimals);
    return row.unit === '%' ? `${body}${NBSP}%` : body;
  });
}

function derivedRow(row: DerivedRow, questions: Map<string, Question>, columns: (Record<string, Answer> | null)[], totals: Map<string, { value: Quantity; amount: Quantity }>): AggregateRow {
  const parsed = parseFormula(row.formula);
  const scale = DERIVED_SCALE[row.unit];
  const scaled = (q: Quantity): Quantity => (q.kind === 'value' ? { kind: 'value', value: q.value / scale } : q);
  const cells = columns.map((answers): AggregateCell => {
    if (!parsed.ok) return { quantity: UNDEFINED, text: NO_VALUE };
    const q = scaled(
      evaluate(parsed.formula, (ref) => {
        const question = questions.get(ref.key);
        return question && answers ? answerQuantity(question, answers[ref.key], ref.part) : question ? answerQuantity(question, undefined) : UNDEFINED;
      }),
    );
    return derivedCell(row, q);
  });
  let total: AggregateCell | null = null;
  if (parsed.ok) {
    const q = scaled(
      evaluate(parsed.formula, (ref) => {
        const t = totals.get(ref.key);
        return t ? (ref.part === 'amount' ? t.amount : t.value) : UNDEFINED;
      }),
    );
    total = derivedCell(row, q);
  }
  return { key: row.key, label: row.label, source: 'derived', kind: 'derived', unit: row.unit === 'number' ? null : row.unit, cells, total };
}

/**
 * The table in the survey's order: questions, then derived rows (a placement in a report
 * chooses its own order). Columns follow the order of `responses`.
 */
export function aggregate(survey: Pick<Survey, 'id' | 'title' | 'periodLabel' | 'questions' | 'derivedRows'>, responses: readonly ResponseInput[], options: AggregateOptions = {}): AggregateTable {
  const counted = responses.map((r) => (r.status === 'submitted' || (options.includeDrafts && r.status === 'draft') ? r.answers : null));
  const questions = new Map(survey.questions.map((q) => [q.key, q]));
  const totals = new Map<string, { value: Quantity; amount: Quantity }>();
  const rows: AggregateRow[] = survey.questions.map((question) => {
    const answers = counted.map((a) => a?.[question.key]);
    const cells = answers.map((answer) => answerCell(question, answer));
    const total = totalCell(question, cells, answers);
    // Totals for formulas are in base units (kronor), like the per-column inputs.
    const values = answers.map((a) => answerQuantity(question, a, 'value'));
    const amounts = answers.map((a) => answerQuantity(question, a, 'amount'));
    totals.set(question.key, {
      value: isSummableKind(question.kind) ? sumQuantities(values).total : UNDEFINED,
      amount: question.kind === 'count-with-amount' ? sumQuantities(amounts).total : UNDEFINED,
    });
    return {
      key: question.key,
      label: question.text,
      source: 'question',
      kind: question.kind,
      unit: question.kind === 'amount' || question.kind === 'count-with-amount' ? question.unit : question.kind === 'percent' ? '%' : null,
      cells,
      total,
    };
  });
  for (const row of survey.derivedRows) rows.push(derivedRow(row, questions, counted, totals));
  return {
    surveyId: survey.id,
    title: survey.title,
    periodLabel: survey.periodLabel,
    columns: responses.map((r) => ({ organisationId: r.organisationId, label: r.organisationName, status: r.status })),
    rows,
  };
}
