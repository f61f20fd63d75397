/**
 * What can be done to reports, each inside the caller's transaction, with its permission
 * check, its rules and its audit entry: create, save a section (optimistic locking per
 * section), submit (moving the accounted assignments' statuses), return with a comment,
 * accept, and adopt (only by the decision that adopts it; the report is locked from then on).
 */
import { transitionAssignment } from '../assignments/assignment.commands.ts';
import { recordChange } from '../audit-log/audit-log.store.ts';
import { actorLabel, actorUserId, type Actor } from '../auth/roles.ts';
import { findCycle } from '../cycles/cycle.store.ts';
import type { Db } from '../db/connection.ts';
import { listGoals } from '../goals/goal.store.ts';
import { AppError, notFound } from '../http/errors.ts';
import { assertCan } from '../http/route.ts';
import { t } from '../i18n/messages.ts';
import { findOrganisation, listOrganisations, organisationScope } from '../organisations/organisation.store.ts';
import type { Tenant } from '../tenants/tenant.ts';
import { isOpen, movesOnSubmit, reportOrganisations, type AccountView } from './assignment-accounts.ts';
import { DEFAULT_TEMPLATE_KEY } from './goteborg-interim.template.ts';
import { loadAccountSources, loadReportDocument } from './report-document.store.ts';
import { flattenSections } from './report-document.ts';
import {
  addParticipant,
  bumpReport,
  findSection,
  insertEvent,
  insertReport,
  listReports,
  lockReport,
  saveSection,
  type ReportPatch,
} from './report.store.ts';
import { allowedActions, isEditable, statusAfter, type Report, type ReportAction } from './report.ts';
import { parseSectionContent, type ContentKind, type SectionContent } from './section-content.ts';
import { ensureDefaultTemplate } from './template.commands.ts';
import { currentTemplate, findTemplate } from './template.store.ts';
import { numberSections, type ReportTemplate } from './template.ts';

const lowerFirst = (text: string) => text.charAt(0).toLocaleLowerCase('sv') + text.slice(1);

async function scopeOf(trx: Db, tenant: Tenant, organisationId: string) {
  return { organisationIds: await organisationScope(trx, tenant.id, organisationId) };
}

async function record(
  trx: Db,
  actor: Actor,
  report: Report,
  action: ReportAction | 'created' | 'section-saved',
  extra: { sectionKey?: string; comment?: string | null; at?: Date } = {},
) {
  await insertEvent(trx, actor.tenantId, {
    reportId: report.id,
    version: report.version,
    action,
    sectionKey: extra.sectionKey ?? null,
    comment: extra.comment ?? null,
    userId: actorUserId(actor),
    label: actorLabel(actor),
    ...(extra.at ? { at: extra.at } : {}),
  });
}

export interface CreateReportInput {
  organisationId: string;
  cycleId: string;
  title?: string;
  /** Template key; by default the cycle kind's ('interim-report' for interim cycles). */
  templateKey?: string;
}

export async function createReport(trx: Db, actor: Actor, tenant: Tenant, input: CreateReportInput): Promise<Report> {
  assertCan(actor, 'report.create', await scopeOf(trx, tenant, input.organisationId));
  const organisation = await findOrganisation(trx, tenant.id, input.organisationId);
  if (!organisation) throw notFound('Organisationen');
  const cycle = await findCycle(trx, tenant.id, input.cycleId);
  if (!cycle) throw notFound('Uppföljningen');
  const [existing] = await listReports(trx, tenant.id, { organisationId: organisation.id, cycleId: cycle.id });
  if (existing) {
    throw new AppError('duplicate', `${organisation.name} har redan en rapport för ${cycle.name}.`, { reportId: existing.id });
  }
  const key = input.templateKey ?? `${cycle.kind}-report`;
  let template = await currentTemplate(trx, tenant.id, key);
  if (!template && key === DEFAULT_TEMPLATE_KEY) template = await ensureDefaultTemplate(trx, actor, tenant.id);
  if (!template) throw new AppError('not_applicable', `Det finns ingen rapportmall "${key}". Lägg in en mall först.`);
  const created = await insertReport(trx, tenant.id, {
    organisationId: organisation.id,
    cycleId: cycle.id,
    templateId: template.id,
    title: input.title?.trim() || `${cycle.name} för ${lowerFirst(organisation.name)}`,
  });
  await addParticipant(trx, tenant.id, cycle.id, organisation.id);
  await record(trx, actor, created, 'created');
  await recordChange(trx, actor, { action: 'report.create', entityType: 'report', entityId: created.id, after: created });
  return created;
}

