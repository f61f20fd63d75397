import { describe, expect, it } from 'vitest';
import { readAnswer, toKronor, type AnswerInput } from './answer.ts';
import type { Question } from './question.ts';

const question = (kind: Question['kind'], extra: Partial<Question> = {}): Question => ({
  key: 'q',
  kind,
  text: 'Frågan',
  help: null,
  unit: null,
  options: null,
  allowsUnknown: false,
  required: true,
  groupPosition: null,
  ...extra,
});

const read = (q: Question, input: Omit<AnswerInput, 'question'>) => readAnswer(q, { question: q.key, ...input });
const problemCode = (q: Question, input: Omit<AnswerInput, 'question'>) => {
  const result = read(q, input);
  return result.ok ? null : result.problem.code;
};

describe('reading a count (number question)', () => {
  const count = question('number');

  it('reads counts as Swedish documents print them', () => {
    expect(read(count, { text: '1 693' })).toEqual({ ok: true, answer: { kind: 'number', value: 1693 } });
    expect(read(count, { value: 0 })).toEqual({ ok: true, answer: { kind: 'number', value: 0 } });
    expect(read(count, { text: '12 st' })).toEqual({ ok: true, answer: { kind: 'number', value: 12 } });
  });

  it('refuses a negative count, a fraction, text and a money unit, each with its own code and a Swedish message', () => {
    const negative = read(count, { text: '-3' });
    expect(negative).toMatchObject({ ok: false, problem: { question: 'q', code: 'negative' } });
    expect(!negative.ok && negative.problem.message).toMatch(/^Frågan: ett antal kan inte vara negativt/);
    expect(problemCode(count, { value: -1 })).toBe('negative');
    expect(problemCode(count, { text: '2,5' })).toBe('not_whole');
    expect(problemCode(count, { text: 'tolv' })).toBe('not_a_number');
    expect(problemCode(count, { value: 'ungefär 40' })).toBe('not_a_number');
    expect(problemCode(count, { text: '5 mkr' })).toBe('wrong_unit');
  });

  it('takes "oklart" only where the question allows it', () => {
    expect(problemCode(count, { text: 'oklart' })).toBe('unknown_not_allowed');
    expect(problemCode(count, { unknown: true })).toBe('unknown_not_allowed');
    const lenient = question('number', { allowsUnknown: true });
    expect(read(lenient, { text: 'oklart' })).toEqual({ ok: true, answer: { kind: 'unknown' } });
    expect(read(lenient, { unknown: true })).toEqual({ ok: true, answer: { kind: 'unknown' } });
  });

  it('leaves the question unanswered on empty input', () => {
    expect(read(count, { text: '  ' })).toEqual({ ok: true, answer: null });
    expect(read(count, {})).toEqual({ ok: true, answer: null });
  });
});

describe('reading an amount', () => {
  const paid = question('amount', { unit: 'mkr' });

  it('stores the amount as answered; a bare number is in the question unit', () => {
    expect(read(paid, { text: '127 mkr' })).toEqual({ ok: true, answer: { kind: 'amount', value: 127, unit: 'mkr' } });
    expect(read(paid, { text: '0,7' })).toEqual({ ok: true, answer: { kind: 'amount', value: 0.7, unit: 'mkr' } });
    expect(read(paid, { value: 10.7, unit: 'mkr' })).toEqual({ ok: true, answer: { kind: 'amount', value: 10.7, unit: 'mkr' } });
  });

  it('accepts another money unit and converts exactly when computing', () => {
    const answered = read(paid, { text: '700 tkr' });
    expect(answered).toEqual({ ok: true, answer: { kind: 'amount', value: 700, unit: 'tkr' } });
    expect(toKronor({ value: 10.7, unit: 'mkr' })).toBe(10_700_000);
    expect(toKronor({ value: 700, unit: 'tkr' })).toBe(toKronor({ value: 0.7, unit: 'mkr' }));
  });

  it('refuses an amount in a unit that is not money, a negative amount and text', () => {
    expect(problemCode(paid, { text: '12 %' })).toBe('wrong_unit');
    expect(problemCode(paid, { value: 12, unit: 'st' })).toBe('wrong_unit');
    expect(problemCode(paid, { text: '12 tkr', unit: 'mkr' })).toBe('wrong_unit');
    expect(problemCode(paid, { text: '-5 mkr' })).toBe('negative');
    expect(problemCode(paid, { text: 'cirka hundra' })).toBe('not_a_number');
  });
});

