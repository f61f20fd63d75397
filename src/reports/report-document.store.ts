/**
 * Gathers what a report is assembled from: its template version, stored sections (current, or
 * as they stood at an earlier report version) and the registers it draws on.
 */
import type { AssignmentOrigin } from '../assignments/assignment.ts';
import type { AssignmentStatus } from '../assignments/assignment-status.ts';
import { listAuditReports } from '../audit-reports/audit-report.store.ts';
import { findCycle } from '../cycles/cycle.store.ts';
import type { Db } from '../db/connection.ts';
import { listGoals } from '../goals/goal.store.ts';
import { toJson } from '../http/json.ts';
import { listReadings } from '../indicators/indicator.store.ts';
import { listOrganisations } from '../organisations/organisation.store.ts';
import type { Organisation } from '../organisations/organisation.ts';
import { reportOrganisations } from './assignment-accounts.ts';
import { placedTablesForReport, type PlacementView } from '../surveys/survey.queries.ts';
import { toReportTable } from '../surveys/survey-report-table.ts';
import { withPlacedTables } from './placed-tables.ts';
import { assembleReport, type AccountSource } from './report-assembly.ts';
import type { ReportDocument } from './report-document.ts';
import { findReport, listEvents, loadSections, sectionsAtVersion } from './report.store.ts';
import type { Report } from './report.ts';
import { findTemplate } from './template.store.ts';

/** Who issues an organisation's report: the administration serving it, else the organisation itself. */
export function issuerOf(organisation: Organisation, all: readonly Organisation[]): string {
  return all.find((o) => o.kind === 'administration' && o.servesId === organisation.id)?.name ?? organisation.name;
}

/** Assignments of the given organisations with each one's status, preferring the first organisation's row. */
export async function loadAccountSources(db: Db, tenantId: string, organisationIds: readonly string[]): Promise<AccountSource[]> {
  if (organisationIds.length === 0) return [];
  const rows = await db
    .selectFrom('assignees as a')
    .innerJoin('assignments as s', (j) => j.onRef('s.tenant_id', '=', 'a.tenant_id').onRef('s.id', '=', 'a.assignment_id'))
    .select([
      'a.organisation_id',
      'a.status',
      's.id',
      's.dnr',
      's.dnr_sort',
      's.title',
      's.description',
      's.origin',
      's.origin_year',
      's.origin_decided_on',
      's.origin_reference',
      's.assigned_to_all',
      's.due_on',
      's.version',
      's.created_at',
      's.updated_at',
    ])
    .where('a.tenant_id', '=', tenantId)
    .where('a.organisation_id', 'in', [...organisationIds])
    .orderBy('s.dnr_sort')
    .orderBy('s.id')
    .execute();
  const rank = (id: string) => organisationIds.indexOf(id);
  const byAssignment = new Map<string, (typeof rows)[number]>();
  for (const row of rows) {
    const seen = byAssignment.get(row.id);
    if (!seen || rank(row.organisation_id) < rank(seen.organisation_id)) byAssignment.set(row.id, row);
  }
  return [...byAssignment.values()].map((r) => ({
    organisationId: r.organisation_id,
    status: r.status as AssignmentStatus,
    assignment: {
      id: r.id,
      dnr: r.dnr,
      title: r.title,
      description: r.description,
      origin: r.origin as AssignmentOrigin,
      originYear: r.origin_year,
      originDecidedOn: r.origin_decided_on,
      originReference: r.origin_reference,
      assignedToAll: r.assigned_to_all,
      dueOn: r.due_on,
      version: r.version,
      assignees: [],
      createdAt: r.created_at,
      updatedAt: r.updated_at,
    },
  }));
}

export interface LoadOptions {
  /** Assemble the report as it stood at this report version. */
  atVersion?: number;
  /** The report's placed survey tables, when the caller has them already. */
  placed?: PlacementView[];
}

export async function loadReportDocument(db: Db, tenantId: string, reportOrId: string | Report, options: LoadOptions = {}): Promise<ReportDocument | undefined> {
  const report = typeof reportOrId === 'string' ? await findReport(db, tenantId, reportOrId) : reportOrId;
  if (!report) return undefined;
  const [organisations, cycle, template] = [
    await listOrganisations(db, tenantId),
    await findCycle(db, tenantId, report.cycleId),
    await findTemplate(db, tenantId, report.templateId),
  ];
  const organisation = organisations.find((o) => o.id === report.organisationId);
  if (!organisation || !cycle || !template) return undefined;
  const covered = reportOrganisations(organisation.id, organisations);
  const stored =
    options.atVersion !== undefined ? await sectionsAtVersion(db, tenantId, report.id, options.atVersion) : await loadSections(db, tenantId, report.id);
  const readings = (await listReadings(db, tenantId, cycle.id)).filter((r) => covered.includes(r.organisationId));
  const events = await listEvents(db, tenantId, report.id);
  const placed = (options.placed ?? (await placedTablesForReport(db, tenantId, report.id))).map((view) => ({
    section: view.placement.section,
    part: view.placement.part,
    table: toReportTable(view.placed),
  }));
  const document = assembleReport({
    report: toJson(report),
    organisation,
    issuer: issuerOf(organisation, organisations),
    cycle,
    template,
    stored,
    goals: await listGoals(db, tenantId, { year: cycle.year, organisationId: organisation.id }),
    readings,
    assignments: await loadAccountSources(db, tenantId, covered),
    auditReports: await listAuditReports(db, tenantId, { organisationId: organisation.id, year: cycle.year - 1 }),
    comments: events
      .filter((e) => e.comment)
      .map((e) => ({ version: e.version, action: e.action === 'return' || e.action === 'submit' || e.action === 'accept' || e.action === 'adopt' ? e.action : 'comment', text: e.comment!, at: e.at.toISOString(), by: e.byName })),
  });
  return withPlacedTables(document, placed);
}
