/**
 * Placing a survey's table in a report section, changing what the report prints (which rows and
 * organisations, their labels, figures typed over the computed ones), and taking it out again.
 * A placed table is part of what the report prints, so it changes only as the report's own
 * sections do: by those who may edit the report, while it is a draft or returned.
 */
import { recordChange } from '../audit-log/audit-log.store.ts';
import type { Actor } from '../auth/roles.ts';
import type { Db } from '../db/connection.ts';
import { AppError, notFound } from '../http/errors.ts';
import { assertCan } from '../http/route.ts';
import { organisationScope } from '../organisations/organisation.store.ts';
import { findReport } from '../reports/report.store.ts';
import type { Tenant } from '../tenants/tenant.ts';
import { listResponses } from './response.store.ts';
import { TOTAL_COLUMN, type Placement } from './survey-placement.ts';
import { deletePlacement, findPlacement, insertPlacement, updatePlacement, type PlacementInput } from './survey-placement.store.ts';
import { reportSections, reportTakesChanges } from './survey.queries.ts';
import { findSurvey } from './survey.store.ts';

const invalid = (path: string, message: string) => new AppError('invalid_input', `Tabellen går inte att placera – ${message}`, { fields: [{ path, message }] });

/**
 * Throws unless the actor may change the report's tables now. The system actor records tables
 * as a report already adopted printed them (the demo's Tabell 1 in attachment 2, imports).
 */
async function assertCanChangeReport(trx: Db, actor: Actor, tenantId: string, reportId: string | null) {
  if (reportId === null) return null;
  const report = await findReport(trx, tenantId, reportId);
  if (!report) throw invalid('reportId', 'rapporten finns inte.');
  assertCan(actor, 'report.edit', { organisationIds: await organisationScope(trx, tenantId, report.organisationId) });
  if (actor.kind !== 'system' && !reportTakesChanges(report)) {
    if (report.locked) throw new AppError('locked', `${report.title} är fastställd och låst; dess tabeller kan inte ändras.`);
    throw new AppError('not_applicable', `${report.title} är inte ett utkast och kan inte ändras förrän den skickas tillbaka.`, { status: report.status });
  }
  return report;
}

/** A table in a report goes in one of its sections, or in an attachment of the matter: never nowhere. */
async function assertPlaceExists(trx: Db, actor: Actor, tenantId: string, input: PlacementInput) {
  const report = await assertCanChangeReport(trx, actor, tenantId, input.reportId);
  if (!report || input.part !== null) return;
  if (input.section === null) throw invalid('section', 'ange avsnittet i rapporten eller bilagan som tabellen ska stå i.');
  const sections = await reportSections(trx, tenantId, report);
  if (!sections.some((s) => s.number === input.section)) throw invalid('section', `rapporten har inget avsnitt ${input.section}.`);
}

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
  await assertPlaceExists(trx, actor, tenant.id, input);
  const created = await insertPlacement(trx, tenant.id, surveyId, input);
  await recordChange(trx, actor, { action: 'survey.place', entityType: 'survey-placement', entityId: created.id, after: created });
  return created;
}

export async function editPlacement(trx: Db, actor: Actor, tenant: Tenant, surveyId: string, placementId: string, input: PlacementInput): Promise<Placement> {
  assertCan(actor, 'survey.manage');
  const before = await findPlacement(trx, tenant.id, placementId);
  if (!before || before.surveyId !== surveyId) throw notFound('Tabellplaceringen');
  await assertFits(trx, tenant.id, surveyId, input);
  await assertCanChangeReport(trx, actor, tenant.id, before.reportId);
  await assertPlaceExists(trx, actor, tenant.id, input);
  const after = (await updatePlacement(trx, tenant.id, placementId, input))!;
  await recordChange(trx, actor, { action: 'survey.place-update', entityType: 'survey-placement', entityId: placementId, before, after });
  return after;
}

/** Takes the table out of the report it was placed in; the survey and its answers stay. */
export async function removePlacement(trx: Db, actor: Actor, tenant: Tenant, surveyId: string, placementId: string): Promise<void> {
  assertCan(actor, 'survey.manage');
  const before = await findPlacement(trx, tenant.id, placementId);
  if (!before || before.surveyId !== surveyId) throw notFound('Tabellplaceringen');
  await assertCanChangeReport(trx, actor, tenant.id, before.reportId);
  await deletePlacement(trx, tenant.id, placementId);
  await recordChange(trx, actor, { action: 'survey.unplace', entityType: 'survey-placement', entityId: placementId, before });
}
