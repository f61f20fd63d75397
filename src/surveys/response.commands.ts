/**
 * What an organisation does with its response — save a draft, submit, ask for it to be
 * reopened — and the controller's reopening. Each checks that the actor's grant covers the
 * organisation: a reporter sees and edits only their own organisation's answers.
 */
import { recordChange } from '../audit-log/audit-log.store.ts';
import { actorUserId, type Actor } from '../auth/roles.ts';
import type { Db } from '../db/connection.ts';
import { AppError, notFound } from '../http/errors.ts';
import { assertCan } from '../http/route.ts';
import { organisationScope } from '../organisations/organisation.store.ts';
import type { Tenant } from '../tenants/tenant.ts';
import { readAnswer, type Answer, type AnswerInput, type AnswerProblem } from './answer.ts';
import { canEdit, missingRequired, type ResponseWithAnswers } from './response.ts';
import { findResponse, loadAnswers, lockResponse, saveAnswers, updateResponse } from './response.store.ts';
import { findSurvey } from './survey.store.ts';
import type { Survey } from './survey.ts';

export interface ResponseTarget {
  surveyId: string;
  organisationId: string;
}

/** Throws unless the actor may read this organisation's response (its own, or anyone's for controllers). */
export async function assertCanReadResponse(db: Db, actor: Actor, tenant: Tenant, target: ResponseTarget) {
  assertCan(actor, 'survey.read', { organisationIds: await organisationScope(db, tenant.id, target.organisationId) });
}

export async function loadResponse(db: Db, actor: Actor, tenant: Tenant, target: ResponseTarget): Promise<{ survey: Survey; response: ResponseWithAnswers }> {
  const survey = await findSurvey(db, tenant.id, target.surveyId);
  if (!survey) throw notFound('Enkäten');
  await assertCanReadResponse(db, actor, tenant, target);
  const response = await findResponse(db, tenant.id, target.surveyId, target.organisationId);
  if (!response) throw notFound('Svaret (organisationen ska inte besvara enkäten)');
  const answers = (await loadAnswers(db, tenant.id, target.surveyId, [target.organisationId])).get(target.organisationId) ?? {};
  return { survey, response: { ...response, answers } };
}

function problemsError(problems: AnswerProblem[]): AppError {
  return new AppError('invalid_input', `Svaret går inte att spara – ${problems.map((p) => p.message).join(' ')}`, {
    problems,
    fields: problems.map((p) => ({ path: `answers.${p.question}`, message: p.message, code: p.code })),
  });
}

/** Reads every input against its question; one bad answer and nothing is written. */
export function readAnswers(survey: Survey, inputs: readonly AnswerInput[]): Record<string, Answer | null> {
  const problems: AnswerProblem[] = [];
  const answers: Record<string, Answer | null> = {};
  for (const input of inputs) {
    const question = survey.questions.find((q) => q.key === input.question);
    if (!question) {
      problems.push({ question: input.question, code: 'unknown_question', message: `Enkäten har ingen fråga "${input.question}".` });
      continue;
    }
    const reading = readAnswer(question, input);
    if (reading.ok) answers[question.key] = reading.answer;
    else problems.push(reading.problem);
  }
  if (problems.length > 0) throw problemsError(problems);
  return answers;
}

async function lockForAnswering(trx: Db, actor: Actor, tenant: Tenant, target: ResponseTarget, expectedVersion: number | undefined) {
  const survey = await findSurvey(trx, tenant.id, target.surveyId);
  if (!survey) throw notFound('Enkäten');
  assertCan(actor, 'survey.answer', { organisationIds: await organisationScope(trx, tenant.id, target.organisationId) });
  const current = await lockResponse(trx, tenant.id, target.surveyId, target.organisationId);
  if (!current) throw notFound('Svaret (organisationen ska inte besvara enkäten)');
  if (survey.status !== 'open') throw new AppError('not_applicable', survey.status === 'draft' ? 'Enkäten är inte öppnad ännu.' : 'Enkäten är stängd och tar inte emot svar.');
  if (expectedVersion !== undefined && expectedVersion !== current.version) {
    throw new AppError('conflict', 'Svaret har ändrats av någon annan. Läs in det igen och gör om ändringen.', { currentVersion: current.version });
  }
  if (!canEdit(current.status)) {
    throw new AppError('locked', 'Svaret är inskickat. Begär att controllern öppnar det igen om något behöver ändras.', { status: current.status });
  }
  return { survey, current };
}

export interface SaveInput {
  version?: number;
  answers: AnswerInput[];
}

