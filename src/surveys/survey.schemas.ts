import { z } from '@hono/zod-openapi';
import { IsoDate } from '../http/openapi-schemas.ts';
import { ORGANISATION_KINDS } from '../organisations/organisation.ts';
import { MONEY_UNITS, QUESTION_KINDS } from './question.ts';
import { RESPONSE_STATUSES } from './response.ts';
import { DERIVED_UNITS, SURVEY_STATUSES } from './survey.ts';

const key = z.string().regex(/^[a-z][a-z0-9_]{0,39}$/, 'små bokstäver a–z, siffror och _, högst 40 tecken').openapi({ example: 'ansokningar' });

export const QuestionSchema = z
  .object({
    key,
    kind: z.enum(QUESTION_KINDS),
    text: z.string().trim().min(2).max(1000).openapi({ example: 'Antal ansökningar' }),
    help: z.string().max(4000).nullable().default(null),
    unit: z.enum(MONEY_UNITS).nullable().default(null).openapi({ description: 'Beloppets enhet (kr, tkr, mkr) för belopp och antal med belopp.' }),
    options: z
      .array(z.object({ value: z.string().trim().min(1).max(100), label: z.string().trim().min(1).max(300) }))
      .max(50)
      .nullable()
      .default(null),
    allowsUnknown: z.boolean().default(false).openapi({ description: 'Får besvaras med "oklart".' }),
    required: z.boolean().default(true),
    groupPosition: z.number().int().min(1).nullable().default(null),
  })
  .openapi('SurveyQuestion');

export const QuestionGroupSchema = z.object({ position: z.number().int().min(1), title: z.string().trim().min(1).max(300) }).openapi('SurveyQuestionGroup');

export const DerivedRowSchema = z
  .object({
    key,
    label: z.string().trim().min(1).max(300).openapi({ example: 'Snittutbetalning i kronor' }),
    formula: z.string().trim().min(1).max(500).openapi({ example: 'utbetalt / ansokningar', description: 'Frågenycklar, tal, + − * / och parenteser; belopp räknas i kronor; nyckel.amount är beloppet i ett antal med belopp.' }),
    unit: z.enum(DERIVED_UNITS),
    decimals: z.number().int().min(-6).max(4).default(0).openapi({ description: 'Avrundning (halvt bort från noll); negativt avrundar till tiotal, hundratal, tusental (−3).' }),
  })
  .openapi('SurveyDerivedRow');

export const AudienceSchema = z
  .discriminatedUnion('type', [
    z.object({ type: z.literal('all') }),
    z.object({ type: z.literal('kinds'), kinds: z.array(z.enum(ORGANISATION_KINDS)).min(1) }),
    z.object({ type: z.literal('list'), organisationIds: z.array(z.uuid()).min(1).max(1000) }),
  ])
  .openapi('SurveyAudience');

export const SurveyDefinitionSchema = z
  .object({
    title: z.string().trim().min(3).max(500),
    description: z.string().max(20_000).nullable().default(null),
    periodLabel: z.string().max(100).nullable().default(null).openapi({ example: '220701–230630' }),
    groups: z.array(QuestionGroupSchema).max(50).default([]),
    questions: z.array(QuestionSchema).min(1).max(300),
    derivedRows: z.array(DerivedRowSchema).max(50).default([]),
    audience: AudienceSchema,
    deadline: IsoDate.nullable().default(null),
    repeats: z.boolean().default(false).openapi({ description: 'Ställs varje omgång (t.ex. varje augusti); en ny omgång kopierar frågorna.' }),
    cycleId: z.uuid().nullable().default(null),
  })
  .openapi('SurveyDefinition');

export const UpdateSurveySchema = SurveyDefinitionSchema.extend({ version: z.number().int().min(1) }).openapi('UpdateSurvey');

export const SurveySchema = SurveyDefinitionSchema.extend({
  id: z.uuid(),
  status: z.enum(SURVEY_STATUSES),
  previousRoundId: z.uuid().nullable(),
  reminderRounds: z.number().int(),
  version: z.number().int(),
  createdAt: z.string(),
  openedAt: z.string().nullable(),
  closedAt: z.string().nullable(),
}).openapi('Survey');

