/**
 * The notice board (kommunallagen 8 kap. 12 §): minutes stay posted until the time to appeal
 * has run out; after that they are earlier postings, still readable. Minutes whose posting day
 * is still ahead are not on the board yet.
 */
export interface Posting {
  postedOn: string | null;
  appealEndsOn: string | null;
}

export function sortNoticeBoard<T extends Posting>(rows: readonly T[], today: string): { current: T[]; earlier: T[] } {
  const posted = rows.filter((r) => r.postedOn !== null && r.postedOn <= today);
  return {
    current: posted.filter((r) => r.appealEndsOn === null || r.appealEndsOn >= today),
    earlier: posted.filter((r) => r.appealEndsOn !== null && r.appealEndsOn < today),
  };
}
