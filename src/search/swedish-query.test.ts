import { describe, expect, it } from 'vitest';
import { parseSearchQuery, swedishForms, swedishTsQuery } from './swedish-query.ts';

describe('swedishForms', () => {
  it('strips the neuter definite ending the stemmer keeps', () => {
    expect(swedishForms('kollektivavtalet')).toContain('kollektivavtal');
    expect(swedishForms('avtalets')).toContain('avtal');
  });

  it('adds the definite forms a base word may appear in', () => {
    expect(swedishForms('kollektivavtal')).toEqual(expect.arrayContaining(['kollektivavtalet', 'kollektivavtalets']));
    expect(swedishForms('arbete')).toEqual(expect.arrayContaining(['arbetet', 'arbetets']));
    expect(swedishForms('skola')).toEqual(expect.arrayContaining(['skolan', 'skolans']));
  });

  it('undoes and adds the doubled consonant of short vowels', () => {
    expect(swedishForms('programmet')).toContain('program');
    expect(swedishForms('program')).toContain('programmet');
  });

  it('never strips a short word down to a stub', () => {
    expect(swedishForms('ben')).not.toContain('b');
    expect(swedishForms('en').every((f) => f.length >= 2)).toBe(true);
  });
});

describe('parseSearchQuery', () => {
  it('drops stop words instead of expanding them into nonsense', () => {
    const parsed = parseSearchQuery('avtal och trakasserier');
    expect(parsed.groups.map((g) => g.map((t) => t.word))).toEqual([['avtal'], ['trakasserier']]);
    expect(parsed.ignored).toEqual(['och']);
  });

  it('reads "eller" as an alternative and a leading minus as an exclusion', () => {
    const parsed = parseSearchQuery('kollektivavtal eller avtal -trakasserier');
    expect(parsed.groups.map((g) => g.map((t) => t.word))).toEqual([['kollektivavtal', 'avtal']]);
    expect(parsed.excluded.map((t) => t.word)).toEqual(['trakasserier']);
  });

  it('keeps registry numbers whole', () => {
    const parsed = parseSearchQuery('1443/22 SLK-2023-01047');
    expect(parsed.groups.map((g) => g[0]!.operands)).toEqual([["'1443/22'"], ["'slk-2023-01047'"]]);
  });
});

describe('swedishTsQuery', () => {
  it('gives nothing to search for when only stop words or exclusions remain', () => {
    expect(swedishTsQuery('')).toBeNull();
    expect(swedishTsQuery('och att det')).toBeNull();
    expect(swedishTsQuery('-avtal')).toBeNull();
  });

  it('lets no tsquery operator or quote through from the input', () => {
    const text = swedishTsQuery("avtal' & !(x | y) <-> z:* \\ \"citat\"")!;
    // Operators only appear where the builder puts them: between quoted operands.
    const outsideQuotes = text.replace(/'[^']*'/g, '');
    expect(outsideQuotes).toMatch(/^[()|&! ]*$/);
    expect(text).toContain("'avtal'");
    expect(text).toContain("'citat'");
  });
});
