/**
 * Answers as stored, and how a typed or posted answer becomes one. Reading never throws: an
 * answer that cannot be accepted comes back as a problem with a code (for clients) and a
 * Swedish message (for the person answering).
 *
 * Decisions:
 * - "number" questions are counts: whole and not negative ("Antal ansökningar").
 * - An amount may be answered in any money unit (kr, tkr, mkr/mnkr) and is stored as answered
 *   ("127 mkr" stays 127 mkr); a bare number is in the question's unit; other units ("%", "st")
 *   are refused with `wrong_unit`. Computations convert to kronor exactly.
 * - "Oklart" is its own answer, allowed only where the question allows it; in a count with an
 *   amount the count and the amount can each be unknown ("Oklart (207 tkr)").
 */
import { parseFigure } from '../numbers/swedish-parse.ts';
import { isMoneyUnit, KRONOR_PER_UNIT, type MoneyUnit, type Question } from './question.ts';

export type AmountUnit = MoneyUnit | 'mnkr';

export interface Money {
  value: number;
  unit: AmountUnit;
}

export type Answer =
  | { kind: 'unknown' }
  | { kind: 'number'; value: number }
  | { kind: 'amount'; value: number; unit: AmountUnit }
  | { kind: 'percent'; value: number }
  | { kind: 'yes-no'; value: boolean }
  | { kind: 'choice'; value: string }
  | { kind: 'text'; value: string }
  | { kind: 'count-with-amount'; count: number | 'unknown'; amount: Money | 'unknown' | null };

/** An answer as a person or client sends it: either typed text, or its parts. */
export interface AnswerInput {
  question: string;
  /** As typed: "1 693", "127 mkr", "oklart", "10 (260 tkr)", "ja". */
  text?: string | null;
  value?: number | string | boolean | null;
  unit?: string | null;
  unknown?: boolean;
  /** Count with amount, in parts. */
  count?: number | string | null;
  countUnknown?: boolean;
  amount?: number | string | null;
  amountUnit?: string | null;
  amountUnknown?: boolean;
}

export const ANSWER_PROBLEM_CODES = [
  'unknown_question',
  'required',
  'not_a_number',
  'not_whole',
  'negative',
  'wrong_unit',
  'unknown_not_allowed',
  'not_an_option',
  'not_yes_no',
  'too_long',
  'amount_without_count',
] as const;
export type AnswerProblemCode = (typeof ANSWER_PROBLEM_CODES)[number];

export interface AnswerProblem {
  question: string;
  code: AnswerProblemCode;
  message: string;
}

/** `answer: null` means the input was empty: the question is left unanswered. */
export type AnswerReading = { ok: true; answer: Answer | null } | { ok: false; problem: AnswerProblem };

export const MAX_TEXT_LENGTH = 10_000;
const UNKNOWN_WORD = /^(oklart|okänt|vet ej|vet inte)$/i;

const problem = (question: Question, code: AnswerProblemCode, message: string): AnswerProblem => ({
  question: question.key,
  code,
  message: `${question.text}: ${message}`,
});
const fail = (question: Question, code: AnswerProblemCode, message: string): AnswerReading => ({
  ok: false,
  problem: problem(question, code, message),
});

const isBlank = (v: unknown) => v === undefined || v === null || (typeof v === 'string' && v.trim() === '');

export function readAnswer(question: Question, input: AnswerInput): AnswerReading {
  if (input.unknown) return unknownAnswer(question);
  if (question.kind === 'count-with-amount') return readCountWithAmount(question, input);
  const typed = !isBlank(input.text) ? String(input.text).trim() : undefined;
  if (typed === undefined && isBlank(input.value)) return { ok: true, answer: null };
  switch (question.kind) {
    case 'text': {
      const value = typed ?? String(input.value).trim();
      if (value.length > MAX_TEXT_LENGTH) return fail(question, 'too_long', `svaret får vara högst ${MAX_TEXT_LENGTH} tecken.`);
      return { ok: true, answer: { kind: 'text', value } };
    }
    case 'yes-no':
      return readYesNo(question, typed ?? input.value!);
    case 'choice': {
      const value = typed ?? String(input.value);
      const option = question.options?.find((o) => o.value === value || o.label.toLowerCase() === value.toLowerCase());
      if (!option) {
        const allowed = (question.options ?? []).map((o) => `"${o.label}"`).join(', ');
        return fail(question, 'not_an_option', `"${value}" är inte ett av svarsalternativen (${allowed}).`);
      }
      return { ok: true, answer: { kind: 'choice', value: option.value } };
    }
    default:
      return readFigure(question, typed ?? input.value!, input.unit ?? null);
  }
}

