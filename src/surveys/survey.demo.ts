/**
 * Demo step: the city office's August 2023 grant-control survey to the seven grant-paying
 * administrations, answered as attachment 2's Tabell 1 prints it ("oklart" included) on dates
 * before its deadline, closed, placed as Tabell 1 in the board's report with the printed
 * averages and shares typed over the computed ones (so the checker finds 0,8 % and 0,4 %), and
 * its next round as a draft.
 */
import { hashPassword } from '../auth/password.ts';
import { insertUser } from '../auth/user.store.ts';
import type { DemoContext } from '../demo/demo-context.ts';
import { DEMO_PASSWORD } from '../demo/goteborg-2023.data.ts';
import { insertOrganisation, listOrganisations } from '../organisations/organisation.store.ts';
import {
  CITY_WIDE_UNIT,
  GRANT_ANSWERS,
  GRANT_COLUMNS,
  GRANT_DERIVED_ROWS,
  GRANT_GROUPS,
  GRANT_PRINTED_DERIVED,
  GRANT_QUESTIONS,
  GRANT_SUBMITTED_AT,
  GRANT_SURVEY,
  GRANT_TABLE_ROWS,
} from './grant-survey.data.ts';
import { submitResponse } from './response.commands.ts';
import { placeSurveyTable } from './survey-placement.commands.ts';
import { closeSurvey, createNextRound, createSurvey, openSurvey } from './survey.commands.ts';

/** A reporter at Idrotts- och föreningsförvaltningen, to answer surveys in the demo. */
export const DEMO_SURVEY_REPORTER = { email: 'rapportor.iof@demo.uppsikt.se', name: 'Ingrid Idrott', organisation: 'IOF-F' };

/** The survey's key in the demo context's extras. */
export const GRANT_SURVEY_KEY = 'survey:grant-controls-aug-2023';

export async function seedSurveys(ctx: DemoContext): Promise<void> {
  const { trx, tenant, actor } = ctx;
  const parentId = ctx.organisations.get(CITY_WIDE_UNIT.parent)!;
  const parent = (await listOrganisations(trx, tenant.id)).find((o) => o.id === parentId)!;
  const unit = await insertOrganisation(trx, tenant.id, { kind: 'administration', name: CITY_WIDE_UNIT.name, parentId, sortOrder: parent.sortOrder + 1 });
  ctx.organisations.set(CITY_WIDE_UNIT.key, unit.id);

  const reporterId = await insertUser(trx, tenant.id, {
    email: DEMO_SURVEY_REPORTER.email,
    name: DEMO_SURVEY_REPORTER.name,
    passwordHash: await hashPassword(DEMO_PASSWORD),
    grants: [{ role: 'reporter', organisationId: ctx.organisations.get(DEMO_SURVEY_REPORTER.organisation)!, partyId: null }],
  });
  ctx.users.set(DEMO_SURVEY_REPORTER.email, reporterId);

  const organisationIds = GRANT_COLUMNS.map((c) => ctx.organisations.get(c.key)!);
  const survey = await createSurvey(trx, actor, tenant, {
    ...GRANT_SURVEY,
    groups: GRANT_GROUPS,
    questions: GRANT_QUESTIONS,
    derivedRows: GRANT_DERIVED_ROWS,
    audience: { type: 'list', organisationIds },
    cycleId: ctx.cycles.get('aug-2023') ?? null,
  });
  ctx.extras.set(GRANT_SURVEY_KEY, survey.id);
  // Opened after its deadline: no automatic reminder is queued.
  await openSurvey(trx, actor, tenant, survey.id);
  for (const column of GRANT_COLUMNS) {
    const answers = Object.entries(GRANT_ANSWERS[column.key]!).map(([question, text]) => ({ question, text }));
    const submittedAt = new Date(GRANT_SUBMITTED_AT[column.key]!);
    await submitResponse(trx, actor, tenant, { surveyId: survey.id, organisationId: ctx.organisations.get(column.key)! }, { answers }, submittedAt);
  }
  await closeSurvey(trx, actor, tenant, survey.id);

  const printed = Object.fromEntries(
    Object.entries(GRANT_PRINTED_DERIVED).map(([key, texts]) => [key, Object.fromEntries(texts.map((text, i) => [organisationIds[i]!, text]))]),
  );
  await placeSurveyTable(trx, actor, tenant, survey.id, {
    reportId: ctx.reports.get('ks-aug-2023') ?? null,
    section: null,
    part: 'attachment-2',
    title: 'Tabell 1: Sammanställning över bidragshantering under 220701–230630',
    rowKeys: GRANT_TABLE_ROWS,
    organisationIds,
    columnLabels: Object.fromEntries(GRANT_COLUMNS.map((c, i) => [organisationIds[i]!, c.printedLabel])),
    rowLabels: {},
    printed,
    showTotals: false,
  });

  await createNextRound(trx, actor, tenant, survey.id, {
    title: 'Kontrollarbetet inom föreningsbidrag och kulturstöd augusti 2024',
    deadline: '2024-08-23',
    periodLabel: '230701–240630',
  });
}