/** The kind of content a section key holds in this report, or not found. */
async function contentKindOf(trx: Db, tenant: Tenant, report: Report, template: ReportTemplate, key: string): Promise<ContentKind> {
  const sections = numberSections(template.definition.sections);
  const direct = sections.find((n) => n.section.key === key);
  if (direct) return direct.section.kind;
  const [parentKey, id] = key.split(':');
  const parent = sections.find((n) => n.section.key === parentKey)?.section;
  if (parent && id) {
    if (parent.kind === 'goal-assessments') {
      const cycle = (await findCycle(trx, tenant.id, report.cycleId))!;
      const goals = await listGoals(trx, tenant.id, { year: cycle.year, organisationId: report.organisationId });
      if (goals.some((g) => g.id === id)) return 'goal-assessment';
    }
    if (parent.kind === 'assignment-accounts') {
      const covered = reportOrganisations(report.organisationId, await listOrganisations(trx, tenant.id));
      const source = (await loadAccountSources(trx, tenant.id, covered)).find((s) => s.assignment.id === id);
      const stored = source ? await findSection(trx, tenant.id, report.id, key) : undefined;
      if (source && source.assignment.origin === parent.origin && (isOpen(source.status) || stored)) return 'assignment-account';
    }
  }
  throw new AppError('not_found', `Avsnittet "${key}" finns inte i rapporten.`);
}

function assertWritable(report: Report): void {
  if (report.locked) throw new AppError('locked', 'Rapporten är fastställd och låst. Den kan inte ändras.');
  if (!isEditable(report.status)) {
    throw new AppError('not_applicable', `Rapporten är ${t('sv', `reportStatus.${report.status}`).toLocaleLowerCase('sv')} och kan inte ändras förrän den skickas tillbaka.`, {
      status: report.status,
    });
  }
}

export interface SaveSectionInput {
  reportId: string;
  key: string;
  /** The section version the writer started from (0 for a section never saved). */
  version: number;
  content: unknown;
}

export async function saveReportSection(trx: Db, actor: Actor, tenant: Tenant, input: SaveSectionInput) {
  const report = await lockReport(trx, tenant.id, input.reportId);
  if (!report) throw notFound('Rapporten');
  assertCan(actor, 'report.edit', await scopeOf(trx, tenant, report.organisationId));
  assertWritable(report);
  const template = (await findTemplate(trx, tenant.id, report.templateId))!;
  const kind = await contentKindOf(trx, tenant, report, template, input.key);
  const parsed = parseSectionContent(kind, input.content);
  if (!parsed.ok) {
    throw new AppError('invalid_input', `Innehållet passar inte avsnittet: ${parsed.issues.map((i) => `${i.path || 'innehåll'}: ${i.message}`).join('; ')}`, {
      fields: parsed.issues,
    });
  }
  const before = await findSection(trx, tenant.id, report.id, input.key);
  const version = await saveSection(trx, tenant.id, {
    reportId: report.id,
    key: input.key,
    expectedVersion: input.version,
    content: parsed.content,
    userId: actorUserId(actor),
    reportVersion: report.version + 1,
  });
  if (version === null) {
    throw new AppError('conflict', 'Avsnittet har sparats av någon annan sedan du började. Läs in det igen och för över dina ändringar.', {
      currentVersion: before?.version ?? 0,
      currentContent: before?.content ?? null,
    });
  }
  const updated = await bumpReport(trx, tenant.id, report.id);
  await record(trx, actor, updated, 'section-saved', { sectionKey: input.key });
  await recordChange(trx, actor, {
    action: 'report.section-save',
    entityType: 'report',
    entityId: report.id,
    before: before ? { sectionKey: input.key, version: before.version, content: before.content } : null,
    after: { sectionKey: input.key, version, content: parsed.content },
  });
  return { key: input.key, version, content: parsed.content as SectionContent, reportVersion: updated.version };
}

function refuse(report: Report, action: ReportAction): never {
  const label = (s: string) => t('sv', `reportStatus.${s as Report['status']}`);
  const allowed = allowedActions(report.status);
  throw new AppError('invalid_transition', `En rapport med status "${label(report.status)}" kan inte ${ACTION_VERBS[action]}.`, {
    status: report.status,
    action,
    allowed,
  });
}

const ACTION_VERBS: Record<ReportAction, string> = {
  submit: 'lämnas in',
  return: 'skickas tillbaka',
  accept: 'godkännas',
  adopt: 'fastställas',
};

async function move(trx: Db, actor: Actor, tenant: Tenant, report: Report, action: ReportAction, patch: ReportPatch, comment: string | null) {
  const updated = await bumpReport(trx, tenant.id, report.id, { status: statusAfter(report.status, action)!, ...patch });
  await record(trx, actor, updated, action, { comment, ...(patch.at ? { at: patch.at } : {}) });
  await recordChange(trx, actor, {
    action: `report.${action}`,
    entityType: 'report',
    entityId: report.id,
    before: { status: report.status, version: report.version },
    after: { status: updated.status, version: updated.version },
    reason: comment,
  });
  return updated;
}

