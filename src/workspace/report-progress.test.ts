import { describe, expect, it } from 'vitest';
import { countByProgress, isOverdue } from './report-progress.ts';

describe('report progress', () => {
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
