/** Officials (förtroendevalda): members and substitutes of bodies, each for a party. */
export const MEMBERSHIP_ROLES = ['chair', 'vice-chair', 'member', 'substitute'] as const;
export type MembershipRole = (typeof MEMBERSHIP_ROLES)[number];

export interface Person {
  id: string;
  givenName: string;
  familyName: string;
  name: string;
  partyId: string | null;
  note: string | null;
  createdAt: Date;
  updatedAt: Date;
  deletedAt: Date | null;
}

export interface Membership {
  id: string;
  personId: string;
  organisationId: string;
  partyId: string | null;
  role: MembershipRole;
  startDate: string | null;
  endDate: string | null;
  createdAt: Date;
  updatedAt: Date;
  deletedAt: Date | null;
}

/** Chair, vice chairs and members vote; substitutes vote only when serving in a member's place. */
export function isVotingRole(role: MembershipRole): boolean {
  return role !== 'substitute';
}

/** Is the membership in force on that day? */
export function activeOn(m: Pick<Membership, 'startDate' | 'endDate' | 'deletedAt'>, day: string): boolean {
  return !m.deletedAt && (m.startDate === null || m.startDate <= day) && (m.endDate === null || m.endDate >= day);
}

/**
 * Why a seat cannot end on `endDate`, if it cannot: the last day lies before the first, or the
 * seat already ended earlier (ending it later would lengthen it; that is a new seat).
 * Ending on an earlier day than a planned end is allowed: the seat is cut short.
 */
export function endRefusal(m: Pick<Membership, 'startDate' | 'endDate'>, endDate: string): 'before-start' | 'already-ended' | undefined {
  if (m.startDate !== null && endDate < m.startDate) return 'before-start';
  if (m.endDate !== null && endDate > m.endDate) return 'already-ended';
  return undefined;
}
