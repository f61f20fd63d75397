import type { Selectable } from 'kysely';
import type { Db } from '../db/connection.ts';
import type { Placement } from './survey-placement.ts';
import type { SurveyPlacementsTable } from './survey.table.ts';

export type PlacementInput = Omit<Placement, 'id' | 'surveyId'>;

const toPlacement = (r: Selectable<SurveyPlacementsTable>): Placement => ({
  id: r.id,
  surveyId: r.survey_id,
  reportId: r.report_id,
  section: r.section,
  part: r.part,
  title: r.title,
  rowKeys: r.row_keys as string[],
  organisationIds: r.organisation_ids as string[],
  columnLabels: r.column_labels as Record<string, string>,
  rowLabels: r.row_labels as Record<string, string>,
  printed: r.printed as Record<string, Record<string, string>>,
  showTotals: r.show_totals,
});

const columns = (p: PlacementInput) => ({
  report_id: p.reportId,
  section: p.section,
  part: p.part,
  title: p.title,
  row_keys: JSON.stringify(p.rowKeys),
  organisation_ids: JSON.stringify(p.organisationIds),
  column_labels: JSON.stringify(p.columnLabels),
  row_labels: JSON.stringify(p.rowLabels),
  printed: JSON.stringify(p.printed),
  show_totals: p.showTotals,
});

export async function insertPlacement(trx: Db, tenantId: string, surveyId: string, input: PlacementInput): Promise<Placement> {
  const row = await trx.insertInto('survey_placements').values({ tenant_id: tenantId, survey_id: surveyId, ...columns(input) }).returningAll().executeTakeFirstOrThrow();
  return toPlacement(row);
}

export async function updatePlacement(trx: Db, tenantId: string, id: string, input: PlacementInput): Promise<Placement | undefined> {
  const row = await trx
    .updateTable('survey_placements')
    .set({ ...columns(input), updated_at: new Date() })
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirst();
  return row ? toPlacement(row) : undefined;
}

export async function deletePlacement(trx: Db, tenantId: string, id: string): Promise<void> {
  await trx.deleteFrom('survey_placements').where('tenant_id', '=', tenantId).where('id', '=', id).execute();
}

export async function findPlacement(db: Db, tenantId: string, id: string): Promise<Placement | undefined> {
  const row = await db.selectFrom('survey_placements').selectAll().where('tenant_id', '=', tenantId).where('id', '=', id).executeTakeFirst();
  return row ? toPlacement(row) : undefined;
}

export async function listPlacements(db: Db, tenantId: string, filter: { surveyId?: string; reportId?: string }): Promise<Placement[]> {
  let query = db.selectFrom('survey_placements').selectAll().where('tenant_id', '=', tenantId);
  if (filter.surveyId) query = query.where('survey_id', '=', filter.surveyId);
  if (filter.reportId) query = query.where('report_id', '=', filter.reportId);
  const rows = await query.orderBy('created_at').orderBy('id').execute();
  return rows.map(toPlacement);
}