export const SurveySummarySchema = z
  .object({
    id: z.uuid(),
    title: z.string(),
    periodLabel: z.string().nullable(),
    status: z.enum(SURVEY_STATUSES),
    deadline: z.string().nullable(),
    repeats: z.boolean(),
    previousRoundId: z.uuid().nullable(),
    expected: z.number().int(),
    submitted: z.number().int(),
  })
  .openapi('SurveySummary');

export const NextRoundSchema = z
  .object({ title: z.string().trim().min(3).max(500).optional(), deadline: IsoDate.nullable().optional(), periodLabel: z.string().max(100).nullable().optional() })
  .openapi('SurveyNextRound');

const money = z.object({ value: z.number(), unit: z.enum(['kr', 'tkr', 'mkr', 'mnkr']) });

export const AnswerSchema = z
  .discriminatedUnion('kind', [
    z.object({ kind: z.literal('unknown') }),
    z.object({ kind: z.literal('number'), value: z.number() }),
    z.object({ kind: z.literal('amount'), value: z.number(), unit: z.enum(['kr', 'tkr', 'mkr', 'mnkr']) }),
    z.object({ kind: z.literal('percent'), value: z.number() }),
    z.object({ kind: z.literal('yes-no'), value: z.boolean() }),
    z.object({ kind: z.literal('choice'), value: z.string() }),
    z.object({ kind: z.literal('text'), value: z.string() }),
    z.object({ kind: z.literal('count-with-amount'), count: z.union([z.number(), z.literal('unknown')]), amount: z.union([money, z.literal('unknown'), z.null()]) }),
  ])
  .openapi('SurveyAnswer');

const loose = z.union([z.number(), z.string().max(10_100)]).nullable().optional();

export const AnswerInputSchema = z
  .object({
    question: z.string().max(40),
    text: z.string().max(10_100).nullable().optional().openapi({ description: 'Svaret som det skrivs: "1 693", "127 mkr", "oklart", "10 (260 tkr)", "ja".' }),
    value: z.union([z.number(), z.string().max(10_100), z.boolean()]).nullable().optional(),
    unit: z.string().max(20).nullable().optional(),
    unknown: z.boolean().optional(),
    count: loose,
    countUnknown: z.boolean().optional(),
    amount: loose,
    amountUnit: z.string().max(20).nullable().optional(),
    amountUnknown: z.boolean().optional(),
  })
  .openapi('SurveyAnswerInput');

export const SaveResponseSchema = z
  .object({ version: z.number().int().min(1).optional(), answers: z.array(AnswerInputSchema).max(300).default([]) })
  .openapi('SurveyResponseSave');

export const ReasonSchema = z.object({ reason: z.string().trim().min(3).max(4000) }).openapi('SurveyReason');
export const OptionalReasonSchema = z.object({ reason: z.string().trim().max(4000).nullable().optional() }).openapi('SurveyOptionalReason');

export const ResponseSchema = z
  .object({
    surveyId: z.uuid(),
    organisationId: z.uuid(),
    organisationName: z.string(),
    status: z.enum(RESPONSE_STATUSES),
    version: z.number().int(),
    submittedAt: z.string().nullable(),
    reopenRequestedAt: z.string().nullable(),
    reopenReason: z.string().nullable(),
    updatedAt: z.string(),
    answers: z.record(z.string(), AnswerSchema),
  })
  .openapi('SurveyResponse');

export const ProgressSchema = z
  .object({
    expected: z.number().int(),
    submitted: z.number().int(),
    drafts: z.number().int(),
    notStarted: z.number().int(),
    reopenRequests: z.number().int(),
    summary: z.string().openapi({ example: '33 av 41 har svarat' }),
    organisations: z.array(
      z.object({
        organisationId: z.uuid(),
        organisationName: z.string(),
        status: z.enum(RESPONSE_STATUSES),
        submittedAt: z.string().nullable(),
        reopenRequestedAt: z.string().nullable(),
        reopenReason: z.string().nullable(),
        lastRemindedAt: z.string().nullable(),
        reminderRound: z.number().int().nullable(),
      }),
    ),
  })
  .openapi('SurveyProgress');

export const RemindSchema = z.object({ organisationIds: z.array(z.uuid()).max(1000).optional() }).openapi('SurveyRemind');

