/**
 * The imported report as a report of the organisation for its cycle: the cycle found by name
 * (or made from the period the title states), the report made from the tenant's template and
 * written section by section through the report commands, with its goal assessments and
 * assignment accounts, then taken through its lifecycle to accepted — a report published in a
 * board matter has been handed in and accepted, never adopted without the decision that adopts
 * it. A report the organisation already has for the cycle is left as it is.
 */
import { recordChange } from '../../audit-log/audit-log.store.ts';
import type { Actor } from '../../auth/roles.ts';
import { insertCycle, listCycles } from '../../cycles/cycle.store.ts';
import type { ReportingCycle } from '../../cycles/cycle.ts';
import type { Db } from '../../db/connection.ts';
import { listGoals } from '../../goals/goal.store.ts';
import { AppError } from '../../http/errors.ts';
import { assertCan } from '../../http/route.ts';
import { t, tn } from '../../i18n/messages.ts';
import { accountKey, accountHeading } from '../../reports/assignment-accounts.ts';
import { DEFAULT_TEMPLATE_KEY } from '../../reports/goteborg-interim.template.ts';
import { acceptReport, createReport, saveReportSection, submitReport } from '../../reports/report.commands.ts';
import { listReports } from '../../reports/report.store.ts';
import type { Report } from '../../reports/report.ts';
import { currentTemplate, findTemplate } from '../../reports/template.store.ts';
import type { Tenant } from '../../tenants/tenant.ts';
import { swedishInstant } from '../../workspace/swedish-time.ts';
import type { Assignment as ImportedAssignment } from '../import-result.ts';
import type { MergedAssignment } from './import-assignments.ts';
import type { Register } from './import-register.ts';
import { accountAsText, planReport, type ReportSource } from './report-content.ts';
import type { ReportTitle } from './report-title.ts';
import type { SummaryLog } from './save-summary.ts';

export async function findOrCreateCycle(trx: Db, actor: Actor, tenant: Tenant, title: ReportTitle, wanted: string | null, log: SummaryLog): Promise<ReportingCycle> {
  const cycles = await listCycles(trx, tenant.id);
  const same = (a: string, b: string) => a.trim().toLocaleLowerCase('sv') === b.trim().toLocaleLowerCase('sv');
  if (wanted) {
    const cycle = cycles.find((c) => c.id === wanted || same(c.name, wanted));
    if (!cycle) throw new AppError('invalid_input', `Uppföljningsperioden "${wanted}" finns inte. Perioder: ${cycles.map((c) => c.name).join(', ') || 'inga'}. Inget sparades.`);
    log.add('cycle', cycle.name, 'present', 'vald med --cycle', cycle.id);
    return cycle;
  }
  const named = title.cycleName ? cycles.find((c) => same(c.name, title.cycleName!)) : undefined;
  if (named) {
    log.add('cycle', named.name, 'present', `finns (${named.periodStart}–${named.periodEnd})`, named.id);
    return named;
  }
  if (!title.cycleName || !title.kind || !title.year || !title.periodStart || !title.periodEnd) {
    throw new AppError(
      'invalid_input',
      'Rapportens titel säger inte vilken uppföljningsperiod den hör till, och ingen period med det namnet finns. Ange perioden med --cycle <namn eller id>. Inget sparades.',
    );
  }
  assertCan(actor, 'cycle.manage');
  const created = await insertCycle(trx, tenant.id, {
    kind: title.kind,
    name: title.cycleName,
    year: title.year,
    periodStart: title.periodStart,
    periodEnd: title.periodEnd,
    committeeDeadline: null,
  });
  await recordChange(trx, actor, { action: 'cycle.create', entityType: 'reporting-cycle', entityId: created.id, after: created });
  log.add('cycle', created.name, 'created', `ny period ${created.periodStart}–${created.periodEnd}, läst ur rapportens titel`, created.id);
  return created;
}

/** The organisation's report for the cycle: the one it has, or a new draft. */
export async function openReport(
  trx: Db,
  actor: Actor,
  tenant: Tenant,
  input: { organisationId: string; organisationName: string; cycle: ReportingCycle; title: string },
  log: SummaryLog,
): Promise<{ report: Report; created: boolean }> {
  const [existing] = await listReports(trx, tenant.id, { organisationId: input.organisationId, cycleId: input.cycle.id });
  if (existing) {
    log.add(
      'report',
      existing.title,
      'present',
      `${input.organisationName} har redan en rapport för ${input.cycle.name} (status "${t('sv', `reportStatus.${existing.status}`)}"); dess innehåll skrevs inte över`,
      existing.id,
    );
    return { report: existing, created: false };
  }
  // A cycle kind without a template of its own takes the shipped interim template.
  const own = await currentTemplate(trx, tenant.id, `${input.cycle.kind}-report`);
  const report = await createReport(trx, actor, tenant, {
    organisationId: input.organisationId,
    cycleId: input.cycle.id,
    title: input.title,
    ...(own ? {} : { templateKey: DEFAULT_TEMPLATE_KEY }),
  });
  return { report, created: true };
}

