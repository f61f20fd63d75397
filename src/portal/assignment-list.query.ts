import { ASSIGNMENT_ORIGINS } from '../assignments/assignment.ts';
import { isAssignmentStatus } from '../assignments/assignment-status.ts';
import type { AssignmentFilter } from '../assignments/assignment-filter.ts';
import { isUuid } from '../http/uuid.ts';


/**
 * The list's filters from the query string. Values a hand-edited URL gets wrong are dropped
 * rather than failing the page. Shared with the open-data export of the same list.
 */
export function assignmentFilterFrom(query: Record<string, string | undefined>): AssignmentFilter {
  const year = Number(query.ar);
  const origin = ASSIGNMENT_ORIGINS.find((o) => o === query.ursprung);
  return {
    status: query.status && isAssignmentStatus(query.status) ? query.status : undefined,
    organisationId: isUuid(query.organisation) ? query.organisation : undefined,
    origin,
    year: Number.isInteger(year) && year >= 1900 && year <= 2200 ? year : undefined,
    text: query.q?.trim().slice(0, 200) || undefined,
  };
}