function unknownAnswer(question: Question): AnswerReading {
  if (!question.allowsUnknown) return fail(question, 'unknown_not_allowed', 'frågan måste besvaras med ett värde; "oklart" är inte tillåtet här.');
  return { ok: true, answer: { kind: 'unknown' } };
}

function readYesNo(question: Question, raw: string | number | boolean): AnswerReading {
  if (typeof raw === 'boolean') return { ok: true, answer: { kind: 'yes-no', value: raw } };
  const text = String(raw).trim().toLowerCase();
  if (UNKNOWN_WORD.test(text)) return unknownAnswer(question);
  if (['ja', 'yes', 'true'].includes(text)) return { ok: true, answer: { kind: 'yes-no', value: true } };
  if (['nej', 'no', 'false'].includes(text)) return { ok: true, answer: { kind: 'yes-no', value: false } };
  return fail(question, 'not_yes_no', `svara ja eller nej, inte "${String(raw)}".`);
}

interface ReadNumber {
  value: number;
  unit: string | null;
}

/** A number typed or sent, with the unit written after it; unknown words become 'unknown'. */
function readNumber(raw: string | number | boolean): ReadNumber | 'unknown' | null {
  if (typeof raw === 'number') return Number.isFinite(raw) ? { value: raw, unit: null } : null;
  if (typeof raw === 'boolean') return null;
  const figure = parseFigure(raw);
  if (figure.unknown || UNKNOWN_WORD.test(raw.trim())) return 'unknown';
  if (figure.value === null || figure.amount) return null;
  return { value: figure.value, unit: figure.unit };
}

function readFigure(question: Question, raw: string | number | boolean, unitGiven: string | null): AnswerReading {
  const read = readNumber(raw);
  if (read === 'unknown') return unknownAnswer(question);
  if (read === null) return fail(question, 'not_a_number', `"${String(raw)}" är inte ett tal. Skriv till exempel 1 693 eller 10,7.`);
  const unit = normaliseUnit(unitGiven ?? read.unit);
  if (unitGiven && read.unit && normaliseUnit(read.unit) !== unit) {
    return fail(question, 'wrong_unit', `talet är skrivet i ${read.unit} men enheten anges som ${unitGiven}.`);
  }
  switch (question.kind) {
    case 'number':
      if (unit !== null && unit !== 'st') return fail(question, 'wrong_unit', `frågan gäller ett antal; enheten ${unit} passar inte.`);
      return readCount(question, read.value, (value) => ({ kind: 'number', value }));
    case 'percent':
      if (unit !== null && unit !== '%') return fail(question, 'wrong_unit', `frågan gäller procent; enheten ${unit} passar inte.`);
      return { ok: true, answer: { kind: 'percent', value: read.value } };
    case 'amount': {
      const money = readMoney(question, read.value, unit);
      return 'problem' in money ? { ok: false, problem: money.problem } : { ok: true, answer: { kind: 'amount', ...money } };
    }
    default:
      return fail(question, 'not_a_number', 'frågan tar inte emot tal.');
  }
}

function readCount(question: Question, value: number, make: (value: number) => Answer): AnswerReading {
  if (!Number.isInteger(value)) return fail(question, 'not_whole', `ett antal är ett heltal, inte ${String(value).replace('.', ',')}.`);
  if (value < 0) return fail(question, 'negative', `ett antal kan inte vara negativt (${value}).`);
  return { ok: true, answer: make(value) };
}

function normaliseUnit(unit: string | null | undefined): string | null {
  if (unit === null || unit === undefined || unit.trim() === '') return null;
  const u = unit.trim().toLowerCase();
  return u === 'procent' ? '%' : u;
}

function readMoney(question: Question, value: number, unit: string | null): Money | { problem: AnswerProblem } {
  const chosen = unit ?? question.unit ?? 'kr';
  if (!isMoneyUnit(chosen)) return { problem: problem(question, 'wrong_unit', `ett belopp anges i kr, tkr eller mkr, inte i ${chosen}.`) };
  if (value < 0) return { problem: problem(question, 'negative', 'beloppet kan inte vara negativt.') };
  return { value, unit: chosen };
}

