/** Open datasets over the foundation's data: assignments, goals, organisations, key figures, audits, cycles. */
import { listAuditReports } from '../audit-reports/audit-report.store.ts';
import { listCycles } from '../cycles/cycle.store.ts';
import { listGoals } from '../goals/goal.store.ts';
import { listOrganisations } from '../organisations/organisation.store.ts';
import { newestTime } from '../portal/http-caching.ts';
import { assignmentFilterFrom } from '../portal/assignment-list.query.ts';
import { findAssignmentPage } from '../portal/assignment-list.store.ts';
import type { Dataset, DatasetRow } from './dataset.ts';
import { listAllStatusChanges, listIndicatorValues } from './open-data.store.ts';

const ASSIGNMENT_FILTERS = ['q', 'status', 'organisation', 'ursprung', 'ar'];
const ALL = { limit: 1_000_000, offset: 0 };

const newest = (rows: DatasetRow[], field: string) => {
  const t = newestTime(rows.map((r) => r[field] as Date | string | null));
  return t === undefined ? undefined : new Date(t);
};

export const assignmentsDataset: Dataset = {
  key: 'uppdrag',
  filters: ASSIGNMENT_FILTERS,
  fields: [
    { name: 'id', type: 'uuid' },
    { name: 'dnr', type: 'text' },
    { name: 'title', type: 'text' },
    { name: 'description', type: 'text' },
    { name: 'origin', type: 'text' },
    { name: 'originYear', type: 'integer' },
    { name: 'originDecidedOn', type: 'date' },
    { name: 'originReference', type: 'text' },
    { name: 'assignedToAll', type: 'boolean' },
    { name: 'dueOn', type: 'date' },
    { name: 'assignees', type: 'text' },
    { name: 'updatedAt', type: 'datetime' },
    { name: 'url', type: 'url' },
  ],
  async rows({ db, tenantId, query, origin }) {
    const { assignments } = await findAssignmentPage(db, tenantId, assignmentFilterFrom(query), ALL);
    return assignments.map((a) => ({
      id: a.id,
      dnr: a.dnr,
      title: a.title,
      description: a.description,
      origin: a.origin,
      originYear: a.originYear,
      originDecidedOn: a.originDecidedOn,
      originReference: a.originReference,
      assignedToAll: a.assignedToAll,
      dueOn: a.dueOn,
      assignees: a.assignees.map((x) => x.organisationName).join(', '),
      updatedAt: a.updatedAt,
      url: `${origin}/uppdrag/${a.id}`,
    }));
  },
  lastModified: (rows) => newest(rows, 'updatedAt'),
};

export const assigneesDataset: Dataset = {
  key: 'uppdrag-status',
  filters: ASSIGNMENT_FILTERS,
  fields: [
    { name: 'assignmentId', type: 'uuid' },
    { name: 'dnr', type: 'text' },
    { name: 'organisationId', type: 'uuid' },
    { name: 'organisation', type: 'text' },
    { name: 'status', type: 'text' },
  ],
  async rows({ db, tenantId, query }) {
    const filter = assignmentFilterFrom(query);
    const { assignments } = await findAssignmentPage(db, tenantId, filter, ALL);
    return assignments.flatMap((a) =>
      a.assignees
        .filter((x) => (!filter.organisationId || x.organisationId === filter.organisationId) && (!filter.status || x.status === filter.status))
        .map((x) => ({ assignmentId: a.id, dnr: a.dnr, organisationId: x.organisationId, organisation: x.organisationName, status: x.status })),
    );
  },
};

export const statusHistoryDataset: Dataset = {
  key: 'uppdrag-historik',
  fields: [
    { name: 'id', type: 'uuid' },
    { name: 'assignmentId', type: 'uuid' },
    { name: 'dnr', type: 'text' },
    { name: 'organisationId', type: 'uuid' },
    { name: 'organisation', type: 'text' },
    { name: 'from', type: 'text' },
    { name: 'to', type: 'text' },
    { name: 'at', type: 'datetime' },
    { name: 'reason', type: 'text' },
    { name: 'reportId', type: 'uuid' },
    { name: 'decisionId', type: 'uuid' },
  ],
  async rows({ db, tenantId }) {
    return (await listAllStatusChanges(db, tenantId)).map((c) => ({
      id: c.id,
      assignmentId: c.assignment_id,
      dnr: c.dnr,
      organisationId: c.organisation_id,
      organisation: c.organisation_name,
      from: c.from_status,
      to: c.to_status,
      at: c.changed_at,
      reason: c.reason,
      reportId: c.report_id,
      decisionId: c.decision_id,
    }));
  },
  lastModified: (rows) => newest(rows, 'at'),
};

