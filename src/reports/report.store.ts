import type { Selectable } from 'kysely';
import type { Db } from '../db/connection.ts';
import type { StoredSection } from './report-assembly.ts';
import type { ReportEventsTable, ReportsTable } from './report.table.ts';
import type { Report, ReportEvent, ReportStatus } from './report.ts';
import type { SectionContent } from './section-content.ts';

const toReport = (r: Selectable<ReportsTable>): Report => ({
  id: r.id,
  organisationId: r.organisation_id,
  cycleId: r.cycle_id,
  templateId: r.template_id,
  title: r.title,
  status: r.status as ReportStatus,
  version: r.version,
  adoptedByDecisionId: r.adopted_by_decision_id,
  locked: r.locked,
  submittedAt: r.submitted_at,
  returnedAt: r.returned_at,
  acceptedAt: r.accepted_at,
  adoptedAt: r.adopted_at,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

export async function findReport(db: Db, tenantId: string, id: string): Promise<Report | undefined> {
  const row = await db.selectFrom('reports').selectAll().where('tenant_id', '=', tenantId).where('id', '=', id).executeTakeFirst();
  return row ? toReport(row) : undefined;
}

export interface ReportFilter {
  cycleId?: string;
  organisationId?: string;
  status?: ReportStatus;
}

export async function listReports(db: Db, tenantId: string, filter: ReportFilter = {}): Promise<Report[]> {
  let query = db.selectFrom('reports').selectAll().where('tenant_id', '=', tenantId);
  if (filter.cycleId) query = query.where('cycle_id', '=', filter.cycleId);
  if (filter.organisationId) query = query.where('organisation_id', '=', filter.organisationId);
  if (filter.status) query = query.where('status', '=', filter.status);
  return (await query.orderBy('created_at').orderBy('id').execute()).map(toReport);
}

/** The report row locked until the transaction ends: saves and status changes on one report take turns. */
export async function lockReport(trx: Db, tenantId: string, id: string): Promise<Report | undefined> {
  const row = await trx.selectFrom('reports').selectAll().where('tenant_id', '=', tenantId).where('id', '=', id).forUpdate().executeTakeFirst();
  return row ? toReport(row) : undefined;
}

export interface NewReport {
  id?: string;
  organisationId: string;
  cycleId: string;
  templateId: string;
  title: string;
}

export async function insertReport(trx: Db, tenantId: string, input: NewReport): Promise<Report> {
  const row = await trx
    .insertInto('reports')
    .values({
      tenant_id: tenantId,
      ...(input.id ? { id: input.id } : {}),
      organisation_id: input.organisationId,
      cycle_id: input.cycleId,
      template_id: input.templateId,
      title: input.title,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toReport(row);
}

export interface ReportPatch {
  /** When the change happened (default now). */
  at?: Date;
  status?: ReportStatus;
  locked?: boolean;
  adoptedByDecisionId?: string | null;
  submittedAt?: Date;
  returnedAt?: Date;
  acceptedAt?: Date;
  adoptedAt?: Date;
}

/** Applies a change and moves the report to its next version. */
export async function bumpReport(trx: Db, tenantId: string, id: string, patch: ReportPatch = {}): Promise<Report> {
  const row = await trx
    .updateTable('reports')
    .set((eb) => ({
      ...(patch.status ? { status: patch.status } : {}),
      ...(patch.locked !== undefined ? { locked: patch.locked } : {}),
      ...(patch.adoptedByDecisionId !== undefined ? { adopted_by_decision_id: patch.adoptedByDecisionId } : {}),
      ...(patch.submittedAt ? { submitted_at: patch.submittedAt } : {}),
      ...(patch.returnedAt ? { returned_at: patch.returnedAt } : {}),
      ...(patch.acceptedAt ? { accepted_at: patch.acceptedAt } : {}),
      ...(patch.adoptedAt ? { adopted_at: patch.adoptedAt } : {}),
      version: eb('version', '+', 1),
      updated_at: patch.at ?? new Date(),
    }))
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
  return toReport(row);
}

export async function loadSections(db: Db, tenantId: string, reportId: string): Promise<Map<string, StoredSection>> {
  const rows = await db
    .selectFrom('report_sections')
    .select(['section_key', 'version', 'content'])
    .where('tenant_id', '=', tenantId)
    .where('report_id', '=', reportId)
    .execute();
  return new Map(rows.map((r) => [r.section_key, { version: r.version, content: r.content as SectionContent }]));
}

export async function findSection(db: Db, tenantId: string, reportId: string, key: string): Promise<StoredSection | undefined> {
  const row = await db
    .selectFrom('report_sections')
    .select(['version', 'content'])
    .where('tenant_id', '=', tenantId)
    .where('report_id', '=', reportId)
    .where('section_key', '=', key)
    .executeTakeFirst();
  return row ? { version: row.version, content: row.content as SectionContent } : undefined;
}

export interface SectionSave {
  reportId: string;
  key: string;
  /** The version the writer started from; 0 for a section never saved. */
  expectedVersion: number;
  content: SectionContent;
  userId: string | null;
  /** The report version this save makes. */
  reportVersion: number;
}

/**
 * Saves a section when it is still at the version the writer started from, and keeps the
 * saved content as a version of its own. Returns the new version, or null when someone else
 * saved first (nothing is written then).
 */
export async function saveSection(trx: Db, tenantId: string, save: SectionSave): Promise<number | null> {
  const json = JSON.stringify(save.content);
  let version: number | null = null;
  if (save.expectedVersion === 0) {
    const inserted = await trx
      .insertInto('report_sections')
      .values({ tenant_id: tenantId, report_id: save.reportId, section_key: save.key, version: 1, content: json, updated_by: save.userId })
      .onConflict((oc) => oc.constraint('report_sections_pk').doNothing())
      .returning('version')
      .executeTakeFirst();
    version = inserted?.version ?? null;
  } else {
    const updated = await trx
      .updateTable('report_sections')
      .set((eb) => ({ content: json, version: eb('version', '+', 1), updated_at: new Date(), updated_by: save.userId }))
      .where('tenant_id', '=', tenantId)
      .where('report_id', '=', save.reportId)
      .where('section_key', '=', save.key)
      .where('version', '=', save.expectedVersion)
      .returning('version')
      .executeTakeFirst();
    version = updated?.version ?? null;
  }
  if (version === null) return null;
  await trx
    .insertInto('report_section_versions')
    .values({
      tenant_id: tenantId,
      report_id: save.reportId,
      section_key: save.key,
      version,
      report_version: save.reportVersion,
      content: json,
      saved_by: save.userId,
    })
    .execute();
  return version;
}

/** Each section's content as it stood at a report version (the last save at or before it). */
export async function sectionsAtVersion(db: Db, tenantId: string, reportId: string, reportVersion: number): Promise<Map<string, StoredSection>> {
  const rows = await db
    .selectFrom('report_section_versions')
    .distinctOn('section_key')
    .select(['section_key', 'version', 'content'])
    .where('tenant_id', '=', tenantId)
    .where('report_id', '=', reportId)
    .where('report_version', '<=', reportVersion)
    .orderBy('section_key')
    .orderBy('version', 'desc')
    .execute();
  return new Map(rows.map((r) => [r.section_key, { version: r.version, content: r.content as SectionContent }]));
}

export interface NewReportEvent {
  reportId: string;
  version: number;
  action: ReportEvent['action'];
  sectionKey?: string | null;
  comment?: string | null;
  userId: string | null;
  label: string;
  /** When it happened, if not now (demo data carries historical dates). */
  at?: Date;
}

export async function insertEvent(trx: Db, tenantId: string, event: NewReportEvent): Promise<void> {
  await trx
    .insertInto('report_events')
    .values({
      tenant_id: tenantId,
      report_id: event.reportId,
      version: event.version,
      action: event.action,
      section_key: event.sectionKey ?? null,
      comment: event.comment ?? null,
      by_user_id: event.userId,
      by_label: event.label,
      ...(event.at ? { at: event.at } : {}),
    })
    .execute();
}

const toEvent = (r: Selectable<ReportEventsTable> & { user_name: string | null }): ReportEvent => ({
  version: r.version,
  action: r.action as ReportEvent['action'],
  sectionKey: r.section_key,
  comment: r.comment,
  at: r.at,
  by: r.by_user_id,
  byName: r.user_name ?? r.by_label,
});

export async function listEvents(db: Db, tenantId: string, reportId: string): Promise<ReportEvent[]> {
  const rows = await db
    .selectFrom('report_events as e')
    .leftJoin('users as u', (j) => j.onRef('u.tenant_id', '=', 'e.tenant_id').onRef('u.id', '=', 'e.by_user_id'))
    .selectAll('e')
    .select('u.name as user_name')
    .where('e.tenant_id', '=', tenantId)
    .where('e.report_id', '=', reportId)
    .orderBy('e.version')
    .execute();
  return rows.map(toEvent);
}

export async function listParticipants(db: Db, tenantId: string, cycleId: string): Promise<string[]> {
  const rows = await db.selectFrom('cycle_participants').select('organisation_id').where('tenant_id', '=', tenantId).where('cycle_id', '=', cycleId).execute();
  return rows.map((r) => r.organisation_id);
}

/** Replaces the organisations taking part in a cycle. */
export async function replaceParticipants(trx: Db, tenantId: string, cycleId: string, organisationIds: readonly string[]): Promise<void> {
  await trx.deleteFrom('cycle_participants').where('tenant_id', '=', tenantId).where('cycle_id', '=', cycleId).execute();
  if (organisationIds.length === 0) return;
  await trx
    .insertInto('cycle_participants')
    .values([...new Set(organisationIds)].map((organisation_id) => ({ tenant_id: tenantId, cycle_id: cycleId, organisation_id })))
    .execute();
}

export async function addParticipant(trx: Db, tenantId: string, cycleId: string, organisationId: string): Promise<void> {
  await trx
    .insertInto('cycle_participants')
    .values({ tenant_id: tenantId, cycle_id: cycleId, organisation_id: organisationId })
    .onConflict((oc) => oc.constraint('cycle_participants_pk').doNothing())
    .execute();
}
