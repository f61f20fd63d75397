import type { Db } from '../db/connection.ts';
import type { AuditReport, Recommendation, RecommendationStatus } from './audit-report.ts';

export async function listAuditReports(db: Db, tenantId: string, filter: { organisationId?: string; year?: number } = {}) {
  let query = db.selectFrom('audit_reports').selectAll().where('tenant_id', '=', tenantId);
  if (filter.organisationId) query = query.where('organisation_id', '=', filter.organisationId);
  if (filter.year !== undefined) query = query.where('year', '=', filter.year);
  const reports = await query.orderBy('year', 'desc').orderBy('title').execute();
  const recommendations = reports.length
    ? await db
        .selectFrom('audit_recommendations')
        .selectAll()
        .where('tenant_id', '=', tenantId)
        .where(
          'audit_report_id',
          'in',
          reports.map((r) => r.id),
        )
        .orderBy('position')
        .execute()
    : [];
  return reports.map(
    (r): AuditReport => ({
      id: r.id,
      organisationId: r.organisation_id,
      year: r.year,
      title: r.title,
      auditor: r.auditor,
      summary: r.summary,
      recommendations: recommendations
        .filter((x) => x.audit_report_id === r.id)
        .map((x) => ({
          id: x.id,
          position: x.position,
          text: x.text,
          status: x.status as RecommendationStatus,
          firstMadeYear: x.first_made_year,
          response: x.response,
        })),
    }),
  );
}

export interface NewAuditReport {
  id?: string;
  organisationId: string;
  year: number;
  title: string;
  auditor: string;
  summary?: string | null;
  recommendations: Array<{ text: string; status?: RecommendationStatus; firstMadeYear: number; response?: string | null }>;
}

export async function insertAuditReport(trx: Db, tenantId: string, report: NewAuditReport): Promise<string> {
  const { id } = await trx
    .insertInto('audit_reports')
    .values({
      tenant_id: tenantId,
      ...(report.id ? { id: report.id } : {}),
      organisation_id: report.organisationId,
      year: report.year,
      title: report.title,
      auditor: report.auditor,
      summary: report.summary ?? null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  if (report.recommendations.length > 0) {
    await trx
      .insertInto('audit_recommendations')
      .values(
        report.recommendations.map((r, index) => ({
          tenant_id: tenantId,
          audit_report_id: id,
          position: index + 1,
          text: r.text,
          status: r.status ?? 'open',
          first_made_year: r.firstMadeYear,
          response: r.response ?? null,
        })),
      )
      .execute();
  }
  return id;
}

export async function findRecommendation(db: Db, tenantId: string, id: string) {
  return db
    .selectFrom('audit_recommendations as r')
    .innerJoin('audit_reports as a', (j) => j.onRef('a.tenant_id', '=', 'r.tenant_id').onRef('a.id', '=', 'r.audit_report_id'))
    .select(['r.id', 'r.status', 'r.response', 'a.organisation_id'])
    .where('r.tenant_id', '=', tenantId)
    .where('r.id', '=', id)
    .executeTakeFirst();
}

export async function updateRecommendation(
  trx: Db,
  tenantId: string,
  id: string,
  patch: { status?: RecommendationStatus; response?: string | null },
): Promise<Recommendation> {
  const row = await trx
    .updateTable('audit_recommendations')
    .set({ ...(patch.status ? { status: patch.status } : {}), ...(patch.response !== undefined ? { response: patch.response } : {}) })
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
  return {
    id: row.id,
    position: row.position,
    text: row.text,
    status: row.status as RecommendationStatus,
    firstMadeYear: row.first_made_year,
    response: row.response,
  };
}
