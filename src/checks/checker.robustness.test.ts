import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CheckDocument } from './check-document.ts';
import { checkDocument } from './checker.ts';
import { seedReport } from './fixtures/seed-report.fixture.ts';

// Documents from an importer can be ragged: rows shorter than their columns, odd roles, numbers without text.
const figure = fc.oneof(fc.constant(null), fc.string(), fc.constantFrom('-370,7', '0', '66', 'oklart', '10 (260 tkr)', '0,8 %', 'XX', '1 693'));
const cell = figure.map((printed) => ({ printed, value: printed === null ? null : Number.parseFloat(printed.replace(',', '.')) || null }));
const document: fc.Arbitrary<CheckDocument> = fc.record({
  sections: fc.array(
    fc.record({
      number: fc.oneof(fc.constant(null), fc.constantFrom('1', '2.1', '3.4.1', '4.3', '4.3.1'), fc.string()),
      title: fc.string(),
      part: fc.option(fc.constantFrom('report', 'attachment-3'), { nil: undefined }),
      lines: fc.array(fc.record({ text: fc.oneof(fc.string(), fc.constantFrom('Resultatet för SLK uppgår till 20,6 mnkr.', 'se avsnitt 9.9', 'Fel!', '')) })),
    }),
    { maxLength: 8 },
  ),
  tables: fc.array(
    fc.record({
      id: fc.string(),
      section: fc.option(fc.constantFrom('4.3', '3.2.1'), { nil: null }),
      title: fc.string(),
      unit: fc.option(fc.constantFrom('mnkr', 'tkr', '%'), { nil: null }),
      kind: fc.constantFrom('financial-statement', 'indicators', 'survey', 'generic'),
      columns: fc.array(fc.record({ label: fc.string(), role: fc.constantFrom('actual', 'budget', 'variance', 'forecast', 'actual-last-year', 'outcome-last-year') }), { maxLength: 5 }),
      rows: fc.array(
        fc.record({
          label: fc.oneof(fc.string(), fc.constantFrom('Summa', 'Antal avslag/ Antal ansökningar', 'Snittutbetalning')),
          role: fc.constantFrom('income', 'costs', 'result', 'sum', 'other'),
          block: fc.option(fc.constantFrom('SLK', 'Hela kommunledningen'), { nil: undefined }),
          cells: fc.array(cell, { maxLength: 6 }),
        }),
        { maxLength: 8 },
      ),
      consolidation: fc.option(fc.constant({ total: 'Hela kommunledningen', parts: ['SLK'] }), { nil: undefined }),
    }),
    { maxLength: 4 },
  ),
});

describe('the checker on ragged documents', () => {
  it('never throws and always returns well-formed findings', () => {
    fc.assert(
      fc.property(document, (doc) => {
        for (const finding of checkDocument(doc)) {
          expect(typeof finding.message).toBe('string');
          expect(Array.isArray(finding.values)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('gives the same findings twice: no state survives a run', () => {
    expect(checkDocument(seedReport)).toEqual(checkDocument(seedReport));
  });
});