const QuantitySchema = z.object({ kind: z.enum(['value', 'unknown', 'missing', 'undefined']), value: z.number().optional() }).openapi('SurveyQuantity');

export const AggregateCellSchema = z
  .object({
    text: z.string(),
    quantity: QuantitySchema,
    amount: QuantitySchema.optional(),
    atLeast: z.number().optional(),
    amountAtLeast: z.number().optional(),
    answerText: z.string().optional(),
  })
  .openapi('SurveyAggregateCell');

export const AggregateSchema = z
  .object({
    surveyId: z.uuid(),
    title: z.string(),
    periodLabel: z.string().nullable(),
    columns: z.array(z.object({ organisationId: z.uuid(), label: z.string(), status: z.enum(RESPONSE_STATUSES) })),
    rows: z.array(
      z.object({
        key: z.string(),
        label: z.string(),
        source: z.enum(['question', 'derived']),
        kind: z.string(),
        unit: z.string().nullable(),
        cells: z.array(AggregateCellSchema),
        total: AggregateCellSchema.nullable(),
      }),
    ),
    comparison: z
      .object({
        previousSurveyId: z.uuid(),
        rows: z.array(
          z.object({
            key: z.string(),
            cells: z.array(z.object({ previous: z.string().nullable(), change: QuantitySchema, changePercent: z.number().nullable() })),
            total: z.object({ previous: z.string().nullable(), change: QuantitySchema, changePercent: z.number().nullable() }).nullable(),
          }),
        ),
      })
      .nullable(),
  })
  .openapi('SurveyAggregate');

export const AggregateQuery = z.object({
  drafts: z.enum(['0', '1']).optional().openapi({ description: '1: räkna med utkast (förhandsvisning).' }),
  compare: z.enum(['previous']).optional().openapi({ description: 'previous: jämför med föregående omgång.' }),
});

export const PlacementInputSchema = z
  .object({
    reportId: z.uuid().nullable().default(null),
    section: z.string().max(40).nullable().default(null).openapi({ example: '3.4' }),
    part: z.string().max(40).nullable().default(null).openapi({ example: 'attachment-2' }),
    title: z.string().trim().min(3).max(500),
    rowKeys: z.array(z.string().max(40)).min(1).max(200),
    organisationIds: z.array(z.uuid()).min(1).max(1000),
    columnLabels: z.record(z.string(), z.string().max(300)).default({}),
    rowLabels: z.record(z.string(), z.string().max(300)).default({}),
    printed: z.record(z.string(), z.record(z.string(), z.string().max(200))).default({}).openapi({ description: 'Siffror som skrivits över de beräknade: printed[radnyckel][organisations-id eller "total"].' }),
    showTotals: z.boolean().default(false),
  })
  .openapi('SurveyPlacementInput');

export const PlacementSchema = PlacementInputSchema.extend({ id: z.uuid(), surveyId: z.uuid() }).openapi('SurveyPlacement');

export const FindingSchema = z
  .object({
    rule: z.string(),
    kind: z.string(),
    severity: z.enum(['error', 'warning']),
    message: z.string(),
    where: z.record(z.string(), z.unknown()),
    values: z.array(z.string()),
  })
  .openapi('SurveyFinding');

export const PlacedTableSchema = z
  .object({
    placementId: z.uuid(),
    surveyId: z.uuid(),
    section: z.string().nullable(),
    part: z.string().nullable(),
    title: z.string(),
    columns: z.array(z.object({ organisationId: z.string(), label: z.string() })),
    rows: z.array(
      z.object({
        key: z.string(),
        label: z.string(),
        source: z.enum(['question', 'derived']),
        cells: z.array(z.object({ printed: z.string(), computed: AggregateCellSchema.nullable(), overridden: z.boolean() })),
      }),
    ),
  })
  .openapi('SurveyPlacedTable');

export const OrganisationParams = z.object({
  id: z.uuid().openapi({ param: { name: 'id', in: 'path' } }),
  organisationId: z.uuid().openapi({ param: { name: 'organisationId', in: 'path' } }),
});

export const PlacementParams = z.object({
  id: z.uuid().openapi({ param: { name: 'id', in: 'path' } }),
  placementId: z.uuid().openapi({ param: { name: 'placementId', in: 'path' } }),
});
