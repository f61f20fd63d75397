/**
 * The council referral list: assignments a committee or board declared done for its own part,
 * waiting to be reported to the council (the API lists them, `open` for those no report has
 * picked up yet; picked_up_by_report_id is kept for the report that will account for them).
 */
import type { Db } from '../db/connection.ts';

export interface CouncilReferral {
  id: string;
  assignmentId: string;
  dnr: string;
  title: string;
  organisationId: string;
  organisationName: string;
  decisionId: string;
  queuedOn: string;
  pickedUpByReportId: string | null;
}

export async function listCouncilReferrals(db: Db, tenantId: string, filter: { open?: boolean } = {}): Promise<CouncilReferral[]> {
  let q = db
    .selectFrom('council_referrals as r')
    .innerJoin('assignments as a', (j) => j.onRef('a.tenant_id', '=', 'r.tenant_id').onRef('a.id', '=', 'r.assignment_id'))
    .innerJoin('organisations as o', (j) => j.onRef('o.tenant_id', '=', 'r.tenant_id').onRef('o.id', '=', 'r.organisation_id'))
    .select(['r.id', 'r.assignment_id', 'a.dnr', 'a.title', 'r.organisation_id', 'o.name', 'r.decision_id', 'r.queued_on', 'r.picked_up_by_report_id'])
    .where('r.tenant_id', '=', tenantId);
  if (filter.open) q = q.where('r.picked_up_by_report_id', 'is', null);
  const rows = await q.orderBy('r.queued_on').orderBy('a.dnr_sort').execute();
  return rows.map((r) => ({
    id: r.id,
    assignmentId: r.assignment_id,
    dnr: r.dnr,
    title: r.title,
    organisationId: r.organisation_id,
    organisationName: r.name,
    decisionId: r.decision_id,
    queuedOn: r.queued_on,
    pickedUpByReportId: r.picked_up_by_report_id,
  }));
}
