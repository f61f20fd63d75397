/**
 * What a controller does with a survey, each inside the caller's transaction with its
 * permission check, its rules and its audit entry: write it, open it to the organisations that
 * must answer, close it, and start the next round.
 */
import { recordChange } from '../audit-log/audit-log.store.ts';
import type { Actor } from '../auth/roles.ts';
import type { Db } from '../db/connection.ts';
import { AppError, notFound } from '../http/errors.ts';
import { assertCan } from '../http/route.ts';
import { listOrganisations } from '../organisations/organisation.store.ts';
import type { Organisation } from '../organisations/organisation.ts';
import type { Tenant } from '../tenants/tenant.ts';
import { unanswered } from './response.ts';
import { insertResponses, listResponses } from './response.store.ts';
import { enqueueReminders, scheduleDeadlineReminders } from './survey-reminder.job.ts';
import { findNextRoundId, findSurvey, insertSurvey, lockSurvey, nextReminderRound, replaceDefinition, setSurveyStatus } from './survey.store.ts';
import { definitionProblems, nextRoundDefinition, type Audience, type Survey, type SurveyDefinition } from './survey.ts';

/** The organisations an audience names, in their usual order. */
export function audienceOrganisations(audience: Audience, organisations: readonly Organisation[]): Organisation[] {
  switch (audience.type) {
    case 'all':
      return organisations.filter((o) => o.kind !== 'council');
    case 'kinds':
      return organisations.filter((o) => audience.kinds.includes(o.kind));
    case 'list':
      return organisations.filter((o) => audience.organisationIds.includes(o.id));
  }
}

async function assertValid(trx: Db, tenantId: string, def: SurveyDefinition) {
  const problems = definitionProblems(def);
  if (def.audience.type === 'list') {
    const known = new Set((await listOrganisations(trx, tenantId)).map((o) => o.id));
    const unknown = def.audience.organisationIds.filter((id) => !known.has(id));
    if (unknown.length > 0) problems.push({ path: 'audience.organisationIds', message: `okänd organisation: ${unknown.join(', ')}.` });
    if (def.audience.organisationIds.length === 0) problems.push({ path: 'audience.organisationIds', message: 'ange minst en organisation.' });
  }
  if (def.questions.length === 0) problems.push({ path: 'questions', message: 'en enkät behöver minst en fråga.' });
  if (problems.length > 0) {
    throw new AppError('invalid_input', `Enkäten går inte att spara – ${problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`, { fields: problems });
  }
}

export async function createSurvey(trx: Db, actor: Actor, tenant: Tenant, def: SurveyDefinition): Promise<Survey> {
  assertCan(actor, 'survey.manage');
  await assertValid(trx, tenant.id, def);
  const id = await insertSurvey(trx, tenant.id, def);
  const created = (await findSurvey(trx, tenant.id, id))!;
  await recordChange(trx, actor, { action: 'survey.create', entityType: 'survey', entityId: id, after: created });
  return created;
}

export async function editSurvey(trx: Db, actor: Actor, tenant: Tenant, id: string, version: number, def: SurveyDefinition): Promise<Survey> {
  assertCan(actor, 'survey.manage');
  const locked = await lockSurvey(trx, tenant.id, id);
  if (!locked) throw notFound('Enkäten');
  if (locked.status !== 'draft') throw new AppError('not_applicable', 'Frågorna i en öppnad enkät kan inte ändras; stäng den och gör en ny omgång om frågorna behöver ändras.');
  await assertValid(trx, tenant.id, def);
  const before = await findSurvey(trx, tenant.id, id);
  if (!(await replaceDefinition(trx, tenant.id, id, version, def))) {
    throw new AppError('conflict', 'Enkäten har ändrats av någon annan. Läs in den igen och gör om ändringen.', { currentVersion: locked.version });
  }
  const after = (await findSurvey(trx, tenant.id, id))!;
  await recordChange(trx, actor, { action: 'survey.update', entityType: 'survey', entityId: id, before, after });
  return after;
}

/**
 * Opens the survey: every organisation of the audience gets a response to fill in, and the
 * reminder before the deadline is queued. Reopening a closed survey keeps the answers given.
 */
