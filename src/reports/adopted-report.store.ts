/**
 * What the public portal reads from reports: adopted reports, and what they said about one
 * assignment or one council goal. Drafts and reports under review are not public, so only
 * adopted reports count unless a caller asks otherwise (the staff workspace may).
 */
import { sql } from 'kysely';
import type { Db } from '../db/connection.ts';
import { listAssignmentAccounts } from './assignment-account.store.ts';
import type { ReportStatus } from './report.ts';

export interface AdoptedReport {
  id: string;
  title: string;
  organisationId: string;
  organisationName: string;
  cycleId: string;
  cycleName: string;
  periodEnd: string;
  adoptedAt: Date | null;
}

interface Options {
  statuses?: readonly ReportStatus[];
}

const PUBLIC: readonly ReportStatus[] = ['adopted'];

function reportsQuery(db: Db, tenantId: string, statuses: readonly ReportStatus[]) {
  return db
    .selectFrom('reports as r')
    .innerJoin('organisations as o', (j) => j.onRef('o.tenant_id', '=', 'r.tenant_id').onRef('o.id', '=', 'r.organisation_id'))
    .innerJoin('reporting_cycles as c', (j) => j.onRef('c.tenant_id', '=', 'r.tenant_id').onRef('c.id', '=', 'r.cycle_id'))
    .select(['r.id', 'r.title', 'r.organisation_id', 'o.name as organisation_name', 'r.cycle_id', 'c.name as cycle_name', 'c.period_end', 'r.adopted_at'])
    .where('r.tenant_id', '=', tenantId)
    .where('r.status', 'in', [...statuses]);
}

const toAdopted = (r: { id: string; title: string; organisation_id: string; organisation_name: string; cycle_id: string; cycle_name: string; period_end: string; adopted_at: Date | null }): AdoptedReport => ({
  id: r.id,
  title: r.title,
  organisationId: r.organisation_id,
  organisationName: r.organisation_name,
  cycleId: r.cycle_id,
  cycleName: r.cycle_name,
  periodEnd: r.period_end,
  adoptedAt: r.adopted_at,
});

/** Adopted reports, newest period first. */
export async function listAdoptedReports(db: Db, tenantId: string, options: Options = {}): Promise<AdoptedReport[]> {
  const rows = await reportsQuery(db, tenantId, options.statuses ?? PUBLIC).orderBy('c.period_end', 'desc').orderBy('o.sort_order').orderBy('o.name').execute();
  return rows.map(toAdopted);
}

/** Reports with a stored section for the given generated key suffix (`…:<id>`). */
async function reportsWithSection(db: Db, tenantId: string, id: string, statuses: readonly ReportStatus[]) {
  return reportsQuery(db, tenantId, statuses)
    .innerJoin('report_sections as s', (j) => j.onRef('s.tenant_id', '=', 'r.tenant_id').onRef('s.report_id', '=', 'r.id'))
    .select(['s.content', 's.section_key'])
    .where(sql<boolean>`s.section_key like ${`%:${id}`}`)
    .orderBy('c.period_end')
    .execute();
}

export interface ReportAccountOfAssignment extends AdoptedReport {
  /** "4.1.2.1" */
  section: string;
  proposed: 'done' | 'partial';
  /** Sanitised HTML. */
  html: string;
}

/** What each adopted report said about an assignment, oldest period first. */
export async function listAccountsOfAssignment(db: Db, tenantId: string, assignmentId: string, options: Options = {}): Promise<ReportAccountOfAssignment[]> {
  const out: ReportAccountOfAssignment[] = [];
  for (const row of await reportsWithSection(db, tenantId, assignmentId, options.statuses ?? PUBLIC)) {
    const account = (await listAssignmentAccounts(db, tenantId, row.id)).find((a) => a.assignmentId === assignmentId);
    if (account) out.push({ ...toAdopted(row), section: account.section, proposed: account.proposed, html: account.text });
  }
  return out;
}

export interface ReportGoalAssessment extends AdoptedReport {
  /** Sanitised HTML. */
  html: string;
}

/** What each adopted report said about a council goal, oldest period first. */
export async function listAssessmentsOfGoal(db: Db, tenantId: string, goalId: string, options: Options = {}): Promise<ReportGoalAssessment[]> {
  const rows = await reportsWithSection(db, tenantId, goalId, options.statuses ?? PUBLIC);
  return rows.flatMap((row) => {
    const text = (row.content as { text?: string }).text;
    return text ? [{ ...toAdopted(row), html: text }] : [];
  });
}
