import type { Db } from '../db/connection.ts';
import type { Answer } from './answer.ts';
import type { Response, ResponseStatus, ResponseWithAnswers } from './response.ts';

/** One response row per organisation that must answer; organisations already listed are kept. */
export async function insertResponses(trx: Db, tenantId: string, surveyId: string, organisationIds: readonly string[]) {
  if (organisationIds.length === 0) return;
  await trx
    .insertInto('survey_responses')
    .values(organisationIds.map((organisation_id) => ({ tenant_id: tenantId, survey_id: surveyId, organisation_id })))
    .onConflict((oc) => oc.columns(['tenant_id', 'survey_id', 'organisation_id']).doNothing())
    .execute();
}

function responsesQuery(db: Db, tenantId: string) {
  return db
    .selectFrom('survey_responses as r')
    .innerJoin('organisations as o', (j) => j.onRef('o.tenant_id', '=', 'r.tenant_id').onRef('o.id', '=', 'r.organisation_id'))
    .select(['r.survey_id', 'r.organisation_id', 'o.name', 'r.status', 'r.version', 'r.submitted_at', 'r.reopen_requested_at', 'r.reopen_reason', 'r.updated_at'])
    .where('r.tenant_id', '=', tenantId);
}

const baseQuery = (db: Db, tenantId: string, surveyId: string) => responsesQuery(db, tenantId).where('r.survey_id', '=', surveyId);

type ResponseRow = Awaited<ReturnType<ReturnType<typeof baseQuery>['executeTakeFirstOrThrow']>>;

const toResponse = (r: ResponseRow): Response => ({
  surveyId: r.survey_id,
  organisationId: r.organisation_id,
  organisationName: r.name,
  status: r.status as ResponseStatus,
  version: r.version,
  submittedAt: r.submitted_at,
  reopenRequestedAt: r.reopen_requested_at,
  reopenReason: r.reopen_reason,
  updatedAt: r.updated_at,
});

/** Responses in the organisations' order (the order tables print them in by default). */
export async function listResponses(db: Db, tenantId: string, surveyId: string): Promise<Response[]> {
  const rows = await baseQuery(db, tenantId, surveyId).orderBy('o.sort_order').orderBy('o.name').execute();
  return rows.map(toResponse);
}

/** The responses of some organisations in every survey they answer, in the organisations' order. */
export async function listResponsesOf(db: Db, tenantId: string, organisationIds: readonly string[]): Promise<Response[]> {
  if (organisationIds.length === 0) return [];
  const rows = await responsesQuery(db, tenantId).where('r.organisation_id', 'in', [...organisationIds]).orderBy('o.sort_order').orderBy('o.name').execute();
  return rows.map(toResponse);
}

export async function findResponse(db: Db, tenantId: string, surveyId: string, organisationId: string): Promise<Response | undefined> {
  const row = await baseQuery(db, tenantId, surveyId).where('r.organisation_id', '=', organisationId).executeTakeFirst();
  return row ? toResponse(row) : undefined;
}

/** The answers of some or all organisations, by organisation and question key. */
export async function loadAnswers(db: Db, tenantId: string, surveyId: string, organisationIds?: readonly string[]): Promise<Map<string, Record<string, Answer>>> {
  let query = db.selectFrom('survey_answers').select(['organisation_id', 'question_key', 'answer']).where('tenant_id', '=', tenantId).where('survey_id', '=', surveyId);
  if (organisationIds) {
    if (organisationIds.length === 0) return new Map();
    query = query.where('organisation_id', 'in', [...organisationIds]);
  }
  const byOrganisation = new Map<string, Record<string, Answer>>();
  for (const row of await query.execute()) {
    const answers = byOrganisation.get(row.organisation_id) ?? {};
    answers[row.question_key] = row.answer as Answer;
    byOrganisation.set(row.organisation_id, answers);
  }
  return byOrganisation;
}

export async function listResponsesWithAnswers(db: Db, tenantId: string, surveyId: string): Promise<ResponseWithAnswers[]> {
  const responses = await listResponses(db, tenantId, surveyId);
  const answers = await loadAnswers(db, tenantId, surveyId);
  return responses.map((r) => ({ ...r, answers: answers.get(r.organisationId) ?? {} }));
}

/** The response row locked until the transaction ends. */
export async function lockResponse(trx: Db, tenantId: string, surveyId: string, organisationId: string): Promise<Pick<Response, 'status' | 'version'> | undefined> {
  const row = await trx
    .selectFrom('survey_responses')
    .select(['status', 'version'])
    .where('tenant_id', '=', tenantId)
    .where('survey_id', '=', surveyId)
    .where('organisation_id', '=', organisationId)
    .forUpdate()
    .executeTakeFirst();
  return row && { status: row.status as ResponseStatus, version: row.version };
}

/** Writes answers (null clears one) and moves the response on. */
export async function saveAnswers(trx: Db, tenantId: string, surveyId: string, organisationId: string, answers: Record<string, Answer | null>, userId: string | null, now = new Date()) {
  const cleared = Object.entries(answers).filter(([, a]) => a === null).map(([key]) => key);
  const written = Object.entries(answers).filter((entry): entry is [string, Answer] => entry[1] !== null);
  if (cleared.length > 0) {
    await trx
      .deleteFrom('survey_answers')
      .where('tenant_id', '=', tenantId)
      .where('survey_id', '=', surveyId)
      .where('organisation_id', '=', organisationId)
      .where('question_key', 'in', cleared)
      .execute();
  }
  if (written.length > 0) {
    await trx
      .insertInto('survey_answers')
      .values(
        written.map(([question_key, answer]) => ({
          tenant_id: tenantId,
          survey_id: surveyId,
          organisation_id: organisationId,
          question_key,
          answer: JSON.stringify(answer),
          updated_at: now,
          updated_by: userId,
        })),
      )
      .onConflict((oc) =>
        oc.columns(['tenant_id', 'survey_id', 'organisation_id', 'question_key']).doUpdateSet((eb) => ({
          answer: eb.ref('excluded.answer'),
          updated_at: eb.ref('excluded.updated_at'),
          updated_by: eb.ref('excluded.updated_by'),
        })),
      )
      .execute();
  }
}

export async function updateResponse(
  trx: Db,
  tenantId: string,
  surveyId: string,
  organisationId: string,
  change: { status?: ResponseStatus; submittedBy?: string | null; reopenRequest?: { reason: string } | null },
  now = new Date(),
) {
  await trx
    .updateTable('survey_responses')
    .set((eb) => ({
      version: eb('version', '+', 1),
      updated_at: now,
      ...(change.status ? { status: change.status } : {}),
      ...(change.status === 'submitted' ? { submitted_at: now, submitted_by: change.submittedBy ?? null, reopen_requested_at: null, reopen_reason: null } : {}),
      ...(change.status === 'draft' ? { submitted_at: null, submitted_by: null, reopen_requested_at: null } : {}),
      ...(change.reopenRequest ? { reopen_requested_at: now, reopen_reason: change.reopenRequest.reason } : {}),
    }))
    .where('tenant_id', '=', tenantId)
    .where('survey_id', '=', surveyId)
    .where('organisation_id', '=', organisationId)
    .execute();
}
