/**
 * Demo step: the board's interim report August 2023 as data (see ks-aug-2023.demo-data.ts),
 * written section by section by the demo reporter through the same commands a reporter uses,
 * submitted (which moves each assignment to the status its account proposes, with the report
 * in its history) and accepted by the demo controller. The decisions step adopts it through the
 * matter's decision.
 */
import type { DemoContext } from '../demo/demo-context.ts';
import { ASSIGNMENTS } from '../demo/goteborg-2023.data.ts';
import { listGoals } from '../goals/goal.store.ts';
import { accountKey } from './assignment-accounts.ts';
import {
  ACCOUNTS,
  ADMINISTRATION_LIMITS,
  AUDIT_TEXT,
  BOARD_ECONOMY,
  CENTRAL_FUNDS,
  COMPETENCE_ACTIONS,
  COMPETENCE_LONG_TERM,
  COMPETENCE_NOW,
  ECONOMY_SUMMARY,
  GOAL_TEXTS,
  HR_INDICATORS,
  OPERATIONS_INDICATORS,
  OTHER_DECISIONS,
  PROSE,
} from './ks-aug-2023.demo-data.ts';
import { acceptReport, createReport, saveReportSection, submitReport } from './report.commands.ts';
import { ensureDefaultTemplate } from './template.commands.ts';
import { demoUser } from '../demo/demo-context.ts';

const ORIGIN_SECTION = { 'council-budget': 'assignments-council-budget', council: 'assignments-council', board: 'assignments-board' } as const;

export async function seedReports(ctx: DemoContext): Promise<void> {
  const { trx, tenant } = ctx;
  await ensureDefaultTemplate(trx, ctx.actor, tenant.id);
  const actor = await demoUser(ctx, 'rapportor@demo.uppsikt.se');
  const controller = await demoUser(ctx, 'controller@demo.uppsikt.se');
  const board = ctx.organisations.get('KS')!;
  const report = await createReport(trx, actor, tenant, { organisationId: board, cycleId: ctx.cycles.get('aug-2023')! });
  const save = (key: string, content: unknown) => saveReportSection(trx, actor, tenant, { reportId: report.id, key, version: 0, content });

  for (const [key, text] of Object.entries(PROSE)) await save(key, { text });
  await save('other-decisions', { items: OTHER_DECISIONS });
  await save('operations-indicators', OPERATIONS_INDICATORS);
  await save('hr-indicators', HR_INDICATORS);
  await save('competence-now', { rows: COMPETENCE_NOW });
  await save('competence-long-term', { rows: COMPETENCE_LONG_TERM });
  await save('competence-actions', { rows: COMPETENCE_ACTIONS });
  await save('economy-summary', { figures: { consolidated: ECONOMY_SUMMARY } });
  await save('central-funds', { rows: CENTRAL_FUNDS });
  await save('administration-limits', ADMINISTRATION_LIMITS);
  await save('audit-reports', AUDIT_TEXT);
  await save('board-economy', { text: BOARD_ECONOMY.text, figures: { consolidated: BOARD_ECONOMY.consolidated, units: BOARD_ECONOMY.units } });

  for (const goal of await listGoals(trx, tenant.id, { year: 2023, organisationId: board })) {
    const text = GOAL_TEXTS[goal.number];
    if (text) await save(`council-goals:${goal.id}`, { text });
  }

  for (const [position, account] of ACCOUNTS.entries()) {
    const origin = ASSIGNMENTS.find((a) => a.dnr === account.dnr)!.origin;
    await save(accountKey(ORIGIN_SECTION[origin], ctx.assignments.get(account.dnr)!), { proposed: account.proposed, text: account.text, position });
  }

  // The office handed it in before issuing its staff report on it (tjänsteutlåtande 2023-08-28).
  await submitReport(trx, actor, tenant, { reportId: report.id, at: new Date('2023-08-25T15:00:00+02:00') });
  await acceptReport(trx, controller, tenant, {
    reportId: report.id,
    comment: 'Rapporten är granskad och kan gå vidare till kommunstyrelsen.',
    at: new Date('2023-08-28T09:00:00+02:00'),
  });
  ctx.reports.set('ks-aug-2023', report.id);
}