export const goalsDataset: Dataset = {
  key: 'mal',
  fields: [
    { name: 'id', type: 'uuid' },
    { name: 'budgetYear', type: 'integer' },
    { name: 'number', type: 'integer' },
    { name: 'title', type: 'text' },
    { name: 'description', type: 'text' },
    { name: 'responsible', type: 'text' },
    { name: 'url', type: 'url' },
  ],
  async rows({ db, tenantId, origin }) {
    return (await listGoals(db, tenantId)).map((g) => ({
      id: g.id,
      budgetYear: g.budgetYear,
      number: g.number,
      title: g.title,
      description: g.description,
      responsible: g.responsibilities.map((r) => (r.role ? `${r.organisationName} (${r.role})` : r.organisationName)).join(', '),
      url: `${origin}/mal/${g.id}`,
    }));
  },
};

export const goalResponsibilitiesDataset: Dataset = {
  key: 'malansvar',
  fields: [
    { name: 'goalId', type: 'uuid' },
    { name: 'budgetYear', type: 'integer' },
    { name: 'number', type: 'integer' },
    { name: 'organisationId', type: 'uuid' },
    { name: 'organisation', type: 'text' },
    { name: 'role', type: 'text' },
  ],
  async rows({ db, tenantId }) {
    return (await listGoals(db, tenantId)).flatMap((g) =>
      g.responsibilities.map((r) => ({
        goalId: g.id,
        budgetYear: g.budgetYear,
        number: g.number,
        organisationId: r.organisationId,
        organisation: r.organisationName,
        role: r.role,
      })),
    );
  },
};

export const organisationsDataset: Dataset = {
  key: 'organisationer',
  fields: [
    { name: 'id', type: 'uuid' },
    { name: 'kind', type: 'text' },
    { name: 'name', type: 'text' },
    { name: 'shortName', type: 'text' },
    { name: 'parentId', type: 'uuid' },
    { name: 'servesId', type: 'uuid' },
    { name: 'url', type: 'url' },
  ],
  async rows({ db, tenantId, origin }) {
    return (await listOrganisations(db, tenantId)).map((o) => ({
      id: o.id,
      kind: o.kind,
      name: o.name,
      shortName: o.shortName,
      parentId: o.parentId,
      servesId: o.servesId,
      url: `${origin}/organisationer/${o.id}`,
    }));
  },
};

export const indicatorValuesDataset: Dataset = {
  key: 'nyckeltal',
  fields: [
    { name: 'code', type: 'text' },
    { name: 'name', type: 'text' },
    { name: 'unit', type: 'text' },
    { name: 'organisationId', type: 'uuid' },
    { name: 'organisation', type: 'text' },
    { name: 'cycleId', type: 'uuid' },
    { name: 'cycle', type: 'text' },
    { name: 'kind', type: 'text' },
    { name: 'value', type: 'decimal' },
  ],
  async rows({ db, tenantId }) {
    return (await listIndicatorValues(db, tenantId)).map((v) => ({
      code: v.code,
      name: v.name,
      unit: v.unit,
      organisationId: v.organisation_id,
      organisation: v.organisation_name,
      cycleId: v.cycle_id,
      cycle: v.cycle_name,
      kind: v.kind,
      value: Number(v.value),
    }));
  },
};

export const auditRecommendationsDataset: Dataset = {
  key: 'revision',
  fields: [
    { name: 'auditReportId', type: 'uuid' },
    { name: 'organisationId', type: 'uuid' },
    { name: 'year', type: 'integer' },
    { name: 'auditReport', type: 'text' },
    { name: 'auditor', type: 'text' },
    { name: 'position', type: 'integer' },
    { name: 'recommendation', type: 'text' },
    { name: 'status', type: 'text' },
    { name: 'firstMadeYear', type: 'integer' },
    { name: 'response', type: 'text' },
  ],
  async rows({ db, tenantId }) {
    return (await listAuditReports(db, tenantId)).flatMap((r) =>
      r.recommendations.map((x) => ({
        auditReportId: r.id,
        organisationId: r.organisationId,
        year: r.year,
        auditReport: r.title,
        auditor: r.auditor,
        position: x.position,
        recommendation: x.text,
        status: x.status,
        firstMadeYear: x.firstMadeYear,
        response: x.response,
      })),
    );
  },
};

export const cyclesDataset: Dataset = {
  key: 'uppfoljningsperioder',
  fields: [
    { name: 'id', type: 'uuid' },
    { name: 'kind', type: 'text' },
    { name: 'name', type: 'text' },
    { name: 'year', type: 'integer' },
    { name: 'periodStart', type: 'date' },
    { name: 'periodEnd', type: 'date' },
    { name: 'committeeDeadline', type: 'date' },
  ],
  async rows({ db, tenantId }) {
    return (await listCycles(db, tenantId)).map((c) => ({ ...c }));
  },
};

export const FOUNDATION_DATASETS: Dataset[] = [
  assignmentsDataset,
  assigneesDataset,
  statusHistoryDataset,
  goalsDataset,
  goalResponsibilitiesDataset,
  organisationsDataset,
  indicatorValuesDataset,
  auditRecommendationsDataset,
  cyclesDataset,
];
