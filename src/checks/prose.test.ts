import { describe, expect, it } from 'vitest';
import { lines } from './fixtures/builders.ts';
import { lineAt, paragraphsOf, sentencesOf } from './prose.ts';

describe('prose as the rules read it', () => {
  it('joins PDF lines into paragraphs and keeps the line of every position', () => {
    const [paragraph] = paragraphsOf(lines(2270, ['Resultatet för stadsledningskontoret uppgår till 20,6 mnkr med en positiv avvikelse', 'gentemot budgeten (5,8 mnkr) med 8,4 mnkr.']));
    expect(paragraph!.text).toBe('Resultatet för stadsledningskontoret uppgår till 20,6 mnkr med en positiv avvikelse gentemot budgeten (5,8 mnkr) med 8,4 mnkr.');
    expect(lineAt(paragraph!, paragraph!.text.indexOf('8,4'))).toBe(2271);
  });

  it('recognises a sub-heading with or without blank lines around it, but not a broken sentence', () => {
    const withBlanks = paragraphsOf(lines(1, ['orsakerna till detta överskott.', '', 'Politisk verksamhet', '', 'Resultatet för den politiska verksamheten uppgår till 6,4 mnkr']));
    const without = paragraphsOf(lines(1, ['orsakerna till detta överskott.', 'Politisk verksamhet', 'Resultatet för den politiska verksamheten uppgår till 6,4 mnkr med en', 'positiv avvikelse.']));
    expect(withBlanks.map((p) => p.heading)).toEqual([false, true, false]);
    expect(without.map((p) => p.heading)).toEqual([false, true, false]);
    expect(without[2]!.text).toContain('med en positiv avvikelse');
  });

  it('joins a word hyphenated over a line break, but keeps "säkerhet- och"', () => {
    const [paragraph] = paragraphsOf(lines(1, ['kontoret har stärkt kompetens-', 'försörjningen inom säkerhet-', 'och trygghetsfrågor.']));
    expect(paragraph!.text).toBe('kontoret har stärkt kompetensförsörjningen inom säkerhet- och trygghetsfrågor.');
  });

  it('splits sentences, not at abbreviations or inside numbers', () => {
    const text = 'Resultatet är 19,9 mnkr. Det beror bl.a. på vakanser, se avsnitt 2.1.1. Nästa mening.';
    expect(sentencesOf(text).map((s) => s.text)).toEqual(['Resultatet är 19,9 mnkr.', 'Det beror bl.a. på vakanser, se avsnitt 2.1.1.', 'Nästa mening.']);
  });
});