export async function saveResponse(trx: Db, actor: Actor, tenant: Tenant, target: ResponseTarget, input: SaveInput): Promise<ResponseWithAnswers> {
  const { survey, current } = await lockForAnswering(trx, actor, tenant, target, input.version);
  const answers = readAnswers(survey, input.answers);
  const before = (await loadAnswers(trx, tenant.id, target.surveyId, [target.organisationId])).get(target.organisationId) ?? {};
  await saveAnswers(trx, tenant.id, target.surveyId, target.organisationId, answers, actorUserId(actor));
  await updateResponse(trx, tenant.id, target.surveyId, target.organisationId, current.status === 'not-started' ? { status: 'draft' } : {});
  const after = (await loadResponse(trx, actor, tenant, target)).response;
  await recordChange(trx, actor, {
    action: 'survey-response.save',
    entityType: 'survey-response',
    entityId: `${target.surveyId}/${target.organisationId}`,
    before: { status: current.status, answers: before },
    after: { status: after.status, answers: after.answers },
  });
  return after;
}

/**
 * Submits, after saving any answers sent along; every required question must be answered.
 * `now` is when it counts as submitted (the demo gives its 2023 answers their own dates).
 */
export async function submitResponse(trx: Db, actor: Actor, tenant: Tenant, target: ResponseTarget, input: SaveInput, now = new Date()): Promise<ResponseWithAnswers> {
  const { survey, current } = await lockForAnswering(trx, actor, tenant, target, input.version);
  const given = readAnswers(survey, input.answers);
  const stored = (await loadAnswers(trx, tenant.id, target.surveyId, [target.organisationId])).get(target.organisationId) ?? {};
  const merged: Record<string, Answer> = { ...stored };
  for (const [key, answer] of Object.entries(given)) {
    if (answer === null) delete merged[key];
    else merged[key] = answer;
  }
  const missing = missingRequired(survey.questions, merged);
  if (missing.length > 0) throw problemsError(missing);
  await saveAnswers(trx, tenant.id, target.surveyId, target.organisationId, given, actorUserId(actor), now);
  await updateResponse(trx, tenant.id, target.surveyId, target.organisationId, { status: 'submitted', submittedBy: actorUserId(actor) }, now);
  const after = (await loadResponse(trx, actor, tenant, target)).response;
  await recordChange(trx, actor, {
    action: 'survey-response.submit',
    entityType: 'survey-response',
    entityId: `${target.surveyId}/${target.organisationId}`,
    before: { status: current.status, answers: stored },
    after: { status: 'submitted', answers: after.answers },
  });
  return after;
}

export async function requestReopen(trx: Db, actor: Actor, tenant: Tenant, target: ResponseTarget, reason: string): Promise<ResponseWithAnswers> {
  const survey = await findSurvey(trx, tenant.id, target.surveyId);
  if (!survey) throw notFound('Enkäten');
  assertCan(actor, 'survey.answer', { organisationIds: await organisationScope(trx, tenant.id, target.organisationId) });
  const current = await lockResponse(trx, tenant.id, target.surveyId, target.organisationId);
  if (!current) throw notFound('Svaret (organisationen ska inte besvara enkäten)');
  if (current.status !== 'submitted') throw new AppError('invalid_transition', 'Svaret är inte inskickat och kan redan ändras.', { from: current.status });
  await updateResponse(trx, tenant.id, target.surveyId, target.organisationId, { reopenRequest: { reason } });
  await recordChange(trx, actor, { action: 'survey-response.request-reopen', entityType: 'survey-response', entityId: `${target.surveyId}/${target.organisationId}`, reason });
  return (await loadResponse(trx, actor, tenant, target)).response;
}

/** The controller reopens a submitted response: it becomes a draft the organisation can change. */
export async function reopenResponse(trx: Db, actor: Actor, tenant: Tenant, target: ResponseTarget, reason: string | null): Promise<ResponseWithAnswers> {
  assertCan(actor, 'survey.manage');
  const survey = await findSurvey(trx, tenant.id, target.surveyId);
  if (!survey) throw notFound('Enkäten');
  const current = await lockResponse(trx, tenant.id, target.surveyId, target.organisationId);
  if (!current) throw notFound('Svaret (organisationen ska inte besvara enkäten)');
  if (current.status !== 'submitted') throw new AppError('invalid_transition', 'Bara ett inskickat svar kan öppnas igen.', { from: current.status, to: 'draft' });
  await updateResponse(trx, tenant.id, target.surveyId, target.organisationId, { status: 'draft' });
  await recordChange(trx, actor, {
    action: 'survey-response.reopen',
    entityType: 'survey-response',
    entityId: `${target.surveyId}/${target.organisationId}`,
    before: { status: 'submitted' },
    after: { status: 'draft' },
    reason,
  });
  return (await loadResponse(trx, actor, tenant, target)).response;
}
