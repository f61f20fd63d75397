import { describe, expect, it } from 'vitest';
import { countByProgress, isOverdue, swedishToday } from './report-progress.ts';

describe('report progress', () => {
  it('counts a deadline as a Swedish calendar day', () => {
    // 23:30 UTC on 26 September is already 27 September in Sweden (summer time).
    expect(swedishToday(new Date('2023-09-26T23:30:00Z'))).toBe('2023-09-27');
    expect(swedishToday(new Date('2023-12-31T22:59:00Z'))).toBe('2023-12-31');
  });

  it('is overdue only after the deadline day and only while the report is with the reporter', () => {
    expect(isOverdue('draft', '2023-09-27', '2023-09-27')).toBe(false);
    expect(isOverdue('draft', '2023-09-27', '2023-09-28')).toBe(true);
    expect(isOverdue('not-started', '2023-09-27', '2023-10-01')).toBe(true);
    expect(isOverdue('returned', '2023-09-27', '2023-10-01')).toBe(true);
    expect(isOverdue('submitted', '2023-09-27', '2023-10-01')).toBe(false);
    expect(isOverdue('accepted', '2023-09-27', '2023-10-01')).toBe(false);
    expect(isOverdue('draft', null, '2030-01-01')).toBe(false);
  });

  it('counts every status, zeros included, in board order', () => {
    expect(countByProgress(['draft', 'submitted', 'draft'])).toEqual([
      { status: 'not-started', count: 0 },
      { status: 'draft', count: 2 },
      { status: 'returned', count: 0 },
      { status: 'submitted', count: 1 },
      { status: 'accepted', count: 0 },
      { status: 'adopted', count: 0 },
    ]);
  });
});
