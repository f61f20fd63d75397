import { describe, expect, it } from 'vitest';
import { appealEndDate } from './appeal.ts';

describe('appeal window (kommunallagen 13 kap. 5 §)', () => {
  it('ends three weeks after the posting day, across month and year ends and leap days', () => {
    expect(appealEndDate('2023-10-24')).toBe('2023-11-14');
    expect(appealEndDate('2023-12-20')).toBe('2024-01-10');
    expect(appealEndDate('2024-02-15')).toBe('2024-03-07');
    expect(appealEndDate('2023-02-15')).toBe('2023-03-08');
  });
});