function readCountWithAmount(question: Question, input: AnswerInput): AnswerReading {
  let countRaw: string | number | null | undefined = input.count;
  let countUnknown = input.countUnknown ?? false;
  let amountRaw: string | number | null | undefined = input.amount;
  let amountUnit = input.amountUnit ?? null;
  let amountUnknown = input.amountUnknown ?? false;
  const typed = !isBlank(input.text) ? String(input.text).trim() : undefined;
  if (typed !== undefined) {
    // "10 (260 tkr)", "Oklart (207 tkr)", "0", "oklart"
    const figure = parseFigure(typed);
    if (figure.unknown) countUnknown = true;
    else if (figure.value === null) return fail(question, 'not_a_number', `"${typed}" går inte att läsa som antal med belopp, till exempel 10 (260 tkr).`);
    else countRaw = figure.value;
    if (figure.unit && !figure.amount) return fail(question, 'wrong_unit', `skriv antalet först och beloppet inom parentes, till exempel 10 (260 tkr).`);
    if (figure.amount) {
      if (figure.amount.value === null) amountUnknown = true;
      else {
        amountRaw = figure.amount.value;
        amountUnit = figure.amount.unit || null;
      }
    }
  } else if (isBlank(countRaw) && !countUnknown && isBlank(amountRaw) && !amountUnknown) {
    return { ok: true, answer: null };
  }

  let count: number | 'unknown';
  if (countUnknown) {
    if (!question.allowsUnknown) return unknownAnswer(question);
    count = 'unknown';
  } else {
    if (isBlank(countRaw)) return fail(question, 'not_a_number', 'ange antalet (eller "oklart").');
    const read = readNumber(countRaw!);
    if (read === 'unknown') {
      if (!question.allowsUnknown) return unknownAnswer(question);
      count = 'unknown';
    } else if (read === null) {
      return fail(question, 'not_a_number', `"${String(countRaw)}" är inte ett antal.`);
    } else {
      if (read.unit !== null && read.unit !== 'st') return fail(question, 'wrong_unit', `antalet kan inte ha enheten ${read.unit}.`);
      const counted = readCount(question, read.value, (value) => ({ kind: 'number', value }));
      if (!counted.ok) return counted;
      count = read.value;
    }
  }

  let amount: Money | 'unknown' | null = null;
  if (amountUnknown) {
    if (!question.allowsUnknown) return unknownAnswer(question);
    amount = 'unknown';
  } else if (!isBlank(amountRaw)) {
    const read = readNumber(amountRaw!);
    if (read === 'unknown') {
      if (!question.allowsUnknown) return unknownAnswer(question);
      amount = 'unknown';
    } else if (read === null) {
      return fail(question, 'not_a_number', `beloppet "${String(amountRaw)}" är inte ett tal.`);
    } else {
      const given = normaliseUnit(amountUnit);
      if (given && read.unit && normaliseUnit(read.unit) !== given) {
        return fail(question, 'wrong_unit', `beloppet är skrivet i ${read.unit} men enheten anges som ${given}.`);
      }
      const money = readMoney(question, read.value, given ?? normaliseUnit(read.unit));
      if ('problem' in money) return { ok: false, problem: money.problem };
      amount = money;
    }
  }
  if (count === 0 && amount !== null && amount !== 'unknown' && amount.value > 0) {
    return fail(question, 'amount_without_count', 'ett belopp förutsätter minst ett återkrav; antalet är 0.');
  }
  return { ok: true, answer: { kind: 'count-with-amount', count, amount } };
}

/** Kronor of an amount, exact for the decimals people type (10,7 mkr → 10 700 000). */
export function toKronor(money: Money): number {
  return Math.round(money.value * KRONOR_PER_UNIT[money.unit] * 1e6) / 1e6;
}

/** An amount in another money unit, e.g. 260 tkr in mkr → 0,26. */
export function convertMoney(money: Money, unit: AmountUnit): number {
  return Math.round((toKronor(money) / KRONOR_PER_UNIT[unit]) * 1e9) / 1e9;
}

/** Decimals an amount was answered with, so it prints as answered ("10,7 mkr", "127 mkr"). */
export function decimalsOfNumber(value: number): number {
  const text = String(value);
  if (/e/i.test(text)) return 0;
  return text.split('.')[1]?.length ?? 0;
}
