/**
 * Garbage, truncated, shuffled and binary input: the importer returns what it could read and
 * says what it could not, and never throws or trips over itself (an internal error would show
 * as a warning, which these properties forbid).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hasSeed, readSeed } from '../../test/seeds.ts';
import { importDocument, importText } from './import-document.ts';
import type { ImportResult } from './import-result.ts';

const INTERNAL = /internt fel|kunde inte köras/;

/** What must hold for any input. */
function wellFormed(result: ImportResult, input: string): void {
  expect(result.warnings.filter((w) => INTERNAL.test(w.message))).toEqual([]);
  expect(() => JSON.stringify(result)).not.toThrow();
  const lines = result.source.lines;
  for (const p of result.parts) expect(p.fromLine >= 1 && p.toLine <= lines && p.fromLine <= p.toLine).toBe(true);
  for (const w of result.warnings) if (w.line !== undefined) expect(w.line >= 1 && w.line <= lines).toBe(true);
  // Nothing is invented: every dnr the importer reports stands in the input.
  for (const p of result.proposal) if (p.dnr) expect(input).toContain(p.dnr);
  for (const a of result.report.assignments) expect(input).toContain(a.dnr);
  for (const t of result.report.tables) {
    for (const r of t.rows) {
      expect(r.values).toHaveLength(t.columns.length);
      expect(r.printed).toHaveLength(t.columns.length);
      r.values.forEach((v) => expect(v === null || Number.isFinite(v)).toBe(true));
    }
  }
}

describe('garbage in, warnings out', () => {
  it('any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 3000 }), (text) => {
        wellFormed(importText(text), text);
      }),
      { numRuns: 200 },
    );
  });

  it('text made of report-like pieces in any order', () => {
    const pieces = ['1. ', '2.2.1 Målet ', '\n', '\n\n', ' ', '-', '370,', '7', 'Intäkter 76,7 76,5', 'Belopp i mnkr', 'Utfall Budg', 'et', 'Yrkande angående', 'Yttrande angående', 'Ärende nr: 1.1', 'Bilaga 2', 'Tabell 1: x', 'oklart', '(260 tkr)', 'dnr 1446/22', ' 24 (35)', '\f', 'Förslag till beslut', 'Summa', 'Innehåll', '......', '#3:', 'Resultat'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 400 }), (chosen) => {
        const text = chosen.join('');
        wellFormed(importText(text), text);
      }),
      { numRuns: 300 },
    );
  });

  it('any bytes as a text file', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 3000 }), async (bytes) => {
        const result = await importDocument(bytes, { fileName: 'okänt.txt' });
        expect(result.warnings.filter((w) => INTERNAL.test(w.message))).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });

  it('any bytes as a PDF, with or without a PDF header', async () => {
    const header = new TextEncoder().encode('%PDF-1.4\n');
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 2000 }), fc.boolean(), async (body, withHeader) => {
        const bytes = withHeader ? new Uint8Array([...header, ...body]) : body;
        const result = await importDocument(bytes, { fileName: 'ärende.pdf' });
        expect(result.warnings.filter((w) => INTERNAL.test(w.message))).toEqual([]);
        if (withHeader) expect(result.warnings.length).toBeGreaterThan(0);
      }),
      { numRuns: 25 },
    );
  });
});

describe.skipIf(!hasSeed)('the seed mutilated', () => {
  const seed = hasSeed ? readSeed() : '';
  const lines = seed.split('\n');
  const chunks: string[] = [];
  for (let i = 0; i < lines.length; i += 25) chunks.push(lines.slice(i, i + 25).join('\n'));

  it('cut at random points', () => {
    fc.assert(
      fc.property(fc.nat(seed.length), fc.nat(seed.length), (a, b) => {
        const text = seed.slice(Math.min(a, b), Math.max(a, b));
        wellFormed(importText(text), text);
      }),
      { numRuns: 25 },
    );
  });

  it('with pieces shuffled, dropped and repeated', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(chunks.length - 1), { minLength: 1, maxLength: 250 }), (picks) => {
        const text = picks.map((k) => chunks[k]!).join('\n');
        wellFormed(importText(text), text);
      }),
      { numRuns: 15 },
    );
  });

  it('a tail cut off mid-table still gives the rows before the cut', () => {
    const cut = seed.indexOf('Resultat 6,4 0 6,4');
    const result = importText(seed.slice(0, cut));
    const table = result.report.tables.find((t) => t.id === '4.3#1')!;
    expect(table.rows.at(-1)!.printed).toEqual(['69,7', '69,7', '0', '65,7', '105,7', '105,7', '105,7', '98,6']);
    expect(result.report.assignments).toHaveLength(14);
  });
});