describe('reading a count with an amount', () => {
  const claims = question('count-with-amount', { unit: 'tkr', allowsUnknown: true });

  it('reads the forms Tabell 1 prints', () => {
    expect(read(claims, { text: '10 (260 tkr)' })).toEqual({ ok: true, answer: { kind: 'count-with-amount', count: 10, amount: { value: 260, unit: 'tkr' } } });
    expect(read(claims, { text: '0' })).toEqual({ ok: true, answer: { kind: 'count-with-amount', count: 0, amount: null } });
    expect(read(claims, { text: 'Oklart (207 tkr)' })).toEqual({ ok: true, answer: { kind: 'count-with-amount', count: 'unknown', amount: { value: 207, unit: 'tkr' } } });
    expect(read(claims, { count: '3', amount: '250', amountUnit: 'tkr' })).toEqual({ ok: true, answer: { kind: 'count-with-amount', count: 3, amount: { value: 250, unit: 'tkr' } } });
    expect(read(claims, { countUnknown: true, amount: 207 })).toEqual({ ok: true, answer: { kind: 'count-with-amount', count: 'unknown', amount: { value: 207, unit: 'tkr' } } });
  });

  it('refuses a negative count, an amount in the wrong unit, and an amount with no claims', () => {
    expect(problemCode(claims, { text: '-1 (3 tkr)' })).toBe('negative');
    expect(problemCode(claims, { count: 2, amount: 5, amountUnit: '%' })).toBe('wrong_unit');
    expect(problemCode(claims, { text: '10 tkr' })).toBe('wrong_unit');
    expect(problemCode(claims, { count: 'två' })).toBe('not_a_number');
    expect(problemCode(claims, { count: 0, amount: 50 })).toBe('amount_without_count');
    expect(problemCode(question('count-with-amount', { unit: 'tkr' }), { text: 'Oklart (207 tkr)' })).toBe('unknown_not_allowed');
  });
});

describe('reading percent, yes/no, choice and text', () => {
  it('reads a percent and refuses other units', () => {
    const share = question('percent');
    expect(read(share, { text: '0,8 %' })).toEqual({ ok: true, answer: { kind: 'percent', value: 0.8 } });
    expect(problemCode(share, { text: '3 mkr' })).toBe('wrong_unit');
  });

  it('reads ja/nej and refuses anything else', () => {
    const yesNo = question('yes-no');
    expect(read(yesNo, { text: 'Ja' })).toEqual({ ok: true, answer: { kind: 'yes-no', value: true } });
    expect(read(yesNo, { value: false })).toEqual({ ok: true, answer: { kind: 'yes-no', value: false } });
    expect(problemCode(yesNo, { text: 'kanske' })).toBe('not_yes_no');
  });

  it('takes a choice by value or label, and refuses others', () => {
    const choice = question('choice', { options: [{ value: 'manual', label: 'Manuellt' }, { value: 'system', label: 'I IT-systemet' }] });
    expect(read(choice, { value: 'system' })).toEqual({ ok: true, answer: { kind: 'choice', value: 'system' } });
    expect(read(choice, { text: 'manuellt' })).toEqual({ ok: true, answer: { kind: 'choice', value: 'manual' } });
    expect(problemCode(choice, { value: 'e-post' })).toBe('not_an_option');
  });

  it('keeps text as written, within a limit', () => {
    const text = question('text');
    expect(read(text, { text: ' Oklarheter kring GDPR. ' })).toEqual({ ok: true, answer: { kind: 'text', value: 'Oklarheter kring GDPR.' } });
    expect(problemCode(text, { text: 'x'.repeat(10_001) })).toBe('too_long');
  });
});