export async function openSurvey(trx: Db, actor: Actor, tenant: Tenant, id: string, now = new Date()): Promise<Survey> {
  assertCan(actor, 'survey.manage');
  const locked = await lockSurvey(trx, tenant.id, id);
  if (!locked) throw notFound('Enkäten');
  if (locked.status === 'open') throw new AppError('invalid_transition', 'Enkäten är redan öppen.', { from: 'open', to: 'open' });
  const survey = (await findSurvey(trx, tenant.id, id))!;
  const organisations = audienceOrganisations(survey.audience, await listOrganisations(trx, tenant.id));
  if (organisations.length === 0) throw new AppError('invalid_input', 'Ingen organisation ska besvara enkäten; ändra mottagarna.');
  await insertResponses(trx, tenant.id, id, organisations.map((o) => o.id));
  await setSurveyStatus(trx, tenant.id, id, 'open');
  if (survey.deadline) await scheduleDeadlineReminders(trx, tenant.id, id, survey.deadline, now);
  const after = (await findSurvey(trx, tenant.id, id))!;
  await recordChange(trx, actor, {
    action: 'survey.open',
    entityType: 'survey',
    entityId: id,
    before: { status: locked.status },
    after: { status: 'open', organisations: organisations.map((o) => o.id) },
  });
  return after;
}

export async function closeSurvey(trx: Db, actor: Actor, tenant: Tenant, id: string): Promise<Survey> {
  assertCan(actor, 'survey.manage');
  const locked = await lockSurvey(trx, tenant.id, id);
  if (!locked) throw notFound('Enkäten');
  if (locked.status !== 'open') throw new AppError('invalid_transition', 'Bara en öppen enkät kan stängas.', { from: locked.status, to: 'closed' });
  await setSurveyStatus(trx, tenant.id, id, 'closed');
  await recordChange(trx, actor, { action: 'survey.close', entityType: 'survey', entityId: id, before: { status: 'open' }, after: { status: 'closed' } });
  return (await findSurvey(trx, tenant.id, id))!;
}

/** The next round of a repeating survey: the same questions, linked to this one, as a draft. */
export async function createNextRound(
  trx: Db,
  actor: Actor,
  tenant: Tenant,
  id: string,
  overrides: { title?: string; deadline?: string | null; periodLabel?: string | null },
): Promise<Survey> {
  assertCan(actor, 'survey.manage');
  const previous = await findSurvey(trx, tenant.id, id);
  if (!previous) throw notFound('Enkäten');
  if (!previous.repeats) throw new AppError('not_applicable', 'Enkäten upprepas inte; markera den som återkommande eller skapa en ny enkät.');
  const existing = await findNextRoundId(trx, tenant.id, id);
  if (existing) throw new AppError('duplicate', 'Nästa omgång av enkäten finns redan.', { surveyId: existing });
  const newId = await insertSurvey(trx, tenant.id, nextRoundDefinition(previous, overrides), { previousRoundId: id });
  const created = (await findSurvey(trx, tenant.id, newId))!;
  await recordChange(trx, actor, { action: 'survey.create-round', entityType: 'survey', entityId: newId, after: created, reason: `Ny omgång av ${previous.title}` });
  return created;
}

/**
 * Chases the organisations that have not submitted (all of them, or those named): a new
 * reminder round, one queued reminder each. Returns the round and who will be reminded.
 */
export async function chaseUnanswered(trx: Db, actor: Actor, tenant: Tenant, id: string, only?: readonly string[]): Promise<{ round: number; organisationIds: string[] }> {
  assertCan(actor, 'survey.manage');
  const locked = await lockSurvey(trx, tenant.id, id);
  if (!locked) throw notFound('Enkäten');
  if (locked.status !== 'open') throw new AppError('not_applicable', 'Bara en öppen enkät kan ha påminnelser.');
  const responses = await listResponses(trx, tenant.id, id);
  const pending = unanswered(responses)
    .map((r) => r.organisationId)
    .filter((orgId) => !only || only.includes(orgId));
  if (pending.length === 0) throw new AppError('not_applicable', 'Alla som ska svara har redan svarat; ingen påminnelse behövs.');
  const round = await nextReminderRound(trx, tenant.id, id);
  await enqueueReminders(trx, tenant.id, id, round, pending);
  await recordChange(trx, actor, { action: 'survey.remind', entityType: 'survey', entityId: id, after: { round, organisations: pending } });
  return { round, organisationIds: pending };
}
