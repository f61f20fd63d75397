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
