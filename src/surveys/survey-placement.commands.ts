/**
 * Placing a survey's table in a report section, and changing what the report prints: which
 * rows and organisations, their labels, and figures typed over the computed ones.
 */
import { recordChange } from '../audit-log/audit-log.store.ts';
import type { Actor } from '../auth/roles.ts';
import type { Db } from '../db/connection.ts';
import { AppError, notFound } from '../http/errors.ts';
import { assertCan } from '../http/route.ts';
import type { Tenant } from '../tenants/tenant.ts';
import { listResponses } from './response.store.ts';
import { TOTAL_COLUMN, type Placement } from './survey-placement.ts';
import { findPlacement, insertPlacement, updatePlacement, type PlacementInput } from './survey-placement.store.ts';
import { findSurvey } from './survey.store.ts';

async function assertFits(trx: Db, tenantId: string, surveyId: string, input: PlacementInput) {
  const survey = await findSurvey(trx, tenantId, surveyId);
  if (!survey) throw notFound('Enkäten');
  const rows = new Set([...survey.questions.map((q) => q.key), ...survey.derivedRows.map((r) => r.key)]);
  const organisations = new Set((await listResponses(trx, tenantId, surveyId)).map((r) => r.organisationId));
  const problems: { path: string; message: string }[] = [];
  for (const key of input.rowKeys) if (!rows.has(key)) problems.push({ path: 'rowKeys', message: `enkäten har ingen fråga eller beräknad rad "${key}".` });
  for (const id of input.organisationIds) if (!organisations.has(id)) problems.push({ path: 'organisationIds', message: `organisationen ${id} besvarar inte enkäten.` });
  for (const [key, cells] of Object.entries(input.printed)) {
    if (!rows.has(key)) problems.push({ path: `printed.${key}`, message: `enkäten har ingen rad "${key}".` });
    for (const id of Object.keys(cells)) {
      if (id !== TOTAL_COLUMN && !organisations.has(id)) problems.push({ path: `printed.${key}.${id}`, message: `organisationen ${id} besvarar inte enkäten.` });
    }
  }
  if (problems.length > 0) throw new AppError('invalid_input', `Tabellen går inte att placera – ${problems.map((p) => p.message).join(' ')}`, { fields: problems });
}

export async function placeSurveyTable(trx: Db, actor: Actor, tenant: Tenant, surveyId: string, input: PlacementInput): Promise<Placement> {
  assertCan(actor, 'survey.manage');
  await assertFits(trx, tenant.id, surveyId, input);
  const created = await insertPlacement(trx, tenant.id, surveyId, input);
  await recordChange(trx, actor, { action: 'survey.place', entityType: 'survey-placement', entityId: created.id, after: created });
  return created;
}

export async function editPlacement(trx: Db, actor: Actor, tenant: Tenant, surveyId: string, placementId: string, input: PlacementInput): Promise<Placement> {
  assertCan(actor, 'survey.manage');
  const before = await findPlacement(trx, tenant.id, placementId);
  if (!before || before.surveyId !== surveyId) throw notFound('Tabellplaceringen');
  await assertFits(trx, tenant.id, surveyId, input);
  const after = (await updatePlacement(trx, tenant.id, placementId, input))!;
  await recordChange(trx, actor, { action: 'survey.place-update', entityType: 'survey-placement', entityId: placementId, before, after });
  return after;
}
