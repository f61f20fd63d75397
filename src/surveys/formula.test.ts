import { describe, expect, it } from 'vitest';
import { evaluate, MISSING, parseFormula, quantity, UNKNOWN, type Quantity } from './formula.ts';
import { GRANT_DERIVED_ROWS, GRANT_GROUPS, GRANT_QUESTIONS } from './grant-survey.data.ts';
import { definitionProblems } from './survey.ts';

function run(text: string, values: Record<string, Quantity>): Quantity {
  const parsed = parseFormula(text);
  if (!parsed.ok) throw new Error(parsed.message);
  return evaluate(parsed.formula, (ref) => values[ref.part === 'amount' ? `${ref.key}.amount` : ref.key] ?? MISSING);
}

describe('derived-row formulas', () => {
  it('computes with precedence, parentheses, unary minus and decimal commas', () => {
    expect(run('100 * avslag / ansokningar', { avslag: quantity(1), ansokningar: quantity(215) })).toEqual(quantity((100 * 1) / 215));
    expect(run('(a + b) * 2', { a: quantity(1), b: quantity(2) })).toEqual(quantity(6));
    expect(run('-a + 0,5', { a: quantity(2) })).toEqual(quantity(-1.5));
    expect(run('aterkrav.amount / aterkrav', { aterkrav: quantity(10), 'aterkrav.amount': quantity(260_000) })).toEqual(quantity(26_000));
  });

  it('is unknown when an input is unknown, even when multiplied by zero', () => {
    expect(run('0 * a + b', { a: UNKNOWN, b: quantity(3) })).toEqual(UNKNOWN);
    expect(run('a / b', { a: quantity(1) })).toEqual(MISSING);
    expect(run('a / b', { a: quantity(1), b: quantity(0) })).toEqual({ kind: 'undefined' });
  });

  it('reports what is wrong and where instead of throwing', () => {
    expect(parseFormula('a / ')).toMatchObject({ ok: false, message: 'Formeln slutar för tidigt.' });
    expect(parseFormula('(a + b')).toMatchObject({ ok: false, message: 'En parentes stängs inte.' });
    expect(parseFormula('a % b')).toMatchObject({ ok: false, position: 2 });
    expect(parseFormula('a b')).toMatchObject({ ok: false, position: 2 });
    expect(parseFormula('a.belopp')).toMatchObject({ ok: false });
    expect(parseFormula('')).toMatchObject({ ok: false, message: 'Formeln är tom.' });
  });
});

describe('a survey definition', () => {
  const grant = { groups: GRANT_GROUPS, questions: GRANT_QUESTIONS, derivedRows: GRANT_DERIVED_ROWS };

  it("holds for the seed's grant-control survey", () => {
    expect(definitionProblems(grant)).toEqual([]);
  });

  it('refuses formulas over unknown or non-numeric questions, duplicate keys and amounts without unit', () => {
    const problems = definitionProblems({
      groups: GRANT_GROUPS,
      questions: [...GRANT_QUESTIONS, { ...GRANT_QUESTIONS[0]!, position: 99 } as never, { ...GRANT_QUESTIONS[1]!, key: 'utan_enhet', unit: null }],
      derivedRows: [
        { key: 'x', label: 'X', formula: 'okand / ansokningar', unit: 'number', decimals: 0 },
        { key: 'y', label: 'Y', formula: 'informationsdelning * 2', unit: 'number', decimals: 0 },
        { key: 'z', label: 'Z', formula: 'utbetalt.amount', unit: 'number', decimals: 0 },
      ],
    });
    expect(problems.map((p) => p.path)).toEqual(['questions.9.key', 'questions.10.unit', 'derivedRows.0.formula', 'derivedRows.1.formula', 'derivedRows.2.formula']);
  });
});
