/**
 * The life of an assignment for one organisation that has it:
 * assigned → in progress → partially reported → proposed done → declared done for own part
 * → reported to council → closed. "Not approved" (by the board or the council) sends it back
 * to in progress.
 */
export const ASSIGNMENT_STATUSES = [
  'assigned',
  'in-progress',
  'partially-reported',
  'proposed-done',
  'declared-done',
  'reported-to-council',
  'closed',
] as const;

export type AssignmentStatus = (typeof ASSIGNMENT_STATUSES)[number];

const NEXT: Record<AssignmentStatus, readonly AssignmentStatus[]> = {
  assigned: ['in-progress', 'partially-reported', 'proposed-done'],
  'in-progress': ['partially-reported', 'proposed-done'],
  'partially-reported': ['in-progress', 'proposed-done'],
  // approved by the committee, or not approved
  'proposed-done': ['declared-done', 'in-progress'],
  'declared-done': ['reported-to-council'],
  // the council closes it, or does not approve the account
  'reported-to-council': ['closed', 'in-progress'],
  closed: [],
};

export function allowedNextStatuses(from: AssignmentStatus): readonly AssignmentStatus[] {
  return NEXT[from];
}

export function canTransition(from: AssignmentStatus, to: AssignmentStatus): boolean {
  return NEXT[from].includes(to);
}

export function isAssignmentStatus(value: string): value is AssignmentStatus {
  return (ASSIGNMENT_STATUSES as readonly string[]).includes(value);
}

/** Done for the organisation's own part: nothing more is expected from it. */
export function isDoneForOwnPart(status: AssignmentStatus): boolean {
  return status === 'declared-done' || status === 'reported-to-council' || status === 'closed';
}
