import { findAssignment, listStatusChanges } from '../assignments/assignment.store.ts';
import type { Db } from '../db/connection.ts';
import { wasCalledSql } from '../meetings/meeting.store.ts';
import { accountsOfAdoptedReport } from './adopted-accounts.cache.ts';
import type { StoryAccount, StoryDecision, StoryInput } from './assignment-story.ts';

/** Everything public about one assignment, for its page and its feed. */
export async function loadStory(db: Db, tenantId: string, assignmentId: string): Promise<StoryInput | undefined> {
  const assignment = await findAssignment(db, tenantId, assignmentId);
  if (!assignment) return undefined;
  const [changes, accounts, decisions] = await Promise.all([
    listStatusChanges(db, tenantId, assignmentId),
    listPublicAccounts(db, tenantId, assignmentId),
    listPublicDecisions(db, tenantId, assignmentId),
  ]);
  return { assignment, changes, accounts, decisions };
}

/**
 * Accounts of the assignment in adopted reports (drafts and reports under review are not
 * public), dated when the report was submitted: that is when it said what it says. The report
 * stores an assignment's account as its own section, keyed `<section>:<assignment id>`.
 */
export async function listPublicAccounts(db: Db, tenantId: string, assignmentId: string): Promise<StoryAccount[]> {
  const reports = await db
    .selectFrom('reports as r')
    .innerJoin('organisations as o', (j) => j.onRef('o.tenant_id', '=', 'r.tenant_id').onRef('o.id', '=', 'r.organisation_id'))
    .innerJoin('reporting_cycles as c', (j) => j.onRef('c.tenant_id', '=', 'r.tenant_id').onRef('c.id', '=', 'r.cycle_id'))
    .select(['r.id', 'r.version', 'r.title', 'r.submitted_at', 'r.adopted_at', 'o.name as organisation_name'])
    .where('r.tenant_id', '=', tenantId)
    .where('r.status', '=', 'adopted')
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('report_sections as s')
          .select('s.section_key')
          .whereRef('s.tenant_id', '=', 'r.tenant_id')
          .whereRef('s.report_id', '=', 'r.id')
          .where('s.section_key', 'like', `%:${assignmentId}`),
      ),
    )
    .orderBy('c.period_end')
    .execute();
  const accounts: StoryAccount[] = [];
  for (const report of reports) {
    for (const a of await accountsOfAdoptedReport(db, tenantId, report)) {
      if (a.assignmentId !== assignmentId) continue;
      accounts.push({
        reportId: report.id,
        reportTitle: report.title,
        organisationId: a.organisationId,
        organisationName: report.organisation_name,
        at: report.submitted_at ?? report.adopted_at,
        section: a.section,
        proposed: a.proposed,
        html: a.text,
      });
    }
  }
  return accounts;
}

/**
 * The decision points that approved or rejected the assignment's account, or created it, in
 * decisions the public may read: on a public agenda item of a meeting that has been called.
 */
export async function listPublicDecisions(db: Db, tenantId: string, assignmentId: string): Promise<StoryDecision[]> {
  const rows = await db
    .selectFrom('decision_points as p')
    .innerJoin('decisions as d', (j) => j.onRef('d.tenant_id', '=', 'p.tenant_id').onRef('d.id', '=', 'p.decision_id'))
    .innerJoin('agenda_items as i', (j) => j.onRef('i.tenant_id', '=', 'd.tenant_id').onRef('i.id', '=', 'd.agenda_item_id'))
    .innerJoin('meetings as m', (j) => j.onRef('m.tenant_id', '=', 'i.tenant_id').onRef('m.id', '=', 'i.meeting_id'))
    .innerJoin('organisations as o', (j) => j.onRef('o.tenant_id', '=', 'm.tenant_id').onRef('o.id', '=', 'm.organisation_id'))
    .select(['d.id', 'd.decided_on', 'd.paragraph', 'p.outcome', 'p.text', 'p.assignment_id', 'p.created_assignment_id', 'o.name as body_name'])
    .where('p.tenant_id', '=', tenantId)
    .where((eb) => eb.or([eb('p.assignment_id', '=', assignmentId), eb('p.created_assignment_id', '=', assignmentId)]))
    .where('i.public', '=', true)
    .where('i.deleted_at', 'is', null)
    .where('m.deleted_at', 'is', null)
    .where(wasCalledSql('m'))
    .orderBy('d.decided_on')
    .orderBy('d.paragraph')
    .orderBy('p.position')
    .execute();
  return rows.map((r) => ({
    decisionId: r.id,
    url: `/beslut/${r.id}`,
    bodyName: r.body_name,
    decidedOn: r.decided_on,
    paragraph: r.paragraph,
    outcome: r.created_assignment_id === assignmentId ? 'added' : r.outcome,
    text: r.text,
  }));
}
