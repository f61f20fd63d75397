import { describe, expect, it } from 'vitest';
import { dnrSortKey, formatDnr, isValidDnrFormat, parseDnr } from './dnr.ts';

const GOTEBORG = ['SLK-{yyyy}-{seq:5}', '{seq:4}/{yy}'];

describe('dnr', () => {
  it('reads the old Göteborg format', () => {
    expect(parseDnr('1446/22', GOTEBORG)).toEqual({ text: '1446/22', year: 2022, sequence: 1446 });
    expect(parseDnr('dnr 0630/23', GOTEBORG)).toEqual({ text: '0630/23', year: 2023, sequence: 630 });
  });

  it('reads the new Göteborg format, case-insensitively', () => {
    expect(parseDnr('SLK-2023-01047', GOTEBORG)).toEqual({ text: 'SLK-2023-01047', year: 2023, sequence: 1047 });
    expect(parseDnr('slk-2023-01047', GOTEBORG)?.text).toBe('SLK-2023-01047');
  });

  it.each(['', '1446', '1446/2022', '14466/22', 'SLK-23-01047', 'KS-2023-01047', '0000/22', 'SLK-2023-1047', '1446/22 extra'])(
    'rejects %j',
    (text) => {
      expect(parseDnr(text, GOTEBORG)).toBeUndefined();
    },
  );

  it('accepts only the formats the tenant configured', () => {
    expect(parseDnr('SLK-2023-01047', ['{seq:4}/{yy}'])).toBeUndefined();
  });

  it('writes numbers in a format', () => {
    expect(formatDnr('SLK-{yyyy}-{seq:5}', 2023, 1047)).toBe('SLK-2023-01047');
    expect(formatDnr('{seq:4}/{yy}', 2023, 64)).toBe('0064/23');
  });

  it('sorts old and new numbers by year, then sequence', () => {
    const keys = ['SLK-2023-00002', '1446/22', '0064/23'].map((t) => dnrSortKey(parseDnr(t, GOTEBORG)!));
    expect([...keys].sort()).toEqual([keys[1], keys[0], keys[2]]);
  });

  it('validates format definitions', () => {
    expect(isValidDnrFormat('SLK-{yyyy}-{seq:5}')).toBe(true);
    expect(isValidDnrFormat('{seq:4}')).toBe(false);
    expect(isValidDnrFormat('{yy}-{yyyy}-{seq:3}')).toBe(false);
  });
});
