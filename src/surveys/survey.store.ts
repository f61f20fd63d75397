import type { Selectable } from 'kysely';
import type { Db } from '../db/connection.ts';
import type { ChoiceOption, MoneyUnit, Question, QuestionKind } from './question.ts';
import type { Audience, DerivedRow, DerivedUnit, Survey, SurveyDefinition, SurveyStatus } from './survey.ts';
import type { SurveysTable } from './survey.table.ts';

/** The survey row's columns that its definition gives (its parts have tables of their own). */
function definitionColumns(def: SurveyDefinition) {
  return {
    title: def.title,
    description: def.description,
    period_label: def.periodLabel,
    audience: JSON.stringify(def.audience),
    deadline: def.deadline,
    repeats: def.repeats,
    cycle_id: def.cycleId,
  };
}

export async function insertSurvey(trx: Db, tenantId: string, def: SurveyDefinition, extra: { id?: string; previousRoundId?: string | null } = {}): Promise<string> {
  const { id } = await trx
    .insertInto('surveys')
    .values({
      tenant_id: tenantId,
      ...(extra.id ? { id: extra.id } : {}),
      ...definitionColumns(def),
      previous_round_id: extra.previousRoundId ?? null,
      // The moment of the insert, not of the transaction: a next round made in the same
      // transaction (the demo) still lists before its predecessor.
      created_at: new Date(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await insertParts(trx, tenantId, id, def);
  return id;
}

async function insertParts(trx: Db, tenantId: string, surveyId: string, def: SurveyDefinition) {
  if (def.groups.length > 0) {
    await trx
      .insertInto('survey_groups')
      .values(def.groups.map((g) => ({ tenant_id: tenantId, survey_id: surveyId, position: g.position, title: g.title })))
      .execute();
  }
  if (def.questions.length > 0) {
    await trx
      .insertInto('survey_questions')
      .values(
        def.questions.map((q, position) => ({
          tenant_id: tenantId,
          survey_id: surveyId,
          key: q.key,
          position,
          group_position: q.groupPosition,
          kind: q.kind,
          text: q.text,
          help: q.help,
          unit: q.unit,
          options: q.options ? JSON.stringify(q.options) : null,
          allows_unknown: q.allowsUnknown,
          required: q.required,
        })),
      )
      .execute();
  }
  if (def.derivedRows.length > 0) {
    await trx
      .insertInto('survey_derived_rows')
      .values(def.derivedRows.map((r, position) => ({ tenant_id: tenantId, survey_id: surveyId, key: r.key, position, label: r.label, formula: r.formula, unit: r.unit, decimals: r.decimals })))
      .execute();
  }
}

/** Replaces a draft's definition when the stored version is the one the client read. */
export async function replaceDefinition(trx: Db, tenantId: string, surveyId: string, version: number, def: SurveyDefinition): Promise<boolean> {
  const result = await trx
    .updateTable('surveys')
    .set((eb) => ({
      ...definitionColumns(def),
      version: eb('version', '+', 1),
    }))
    .where('tenant_id', '=', tenantId)
    .where('id', '=', surveyId)
    .where('version', '=', version)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) !== 1) return false;
  await trx.deleteFrom('survey_derived_rows').where('tenant_id', '=', tenantId).where('survey_id', '=', surveyId).execute();
  await trx.deleteFrom('survey_questions').where('tenant_id', '=', tenantId).where('survey_id', '=', surveyId).execute();
  await trx.deleteFrom('survey_groups').where('tenant_id', '=', tenantId).where('survey_id', '=', surveyId).execute();
  await insertParts(trx, tenantId, surveyId, def);
  return true;
}

function toSurvey(row: Selectable<SurveysTable>, parts: Pick<Survey, 'groups' | 'questions' | 'derivedRows'>): Survey {
  return {
    id: row.id,
    title: row.title,
    description: row.description,
    periodLabel: row.period_label,
    status: row.status as SurveyStatus,
    audience: row.audience as Audience,
    deadline: row.deadline,
    repeats: row.repeats,
    cycleId: row.cycle_id,
    previousRoundId: row.previous_round_id,
    reminderRounds: row.reminder_rounds,
    version: row.version,
    createdAt: row.created_at,
    openedAt: row.opened_at,
    closedAt: row.closed_at,
    ...parts,
  };
}

async function loadParts(db: Db, tenantId: string, surveyId: string): Promise<Pick<Survey, 'groups' | 'questions' | 'derivedRows'>> {
  const [groups, questions, derived] = [
    await db.selectFrom('survey_groups').select(['position', 'title']).where('tenant_id', '=', tenantId).where('survey_id', '=', surveyId).orderBy('position').execute(),
    await db.selectFrom('survey_questions').selectAll().where('tenant_id', '=', tenantId).where('survey_id', '=', surveyId).orderBy('position').execute(),
    await db.selectFrom('survey_derived_rows').selectAll().where('tenant_id', '=', tenantId).where('survey_id', '=', surveyId).orderBy('position').execute(),
  ];
  return {
    groups,
    questions: questions.map(
      (q): Question => ({
        key: q.key,
        kind: q.kind as QuestionKind,
        text: q.text,
        help: q.help,
        unit: q.unit as MoneyUnit | null,
        options: (q.options as ChoiceOption[] | null) ?? null,
        allowsUnknown: q.allows_unknown,
        required: q.required,
        groupPosition: q.group_position,
      }),
    ),
    derivedRows: derived.map((r): DerivedRow => ({ key: r.key, label: r.label, formula: r.formula, unit: r.unit as DerivedUnit, decimals: r.decimals })),
  };
}

export async function findSurvey(db: Db, tenantId: string, id: string): Promise<Survey | undefined> {
  const row = await db.selectFrom('surveys').selectAll().where('tenant_id', '=', tenantId).where('id', '=', id).executeTakeFirst();
  return row ? toSurvey(row, await loadParts(db, tenantId, id)) : undefined;
}

/** The survey row locked until the transaction ends, so two status changes cannot interleave. */
export async function lockSurvey(trx: Db, tenantId: string, id: string) {
  return trx.selectFrom('surveys').select(['status', 'version', 'reminder_rounds']).where('tenant_id', '=', tenantId).where('id', '=', id).forUpdate().executeTakeFirst();
}

export async function setSurveyStatus(trx: Db, tenantId: string, id: string, status: SurveyStatus) {
  await trx
    .updateTable('surveys')
    .set((eb) => ({
      status,
      version: eb('version', '+', 1),
      ...(status === 'open' ? { opened_at: new Date(), closed_at: null } : {}),
      ...(status === 'closed' ? { closed_at: new Date() } : {}),
    }))
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .execute();
}

/** Starts the next reminder round and returns its number. */
export async function nextReminderRound(trx: Db, tenantId: string, id: string): Promise<number> {
  const row = await trx
    .updateTable('surveys')
    .set((eb) => ({ reminder_rounds: eb('reminder_rounds', '+', 1) }))
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .returning('reminder_rounds')
    .executeTakeFirstOrThrow();
  return row.reminder_rounds;
}

export interface SurveySummary {
  id: string;
  title: string;
  periodLabel: string | null;
  status: SurveyStatus;
  deadline: string | null;
  repeats: boolean;
  previousRoundId: string | null;
  expected: number;
  submitted: number;
}

/** Surveys newest first; with `organisationIds`, only those some of them must answer. */
export async function listSurveys(db: Db, tenantId: string, filter: { organisationIds?: readonly string[]; status?: SurveyStatus } = {}): Promise<SurveySummary[]> {
  let query = db
    .selectFrom('surveys as s')
    .leftJoin('survey_responses as r', (j) => j.onRef('r.tenant_id', '=', 's.tenant_id').onRef('r.survey_id', '=', 's.id'))
    .select((eb) => [
      's.id',
      's.title',
      's.period_label',
      's.status',
      's.deadline',
      's.repeats',
      's.previous_round_id',
      's.created_at',
      eb.fn.count<string>('r.organisation_id').as('expected'),
      eb.fn.count<string>('r.organisation_id').filterWhere('r.status', '=', 'submitted').as('submitted'),
    ])
    .where('s.tenant_id', '=', tenantId)
    .groupBy(['s.id', 's.title', 's.period_label', 's.status', 's.deadline', 's.repeats', 's.previous_round_id', 's.created_at']);
  if (filter.status) query = query.where('s.status', '=', filter.status);
  if (filter.organisationIds) {
    const ids = [...filter.organisationIds];
    if (ids.length === 0) return [];
    query = query.where((eb) =>
      eb.exists(
        eb
          .selectFrom('survey_responses as own')
          .select('own.organisation_id')
          .whereRef('own.tenant_id', '=', 's.tenant_id')
          .whereRef('own.survey_id', '=', 's.id')
          .where('own.organisation_id', 'in', ids),
      ),
    );
  }
  const rows = await query.orderBy('s.created_at', 'desc').orderBy('s.id').execute();
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    periodLabel: r.period_label,
    status: r.status as SurveyStatus,
    deadline: r.deadline,
    repeats: r.repeats,
    previousRoundId: r.previous_round_id,
    expected: Number(r.expected),
    submitted: Number(r.submitted),
  }));
}

export async function findNextRoundId(db: Db, tenantId: string, surveyId: string): Promise<string | undefined> {
  const row = await db.selectFrom('surveys').select('id').where('tenant_id', '=', tenantId).where('previous_round_id', '=', surveyId).executeTakeFirst();
  return row?.id;
}
