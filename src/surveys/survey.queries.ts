/**
 * What routes, pages and exports read about surveys, with the reader's permission checked:
 * the aggregated table and progress are for controllers (and auditors); an organisation's
 * reporters see the surveys it must answer and its own response only.
 */
import type { Finding } from '../checks/check-document.ts';
import { checkDocument } from '../checks/checker.ts';
import { can } from '../auth/permissions.ts';
import type { Actor } from '../auth/roles.ts';
import type { Db } from '../db/connection.ts';
import { notFound } from '../http/errors.ts';
import { assertCan } from '../http/route.ts';
import { t } from '../i18n/messages.ts';
import { listOrganisations } from '../organisations/organisation.store.ts';
import { coveringOrganisations } from '../organisations/organisation.ts';
import { listCycles } from '../cycles/cycle.store.ts';
import { listReports } from '../reports/report.store.ts';
import { isEditable, type Report } from '../reports/report.ts';
import { findTemplate } from '../reports/template.store.ts';
import { numberSections } from '../reports/template.ts';
import type { Tenant } from '../tenants/tenant.ts';
import { aggregate, type AggregateTable } from './aggregate.ts';
import type { Answer } from './answer.ts';
import { progressOf, type Progress, type ResponseStatus } from './response.ts';
import { listResponsesWithAnswers } from './response.store.ts';
import { compareRounds, type RoundComparison } from './round-comparison.ts';
import { lastReminded } from './survey-outbox.store.ts';
import { answerFindings, FRAGMENT_RULES, placeTable, placementCheckDocument, type PlacedTable, type Placement } from './survey-placement.ts';
import { findPlacement, listPlacements } from './survey-placement.store.ts';
import { findSurvey, listSurveys, type SurveySummary } from './survey.store.ts';
import type { Survey } from './survey.ts';

/** Reading every organisation's answers: roles that act anywhere, not an organisation's reporter. */
export function assertCanReadAll(actor: Actor) {
  assertCan(actor, 'survey.read', { organisationIds: [] });
}

/** Organisations the actor answers for: those their grants cover. */
export async function answeringFor(db: Db, actor: Actor, tenantId: string): Promise<string[]> {
  if (actor.kind !== 'user') return [];
  const organisations = await listOrganisations(db, tenantId);
  return organisations.filter((o) => can(actor, 'survey.answer', { organisationIds: coveringOrganisations(o.id, organisations) })).map((o) => o.id);
}

/** Every survey for controllers; for others, the surveys their organisations must answer. */
export async function visibleSurveys(db: Db, actor: Actor, tenant: Tenant): Promise<SurveySummary[]> {
  assertCan(actor, 'survey.read');
  if (can(actor, 'survey.read', { organisationIds: [] })) return listSurveys(db, tenant.id);
  const own = await answeringFor(db, actor, tenant.id);
  return (await listSurveys(db, tenant.id, { organisationIds: own })).filter((s) => s.status !== 'draft');
}

export async function requireSurvey(db: Db, tenantId: string, id: string): Promise<Survey> {
  const survey = await findSurvey(db, tenantId, id);
  if (!survey) throw notFound('Enkäten');
  return survey;
}

export interface SurveyTableView {
  survey: Survey;
  table: AggregateTable;
  comparison: RoundComparison | null;
  previousTable: AggregateTable | null;
  answers: Map<string, Record<string, Answer>>;
}

async function tableOf(db: Db, tenantId: string, survey: Survey, includeDrafts: boolean) {
  const responses = await listResponsesWithAnswers(db, tenantId, survey.id);
  const table = aggregate(survey, responses.map((r) => ({ ...r })), { includeDrafts });
  const answers = new Map(responses.filter((r) => r.status === 'submitted' || (includeDrafts && r.status === 'draft')).map((r) => [r.organisationId, r.answers]));
  return { table, answers };
}

export async function surveyTable(db: Db, actor: Actor, tenant: Tenant, id: string, options: { includeDrafts?: boolean; compare?: boolean } = {}): Promise<SurveyTableView> {
  assertCanReadAll(actor);
  const survey = await requireSurvey(db, tenant.id, id);
  const { table, answers } = await tableOf(db, tenant.id, survey, options.includeDrafts ?? false);
  let comparison: RoundComparison | null = null;
  let previousTable: AggregateTable | null = null;
  if (options.compare && survey.previousRoundId) {
    const previous = await requireSurvey(db, tenant.id, survey.previousRoundId);
    previousTable = (await tableOf(db, tenant.id, previous, false)).table;
    comparison = compareRounds(table, previousTable);
  }
  return { survey, table, comparison, previousTable, answers };
}

