import { describe, expect, it } from 'vitest';
import { sortNoticeBoard } from './notice-board.ts';

describe('the notice board', () => {
  const row = (id: string, postedOn: string | null, appealEndsOn: string | null) => ({ id, postedOn, appealEndsOn });

  it('keeps minutes posted until the last day to appeal, then lists them as earlier postings', () => {
    const rows = [row('today', '2024-05-02', '2024-05-23'), row('last-day', '2024-04-11', '2024-05-02'), row('ended', '2024-04-10', '2024-05-01')];
    const board = sortNoticeBoard(rows, '2024-05-02');
    expect(board.current.map((r) => r.id)).toEqual(['today', 'last-day']);
    expect(board.earlier.map((r) => r.id)).toEqual(['ended']);
  });

  it('leaves out minutes whose posting day is still ahead, and those never posted', () => {
    const board = sortNoticeBoard([row('ahead', '2024-05-03', '2024-05-24'), row('unposted', null, null)], '2024-05-02');
    expect(board).toEqual({ current: [], earlier: [] });
  });
});
