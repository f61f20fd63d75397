import type { AssignmentStatus } from '../assignments/assignment-status.ts';
import type { Db } from '../db/connection.ts';

export interface OrganisationEvent {
  id: string;
  assignmentId: string;
  dnr: string;
  title: string;
  from: AssignmentStatus | null;
  to: AssignmentStatus;
  at: Date;
  reason: string | null;
}

/** The newest status changes of an organisation's assignments. */
export async function listOrganisationEvents(db: Db, tenantId: string, organisationId: string, limit: number): Promise<OrganisationEvent[]> {
  const rows = await db
    .selectFrom('assignment_status_changes as c')
    .innerJoin('assignments as a', (j) => j.onRef('a.tenant_id', '=', 'c.tenant_id').onRef('a.id', '=', 'c.assignment_id'))
    .select(['c.id', 'c.assignment_id', 'a.dnr', 'a.title', 'c.from_status', 'c.to_status', 'c.changed_at', 'c.reason'])
    .where('c.tenant_id', '=', tenantId)
    .where('c.organisation_id', '=', organisationId)
    .orderBy('c.changed_at', 'desc')
    .orderBy('c.id', 'desc')
    .limit(limit)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    assignmentId: r.assignment_id,
    dnr: r.dnr,
    title: r.title,
    from: r.from_status as AssignmentStatus | null,
    to: r.to_status as AssignmentStatus,
    at: r.changed_at,
    reason: r.reason,
  }));
}