export interface ReportFill {
  source: ReportSource;
  assignments: readonly ImportedAssignment[];
  merged: ReadonlyMap<string, MergedAssignment>;
  goalIds: ReadonlyMap<string, string>;
  register: Register;
  cycle: ReportingCycle;
  fileName: string;
  /** ISO date the document speaks from; the report is handed in and accepted then. */
  documentDate: string | null;
}

/** Writes a new report's sections, goal assessments and accounts, then hands it in and accepts it. */
export async function fillReport(trx: Db, actor: Actor, tenant: Tenant, report: Report, fill: ReportFill, log: SummaryLog): Promise<Report> {
  const template = (await findTemplate(trx, tenant.id, report.templateId))!;
  const plan = planReport(template.definition, fill.source);
  const keep = (html: string, key: string | null, what: string, reason: string) => {
    const target = key ?? plan.sections.keys().next().value ?? template.definition.sections[0]!.key;
    const c = plan.sections.get(target) ?? {};
    c.text = `${(c.text as string | undefined) ?? ''}${html}`;
    plan.sections.set(target, c);
    plan.notes.push({ what, placedIn: plan.titles.get(target) ?? target, reason });
  };

  // Goal assessments go under goals the organisation answers for; others are kept as text.
  const answered = new Set((await listGoals(trx, tenant.id, { year: fill.cycle.year, organisationId: report.organisationId })).map((g) => g.id));
  const goalSaves: Array<{ key: string; text: string }> = [];
  for (const [number, html] of plan.goalTexts) {
    const goalId = fill.goalIds.get(number);
    if (plan.goalsKey && goalId && answered.has(goalId)) goalSaves.push({ key: `${plan.goalsKey}:${goalId}`, text: html });
    else if (html) keep(`<h3>${number}</h3>${html}`, plan.goalsKey, `måluppföljningen i avsnitt ${number}`, 'målet finns inte i registret för organisationen; texten är sparad som text');
  }

  // An account is saved as the assignment's account only when the assignment has the status the
  // report proposes: submitting the report must not move a status the merge chose not to move.
  const accountSaves: Array<{ key: string; content: { proposed: 'done' | 'partial'; text: string; position: number } }> = [];
  for (const a of fill.assignments) {
    const planned = plan.accounts.get(a.dnr)!;
    const merged = fill.merged.get(a.dnr);
    const sectionKey = plan.accountSections[(merged?.origin ?? a.origin ?? 'council') as keyof typeof plan.accountSections] ?? null;
    if (merged && sectionKey && planned.proposed && merged.target && merged.status === merged.target) {
      accountSaves.push({ key: accountKey(sectionKey, merged.assignmentId), content: { proposed: planned.proposed, text: planned.text, position: planned.position } });
    } else {
      const heading = accountHeading({ title: a.title, dnr: a.dnr, origin: a.origin ?? 'council', originDecidedOn: a.decidedOn, originReference: a.decisionPoint !== null ? `punkt ${a.decisionPoint}` : null });
      const why = !merged
        ? 'uppdraget finns inte för organisationen'
        : !planned.proposed
          ? 'det framgår inte om uppdraget föreslås genomfört eller delrapporteras'
          : `uppdraget har status "${t('sv', `status.${merged.status}`)}", inte den rapporten föreslår`;
      keep(accountAsText(heading, planned.text), sectionKey, `redovisningen av uppdrag ${a.dnr} (avsnitt ${a.section})`, `${why}; redovisningen är sparad som text`);
    }
  }

  const save = (key: string, content: unknown) => saveReportSection(trx, actor, tenant, { reportId: report.id, key, version: 0, content });
  for (const [key, content] of plan.sections) await save(key, content);
  for (const g of goalSaves) await save(g.key, { text: g.text });
  for (const a of accountSaves) await save(a.key, a.content);

  const at = (fill.documentDate && swedishInstant(fill.documentDate, '12:00')) || undefined;
  const comment = `Importerad från ${fill.fileName}.`;
  await submitReport(trx, actor, tenant, { reportId: report.id, comment, ...(at ? { at } : {}) });
  const accepted = await acceptReport(trx, actor, tenant, { reportId: report.id, comment, ...(at ? { at } : {}) });
  log.keptAsText.push(...plan.notes);
  log.add(
    'report',
    report.title,
    'created',
    `${tn('sv', 'count.section', plan.sections.size)}, ${tn('sv', 'count.goalFollowUp', goalSaves.length)} och ${tn('sv', 'count.account', accountSaves.length)} sparade; inlämnad och godkänd${fill.documentDate ? ` ${fill.documentDate}` : ''} (status "${t('sv', `reportStatus.${accepted.status}`)}")`,
    report.id,
  );
  return accepted;
}
