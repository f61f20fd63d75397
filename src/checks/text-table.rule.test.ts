import { describe, expect, it } from 'vitest';
import type { CheckSection, CheckTable } from './check-document.ts';
import { checkDocument } from './checker.ts';
import { documentOf, FULL_YEAR_COLUMNS, PERIOD_COLUMNS, row, section, statement } from './fixtures/builders.ts';

const table = statement('4.3#1', '4.3', [...PERIOD_COLUMNS.slice(0, 3), FULL_YEAR_COLUMNS[0]!], [
  row('Resultat', 'result', ['19,9', '5,9', '14,1', '10,0'], undefined, 'SLK'),
  row('Resultat', 'result', ['6,4', '0', '6,4', '4,0'], undefined, 'Politisk verksamhet'),
  row('Kostnader', 'costs', ['-16,6', '-18,5', '1,9', '-43,9'], undefined, 'Personal- och kompetensförsörjning'),
]);

const prose = (number: string, title: string, texts: string[], tables: CheckTable[] = [table]) =>
  checkDocument(documentOf([section('4.3', 'Ekonomisk uppföljning'), section(number, title, texts)], tables), { kinds: ['text-table'] });

describe('prose figures against the table', () => {
  it('fires on a result that contradicts the table, naming where', () => {
    expect(prose('4.3.1', 'Utfall till och med perioden', ['Resultatet för stadsledningskontoret uppgår till 20,6 mnkr.'])).toMatchObject([
      { rule: 'prose-figure-matches-table', kind: 'text-table', where: { section: '4.3.1', table: '4.3#1', block: 'SLK', row: 'Resultat', column: 'Utfall' }, values: ['20,6 mnkr', '19,9'] },
    ]);
  });

  it('is silent when a synonym names the unit and the figures hold', () => {
    const texts = ['Resultatet för den politiska verksamheten uppgår till 6,4 mnkr med en positiv', 'avvikelse gentemot budgeten med 6,4 mnkr.'];
    expect(prose('4.3.1', 'Utfall till och med perioden', texts)).toEqual([]);
  });

  it('reads budget and variance of the row the sentence is about, the unit from the sub-heading above', () => {
    const texts = [
      'Personal- och kompetensförsörjning (finansieras av kommuncentrala poster)',
      '',
      'Intäkter och kostnader uppgår till 16,6 mnkr vilket motsvarar en budgetavvikelse',
      'på 1,8 mnkr jämför med budget 18,5 mnkr.',
    ];
    expect(prose('4.3.1', 'Utfall till och med perioden', texts).map((f) => [f.where.row, f.where.column, ...f.values])).toEqual([
      ['Kostnader', 'Avvikelse', '1,8 mnkr', '1,9'],
    ]);
  });

  it('compares a forecast with the forecast column', () => {
    const texts = ['Prognosen för stadsledningskontoret bedöms visa ett överskott på 12 mnkr.'];
    expect(prose('4.3.2', 'Prognos helår', texts).map((f) => f.where.column)).toEqual(['Prognos']);
  });

  it('leaves alone what it cannot pin down: an unknown sub-heading, no unit, no period', () => {
    const unknownHeading = ['Fackliga förtroendemän (faktureras)', '', 'Intäkter och kostnader uppgår till 46,1 mnkr.'];
    expect(prose('4.3.1', 'Utfall till och med perioden', unknownHeading)).toEqual([]);
    expect(prose('4.3.1', 'Utfall till och med perioden', ['Resultatet uppgår till 99,0 mnkr.'])).toEqual([]);
    expect(prose('4.3.9', 'Kommentarer', ['Resultatet för stadsledningskontoret uppgår till 99,0 mnkr.'])).toEqual([]);
  });

  it('does not compare when the tables that state the quantity disagree among themselves', () => {
    const other = statement('3.2.1#1', '3.2.1', PERIOD_COLUMNS.slice(0, 1), [row('Resultat', 'result', ['20,6'])], { subject: 'SLK' });
    const texts = ['Resultatet för stadsledningskontoret uppgår till 20,6 mnkr.'];
    const sections: CheckSection[] = [section('3.2.1', 'Sammandrag'), section('4.3', 'Ekonomisk uppföljning'), section('5.1', 'Utfall', texts)];
    expect(checkDocument(documentOf(sections, [other, table]), { kinds: ['text-table'] })).toEqual([]);
  });
});

describe('a range in prose against a table row', () => {
  const grants: CheckTable = {
    id: 'bilaga-2#1',
    section: null,
    part: 'attachment-2',
    title: 'Tabell 1',
    unit: null,
    kind: 'survey',
    columns: [{ label: 'A' }, { label: 'B' }, { label: 'C' }],
    rows: [row('Snittutbetalning i kronor', 'other', ['75 000', '535 000', '17 000'])],
  };
  const check = (sentence: string) =>
    checkDocument(documentOf([section(null, 'Bilaga 2', [sentence], { part: 'attachment-2' })], [grants]), { kinds: ['text-table'] });

  it('fires when the smallest value is not what the prose says', () => {
    expect(check('Genomsnittligt utbetalt belopp varierar mellan 7 tkr och 535tkr.')).toMatchObject([
      { rule: 'prose-range-matches-table', where: { part: 'attachment-2', row: 'Snittutbetalning i kronor' }, values: ['7 tkr', '17 000'] },
    ]);
  });

  it('is silent when both ends hold', () => {
    expect(check('Genomsnittligt utbetalt belopp varierar mellan 17 tkr och 535tkr.')).toEqual([]);
  });
});