export interface StatusInput {
  reportId: string;
  comment?: string | null;
  /** When it happened, if not now (demo data and imports carry historical dates). */
  at?: Date;
}

/**
 * Submits the report. Each assignment account moves its assignment for the organisation to
 * "proposed done" or "partially reported" (a move that is already made is skipped), in the
 * same transaction: a move the status machine refuses refuses the whole submit.
 */
export async function submitReport(trx: Db, actor: Actor, tenant: Tenant, input: StatusInput): Promise<Report> {
  const report = await lockReport(trx, tenant.id, input.reportId);
  if (!report) throw notFound('Rapporten');
  assertCan(actor, 'report.submit', await scopeOf(trx, tenant, report.organisationId));
  if (report.locked) throw new AppError('locked', 'Rapporten är fastställd och låst.');
  if (!statusAfter(report.status, 'submit')) refuse(report, 'submit');
  const document = (await loadReportDocument(trx, tenant.id, report))!;
  const sections = flattenSections(document.sections);
  const unproposed = sections.flatMap((s) => s.accounts).filter((a) => a.proposed === null && (a.text ?? '').trim() !== '');
  if (unproposed.length > 0) {
    throw new AppError(
      'invalid_input',
      `Välj om uppdraget föreslås genomfört eller delrapporteras för ${unproposed.map((a) => a.dnr).join(', ')}.`,
      { sections: unproposed.map((a) => a.key) },
    );
  }
  const printed: Array<AccountView & { section: string }> = sections
    .filter((s) => s.kind === 'account-group')
    .flatMap((s) => s.accounts.map((a) => ({ ...a, section: s.number })));
  const sectionOf = new Map(printed.map((a) => [a.key, a.section]));
  for (const m of movesOnSubmit(printed)) {
    await transitionAssignment(trx, actor, tenant, {
      assignmentId: m.assignmentId,
      organisationId: m.organisationId,
      to: m.to,
      reportId: report.id,
      reason: `${report.title}, avsnitt ${sectionOf.get(m.key)}`,
      ...(input.at ? { at: input.at } : {}),
    });
  }
  const at = input.at ?? new Date();
  return move(trx, actor, tenant, report, 'submit', { submittedAt: at, at }, input.comment?.trim() || null);
}

/** The controller sends the report back for changes, saying why. */
export async function returnReport(trx: Db, actor: Actor, tenant: Tenant, input: StatusInput): Promise<Report> {
  const report = await lockReport(trx, tenant.id, input.reportId);
  if (!report) throw notFound('Rapporten');
  assertCan(actor, 'report.review', await scopeOf(trx, tenant, report.organisationId));
  if (!statusAfter(report.status, 'return')) refuse(report, 'return');
  const comment = input.comment?.trim();
  if (!comment) throw new AppError('invalid_input', 'Skriv vad som behöver ändras när rapporten skickas tillbaka.');
  const at = input.at ?? new Date();
  return move(trx, actor, tenant, report, 'return', { returnedAt: at, at }, comment);
}

export async function acceptReport(trx: Db, actor: Actor, tenant: Tenant, input: StatusInput): Promise<Report> {
  const report = await lockReport(trx, tenant.id, input.reportId);
  if (!report) throw notFound('Rapporten');
  assertCan(actor, 'report.review', await scopeOf(trx, tenant, report.organisationId));
  if (!statusAfter(report.status, 'accept')) refuse(report, 'accept');
  const at = input.at ?? new Date();
  return move(trx, actor, tenant, report, 'accept', { acceptedAt: at, at }, input.comment?.trim() || null);
}

/**
 * Adopts an accepted report by the decision that adopts it, and locks it. Called by the
 * decisions feature when the decision's minutes are approved.
 */
export async function adoptReport(
  trx: Db,
  actor: Actor,
  tenant: Tenant,
  input: { reportId: string; decisionId: string; at?: Date; reason?: string },
): Promise<Report> {
  const report = await lockReport(trx, tenant.id, input.reportId);
  if (!report) throw notFound('Rapporten');
  assertCan(actor, 'report.adopt', await scopeOf(trx, tenant, report.organisationId));
  if (report.status !== 'accepted') {
    throw new AppError('not_applicable', `Bara en godkänd rapport kan fastställas; "${report.title}" har status "${t('sv', `reportStatus.${report.status}`)}".`, {
      status: report.status,
    });
  }
  const at = input.at ?? new Date();
  return move(trx, actor, tenant, report, 'adopt', { adoptedAt: at, at, locked: true, adoptedByDecisionId: input.decisionId }, input.reason ?? `Beslut ${input.decisionId}`);
}
