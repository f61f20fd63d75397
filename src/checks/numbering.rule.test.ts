import { describe, expect, it } from 'vitest';
import { checkDocument } from './checker.ts';
import { documentOf, section } from './fixtures/builders.ts';

const numbering = (...headings: [string, string][]) =>
  checkDocument(documentOf(headings.map(([number, title]) => section(number, title))), { kinds: ['numbering'] });

describe('section numbering', () => {
  it('is silent on consecutive numbers, going deeper and coming back up', () => {
    expect(numbering(['1', 'A'], ['2', 'B'], ['2.1', 'C'], ['2.1.1', 'D'], ['2.2', 'E'], ['3', 'F'], ['3.1', 'G'])).toEqual([]);
  });

  it('fires on a skipped number and says which is missing', () => {
    const [finding] = numbering(['1', 'A'], ['1.1', 'B'], ['1.2', 'C'], ['1.4', 'D']);
    expect(finding).toMatchObject({ rule: 'skipped-section-number', values: ['1.2', '1.4'] });
    expect(finding!.message).toContain('1.3 saknas');
  });

  it('fires on a number used twice', () => {
    expect(numbering(['1', 'A'], ['1.1', 'B'], ['1.1', 'C']).map((f) => f.rule)).toEqual(['duplicate-section-number']);
  });

  it('fires on a heading carrying two numbers', () => {
    expect(numbering(['1', 'A'], ['1.1', '3.4.4.2 Arbete i Sveriges Kommuner och Regioner'])).toMatchObject([
      { rule: 'heading-with-two-numbers', values: ['1.1 3.4.4.2'] },
    ]);
  });

  it('checks each part on its own: an attachment starts again at 1', () => {
    const doc = documentOf([section('1', 'Sammanfattning'), section('2', 'Styrinformation'), section('1', 'Sammanfattning', [], { part: 'attachment-3' })]);
    expect(checkDocument(doc, { kinds: ['numbering'] })).toEqual([]);
  });
});
