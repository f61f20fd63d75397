import { describe, expect, it } from 'vitest';
import type { CheckTable } from './check-document.ts';
import { checkDocument } from './checker.ts';
import { documentOf, lines, row, section } from './fixtures/builders.ts';

const leftovers = (texts: string[], tables: CheckTable[] = []) =>
  checkDocument(documentOf([{ ...section(null, 'Bilaga 3', [], { part: 'attachment-3' }), lines: lines(2884, texts) }], tables), { kinds: ['placeholder'] });

describe('placeholders and leftovers', () => {
  it('reports an unfilled template field once even when a page header repeats it', () => {
    const findings = leftovers(['Stadsledningskontoret [Publiceringsdatum]', 'Innehåll', 'Stadsledningskontoret [Publiceringsdatum]']);
    expect(findings).toMatchObject([{ rule: 'unfilled-placeholder', where: { part: 'attachment-3', line: 2884 }, values: ['[Publiceringsdatum]'] }]);
    expect(findings[0]!.message).toContain('2 gånger');
  });

  it('does not take references or lower-case brackets for fields', () => {
    expect(leftovers(['enligt källa [1] och [sic] samt [2023]'])).toEqual([]);
  });

  it('finds a broken Word bookmark also when the PDF splits it over two lines', () => {
    expect(leftovers(['7.4.2 Organisering av människohandel för sexuella ändamål Fel!', 'Bokmärket är inte definierat.'])).toMatchObject([
      { rule: 'broken-cross-reference-field', where: { line: 2884 }, values: ['Fel! Bokmärket är inte definierat.'] },
    ]);
  });

  it('is silent on an exclamation that is not a field', () => {
    expect(leftovers(['Fel! Det var fel svar.'])).toEqual([]);
  });

  it('finds "XX" standing in for a figure and a TODO, in prose and in table cells', () => {
    const table: CheckTable = { id: 't', section: null, part: 'attachment-3', title: 'T', unit: 'mnkr', kind: 'generic', columns: [{ label: 'Utfall' }], rows: [row('Intäkter', 'other', ['XX'])] };
    const findings = leftovers(['Resultatet uppgår till xx mnkr. TODO: kolla siffran.'], [table]);
    expect(findings.map((f) => [f.rule, f.values[0], f.where.table ?? f.where.line])).toEqual(
      expect.arrayContaining([
        ['stand-in-figure', 'xx', 2884],
        ['todo-marker', 'TODO', 2884],
        ['stand-in-figure', 'XX', 't'],
      ]),
    );
    expect(findings).toHaveLength(3);
  });

  it('is silent on Roman numerals, words containing x and a lower-case todo', () => {
    expect(leftovers(['Under XXI:a århundradet ökade exporten; se XX-talet och listan (todo) i x-led.'])).toEqual([]);
  });
});