export interface OrganisationProgress {
  organisationId: string;
  organisationName: string;
  status: ResponseStatus;
  submittedAt: Date | null;
  reopenRequestedAt: Date | null;
  reopenReason: string | null;
  lastRemindedAt: Date | null;
  reminderRound: number | null;
}

export async function surveyProgress(db: Db, actor: Actor, tenant: Tenant, id: string, locale: 'sv' | 'en' = 'sv'): Promise<Progress & { summary: string; organisations: OrganisationProgress[] }> {
  assertCanReadAll(actor);
  const survey = await requireSurvey(db, tenant.id, id);
  const responses = await listResponsesWithAnswers(db, tenant.id, survey.id);
  const reminded = await lastReminded(db, tenant.id, survey.id);
  const progress = progressOf(responses);
  return {
    ...progress,
    summary: t(locale, 'survey.progress.summary', { submitted: progress.submitted, expected: progress.expected }),
    organisations: responses.map((r) => ({
      organisationId: r.organisationId,
      organisationName: r.organisationName,
      status: r.status,
      submittedAt: r.submittedAt,
      reopenRequestedAt: r.reopenRequestedAt,
      reopenReason: r.reopenReason,
      lastRemindedAt: reminded.get(r.organisationId)?.at ?? null,
      reminderRound: reminded.get(r.organisationId)?.round ?? null,
    })),
  };
}

export interface PlacementView {
  placement: Placement;
  placed: PlacedTable;
  findings: Finding[];
}

/**
 * A placed table with what the checker and the survey find in it. Prose of the section it
 * stands in, when given, is checked against it too.
 */
export async function placementView(db: Db, tenantId: string, placementId: string, prose: { text: string; line?: number }[] = []): Promise<PlacementView> {
  const placement = await findPlacement(db, tenantId, placementId);
  if (!placement) throw notFound('Tabellplaceringen');
  const survey = await requireSurvey(db, tenantId, placement.surveyId);
  const { table, answers } = await tableOf(db, tenantId, survey, false);
  const placed = placeTable(placement, table);
  const findings = [
    ...checkDocument(placementCheckDocument(placed, prose), { kinds: FRAGMENT_RULES }),
    ...answerFindings(placed, { questions: survey.questions, derivedRows: survey.derivedRows, answersByOrganisation: answers }),
  ];
  return { placement, placed, findings };
}

/** A report section a table can be placed in: its number ("3.3.3") and title. */
export interface ReportSectionChoice {
  number: string;
  title: string;
}

/** The numbered sections of a report's template, in document order (what the report prints them as). */
export async function reportSections(db: Db, tenantId: string, report: Report): Promise<ReportSectionChoice[]> {
  const template = await findTemplate(db, tenantId, report.templateId);
  return template ? numberSections(template.definition.sections).map((n) => ({ number: n.number, title: n.section.title })) : [];
}

/** Whether the report's tables can change now: as its sections, only while a draft or returned, never once adopted. */
export const reportTakesChanges = (report: Report) => !report.locked && isEditable(report.status);

/**
 * Reports a controller can place a survey's table in: those whose organisation their grants
 * let them edit, while the report can change, with the name of each one's cycle.
 */
export async function placeableReports(db: Db, actor: Actor, tenantId: string): Promise<{ report: Report; cycleName: string }[]> {
  if (actor.kind !== 'user') return [];
  const [reports, organisations, cycles] = [await listReports(db, tenantId), await listOrganisations(db, tenantId), await listCycles(db, tenantId)];
  const cycleName = new Map(cycles.map((c) => [c.id, c.name]));
  return reports
    .filter((r) => reportTakesChanges(r) && can(actor, 'report.edit', { organisationIds: coveringOrganisations(r.organisationId, organisations) }))
    .map((report) => ({ report, cycleName: cycleName.get(report.cycleId) ?? '' }));
}

/**
 * The survey tables placed in a report, as printed, for the report's renderer and checker
 * (src/reports: add each as a CheckTable with `toCheckTable`, findings with `answerFindings`).
 */
export async function placedTablesForReport(db: Db, tenantId: string, reportId: string): Promise<PlacementView[]> {
  const placements = await listPlacements(db, tenantId, { reportId });
  const views: PlacementView[] = [];
  for (const placement of placements) views.push(await placementView(db, tenantId, placement.id));
  return views;
}
