import type { Selectable } from 'kysely';
import type { Db } from '../db/connection.ts';
import type { Assignee, Assignment, AssignmentOrigin, StatusChange } from './assignment.ts';
import type { AssignmentStatus } from './assignment-status.ts';
import { assigneeConditions, assignmentConditions, filtersOnAssignees, type AssignmentFilter } from './assignment-filter.ts';
import type { AssignmentsTable } from './assignment.table.ts';

export interface NewAssignment {
  id?: string;
  dnr: string;
  dnrSort: string;
  title: string;
  description?: string | null;
  origin: AssignmentOrigin;
  originYear?: number | null;
  originDecidedOn?: string | null;
  originReference?: string | null;
  assignedToAll?: boolean;
  dueOn?: string | null;
  organisationIds: string[];
  /** When it was given, if not now (imports and demo data carry the deciding date). */
  assignedAt?: Date;
}

/** Who a change is by: the user, when there is one, and a label for everyone (see actorLabel). */
export interface ChangedBy {
  userId: string | null;
  label: string;
}

export async function insertAssignment(trx: Db, tenantId: string, input: NewAssignment, changedBy: ChangedBy) {
  const { id } = await trx
    .insertInto('assignments')
    .values({
      tenant_id: tenantId,
      ...(input.id ? { id: input.id } : {}),
      dnr: input.dnr,
      dnr_sort: input.dnrSort,
      title: input.title,
      description: input.description ?? null,
      origin: input.origin,
      origin_year: input.originYear ?? null,
      origin_decided_on: input.originDecidedOn ?? null,
      origin_reference: input.originReference ?? null,
      assigned_to_all: input.assignedToAll ?? false,
      due_on: input.dueOn ?? null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await addAssignees(trx, tenantId, id, input.organisationIds, changedBy, input.assignedAt);
  return id;
}

export async function addAssignees(
  trx: Db,
  tenantId: string,
  assignmentId: string,
  organisationIds: string[],
  changedBy: ChangedBy,
  assignedAt?: Date,
) {
  if (organisationIds.length === 0) return;
  await trx
    .insertInto('assignees')
    .values(organisationIds.map((organisation_id) => ({ tenant_id: tenantId, assignment_id: assignmentId, organisation_id })))
    .execute();
  await trx
    .insertInto('assignment_status_changes')
    .values(
      organisationIds.map((organisation_id) => ({
        tenant_id: tenantId,
        assignment_id: assignmentId,
        organisation_id,
        from_status: null,
        to_status: 'assigned',
        changed_by: changedBy.userId,
        changed_by_label: changedBy.label,
        ...(assignedAt ? { changed_at: assignedAt } : {}),
      })),
    )
    .execute();
}

/** Assignments in dnr order, `limit + 1` rows after the cursor (see src/http/paging.ts). */
export async function listAssignments(
  db: Db,
  tenantId: string,
  filter: AssignmentFilter,
  paging: { limit: number; after?: readonly (string | number)[] | undefined },
): Promise<Array<Assignment & { sortKey: string }>> {
  let query = db.selectFrom('assignments').selectAll().where('tenant_id', '=', tenantId).where(assignmentConditions(filter));
  if (filtersOnAssignees(filter)) query = query.where(assigneeConditions(filter));
  if (paging.after) {
    const [sortKey, id] = paging.after as [string, string];
    query = query.where((eb) => eb(eb.refTuple('dnr_sort', 'id'), '>', eb.tuple(sortKey, id)));
  }
  const rows = await query.orderBy('dnr_sort').orderBy('id').limit(paging.limit + 1).execute();
  const assignees = await loadAssignees(db, tenantId, rows.map((r) => r.id));
  return rows.map((row) => ({ ...toAssignment(row, assignees.get(row.id) ?? []), sortKey: row.dnr_sort }));
}

/**
 * How many assignees are in each status among the assignments the filter selects, ignoring the
 * status filter itself (so the counts show where else one could look). With an organisation
 * filter only that organisation's part counts.
 */
export async function countByStatus(db: Db, tenantId: string, filter: AssignmentFilter = {}): Promise<Partial<Record<AssignmentStatus, number>>> {
  if (!filter.origin && filter.year === undefined && !filter.text?.trim()) {
    // Nothing to ask of the assignment itself: the assignees table alone answers.
    let plain = db.selectFrom('assignees').select(['status', (eb) => eb.fn.countAll<number>().as('count')]).where('tenant_id', '=', tenantId);
    if (filter.organisationId) plain = plain.where('organisation_id', '=', filter.organisationId);
    const rows = await plain.groupBy('status').execute();
    return Object.fromEntries(rows.map((r) => [r.status, Number(r.count)]));
  }
  let query = db
    .selectFrom('assignees')
    .innerJoin('assignments', (j) =>
      j.onRef('assignments.tenant_id', '=', 'assignees.tenant_id').onRef('assignments.id', '=', 'assignees.assignment_id'),
    )
    .select(['assignees.status', (eb) => eb.fn.countAll<number>().as('count')])
    .where('assignees.tenant_id', '=', tenantId)
    .where(assignmentConditions(filter));
  if (filter.organisationId) query = query.where('assignees.organisation_id', '=', filter.organisationId);
  const rows = await query.groupBy('assignees.status').execute();
  return Object.fromEntries(rows.map((r) => [r.status, Number(r.count)]));
}

export async function findAssignment(db: Db, tenantId: string, id: string): Promise<Assignment | undefined> {
  const row = await db.selectFrom('assignments').selectAll().where('tenant_id', '=', tenantId).where('id', '=', id).executeTakeFirst();
  if (!row) return undefined;
  const assignees = await loadAssignees(db, tenantId, [row.id]);
  return toAssignment(row, assignees.get(row.id) ?? []);
}

export async function findAssignmentByDnr(db: Db, tenantId: string, dnr: string): Promise<Assignment | undefined> {
  const row = await db.selectFrom('assignments').select('id').where('tenant_id', '=', tenantId).where('dnr', '=', dnr).executeTakeFirst();
  return row ? findAssignment(db, tenantId, row.id) : undefined;
}

/** Assignments by id, in the order of `ids` (a search or a page picks the order). */
export async function listAssignmentsByIds(db: Db, tenantId: string, ids: readonly string[]): Promise<Assignment[]> {
  if (ids.length === 0) return [];
  const rows = await db.selectFrom('assignments').selectAll().where('tenant_id', '=', tenantId).where('id', 'in', [...ids]).execute();
  const assignees = await loadAssignees(db, tenantId, rows.map((r) => r.id));
  const byId = new Map(rows.map((r) => [r.id, toAssignment(r, assignees.get(r.id) ?? [])]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

async function loadAssignees(db: Db, tenantId: string, assignmentIds: string[]) {
  const byAssignment = new Map<string, Assignee[]>();
  if (assignmentIds.length === 0) return byAssignment;
  const rows = await db
    .selectFrom('assignees')
    .innerJoin('organisations', (j) =>
      j.onRef('organisations.tenant_id', '=', 'assignees.tenant_id').onRef('organisations.id', '=', 'assignees.organisation_id'),
    )
    .select(['assignees.assignment_id', 'assignees.organisation_id', 'assignees.status', 'assignees.version', 'organisations.name'])
    .where('assignees.tenant_id', '=', tenantId)
    .where('assignees.assignment_id', 'in', assignmentIds)
    .orderBy('organisations.sort_order')
    .orderBy('organisations.name')
    .execute();
  for (const r of rows) {
    const list = byAssignment.get(r.assignment_id) ?? [];
    list.push({ organisationId: r.organisation_id, organisationName: r.name, status: r.status as AssignmentStatus, version: r.version });
    byAssignment.set(r.assignment_id, list);
  }
  return byAssignment;
}

function toAssignment(row: Selectable<AssignmentsTable>, assignees: Assignee[]): Assignment {
  return {
    id: row.id,
    dnr: row.dnr,
    title: row.title,
    description: row.description,
    origin: row.origin as AssignmentOrigin,
    originYear: row.origin_year,
    originDecidedOn: row.origin_decided_on,
    originReference: row.origin_reference,
    assignedToAll: row.assigned_to_all,
    dueOn: row.due_on,
    version: row.version,
    assignees,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export interface AssignmentPatch {
  title?: string;
  description?: string | null;
  dueOn?: string | null;
}

/** Updates when the stored version is the one the client read; false means someone else changed it first. */
export async function updateAssignment(trx: Db, tenantId: string, id: string, version: number, patch: AssignmentPatch) {
  const result = await trx
    .updateTable('assignments')
    .set((eb) => ({
      ...(patch.title !== undefined ? { title: patch.title } : {}),
      ...(patch.description !== undefined ? { description: patch.description } : {}),
      ...(patch.dueOn !== undefined ? { due_on: patch.dueOn } : {}),
      version: eb('version', '+', 1),
      updated_at: new Date(),
    }))
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** The assignee row, locked until the transaction ends, so two status changes cannot interleave. */
export async function lockAssignee(trx: Db, tenantId: string, assignmentId: string, organisationId: string) {
  return trx
    .selectFrom('assignees')
    .select(['status', 'version'])
    .where('tenant_id', '=', tenantId)
    .where('assignment_id', '=', assignmentId)
    .where('organisation_id', '=', organisationId)
    .forUpdate()
    .executeTakeFirst();
}

export interface StatusChangeInput {
  assignmentId: string;
  organisationId: string;
  from: AssignmentStatus;
  to: AssignmentStatus;
  changedBy: ChangedBy;
  reason?: string | null;
  reportId?: string | null;
  decisionId?: string | null;
  /** When it happened, if not now (imports and demo data carry historical dates). */
  at?: Date;
}

export async function saveStatusChange(trx: Db, tenantId: string, change: StatusChangeInput) {
  await trx
    .updateTable('assignees')
    .set((eb) => ({ status: change.to, version: eb('version', '+', 1), updated_at: new Date() }))
    .where('tenant_id', '=', tenantId)
    .where('assignment_id', '=', change.assignmentId)
    .where('organisation_id', '=', change.organisationId)
    .execute();
  await trx
    .insertInto('assignment_status_changes')
    .values({
      tenant_id: tenantId,
      assignment_id: change.assignmentId,
      organisation_id: change.organisationId,
      from_status: change.from,
      to_status: change.to,
      changed_by: change.changedBy.userId,
      changed_by_label: change.changedBy.label,
      reason: change.reason ?? null,
      report_id: change.reportId ?? null,
      decision_id: change.decisionId ?? null,
      ...(change.at ? { changed_at: change.at } : {}),
    })
    .execute();
}

export async function listStatusChanges(db: Db, tenantId: string, assignmentId: string): Promise<StatusChange[]> {
  const rows = await db
    .selectFrom('assignment_status_changes as c')
    .innerJoin('organisations as o', (j) => j.onRef('o.tenant_id', '=', 'c.tenant_id').onRef('o.id', '=', 'c.organisation_id'))
    .leftJoin('users as u', (j) => j.onRef('u.tenant_id', '=', 'c.tenant_id').onRef('u.id', '=', 'c.changed_by'))
    .select([
      'c.id',
      'c.organisation_id',
      'o.name as organisation_name',
      'c.from_status',
      'c.to_status',
      'c.changed_at',
      'u.name as user_name',
      'c.changed_by_label',
      'c.reason',
      'c.report_id',
      'c.decision_id',
    ])
    .where('c.tenant_id', '=', tenantId)
    .where('c.assignment_id', '=', assignmentId)
    .orderBy('c.changed_at')
    .orderBy('c.id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    organisationId: r.organisation_id,
    organisationName: r.organisation_name,
    from: r.from_status as AssignmentStatus | null,
    to: r.to_status as AssignmentStatus,
    at: r.changed_at,
    by: r.user_name ?? r.changed_by_label,
    reason: r.reason,
    reportId: r.report_id,
    decisionId: r.decision_id,
  }));
}
