/**
 * Meetings of a body with their agenda (föredragningslista). The agenda becomes public when the
 * meeting is called; before that only the body's secretary sees it.
 */
import { swedishDay } from '../numbers/swedish-format.ts';

export const MEETING_STATES = ['planned', 'called', 'held', 'cancelled'] as const;
export type MeetingState = (typeof MEETING_STATES)[number];

export interface Meeting {
  id: string;
  organisationId: string;
  startsAt: Date;
  endsAt: Date | null;
  place: string;
  state: MeetingState;
  calledAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
  deletedAt: Date | null;
}

export interface AgendaItem {
  id: string;
  meetingId: string;
  number: string;
  position: number;
  title: string;
  matterId: string | null;
  public: boolean;
  createdAt: Date;
  updatedAt: Date;
  deletedAt: Date | null;
}

export interface Attendance {
  personId: string;
  partyId: string | null;
  servingAs: 'member' | 'substitute';
}

export interface Minutes {
  id: string;
  meetingId: string;
  approvedOn: string | null;
  approvers: string[];
  postedOn: string | null;
  appealEndsOn: string | null;
  createdAt: Date;
  updatedAt: Date;
}

/**
 * Was the meeting ever public? From the call on; a meeting cancelled after it was called stays
 * public (marked cancelled), one cancelled before it was called never was.
 */
export function wasCalled(meeting: Pick<Meeting, 'state' | 'calledAt'>): boolean {
  return meeting.state === 'called' || meeting.state === 'held' || (meeting.state === 'cancelled' && meeting.calledAt !== null);
}

export function isPublished(meeting: Pick<Meeting, 'state' | 'calledAt' | 'deletedAt'>): boolean {
  return !meeting.deletedAt && wasCalled(meeting);
}

/** States a meeting may be cancelled from: before it is held. */
export const CANCELLABLE_STATES: readonly MeetingState[] = ['planned', 'called'];

/**
 * Why the meeting cannot be cancelled, if it cannot: a decision is recorded on it (then it
 * took place; recording one marks it held), or it is held or already cancelled.
 */
export function cancelRefusal(meeting: Pick<Meeting, 'state'>, hasDecision: boolean): 'not-cancellable' | 'has-decision' | undefined {
  if (hasDecision) return 'has-decision';
  if (!CANCELLABLE_STATES.includes(meeting.state)) return 'not-cancellable';
  return undefined;
}

/** The meeting's day in Swedish time (dates of decisions and minutes are Swedish calendar days). */
export function meetingDay(startsAt: Date): string {
  return swedishDay(startsAt);
}
