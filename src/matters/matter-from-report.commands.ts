/**
 * "One click": an accepted interim report becomes a registered matter with a drafted staff
 * report — summary, background, the proposed decision (point 1 adopts the report, then one
 * point per assignment the report proposes as done), attachments, officers, the consultation
 * line. Everything stays editable afterwards.
 */
import { recordChange } from '../audit-log/audit-log.store.ts';
import { findAssignment } from '../assignments/assignment.store.ts';
import type { Actor } from '../auth/roles.ts';
import type { Db } from '../db/connection.ts';
import { AppError, notFound } from '../http/errors.ts';
import { findOrganisation, listOrganisations } from '../organisations/organisation.store.ts';
import { listAssignmentAccounts } from '../reports/assignment-account.store.ts';
import { findReport } from '../reports/report.store.ts';
import type { Tenant } from '../tenants/tenant.ts';
import { addDocument, assertManagesMatterOf, registerMatter } from './matter.commands.ts';
import { findMatterByReport, insertPoints, listPoints } from './matter.store.ts';
import { backgroundText, draftProposalPoints, type AccountForProposal, type StaffReportBody } from './staff-report.ts';
import { tn } from '../i18n/messages.ts';

export interface MatterFromReportInput {
  /** Keep a number the matter already has (the seed's 0064/23); otherwise the registry gives one. */
  dnr?: string | null;
  registeredOn: string;
  issuedOn?: string;
  summary?: string;
  consultation?: string;
  officers?: StaffReportBody['officers'];
  signatories?: StaffReportBody['signatories'];
  extraAttachments?: string[];
}

export async function createMatterFromReport(trx: Db, actor: Actor, tenant: Tenant, reportId: string, input: MatterFromReportInput) {
  const report = await findReport(trx, tenant.id, reportId);
  if (!report) throw notFound('Rapporten');
  await assertManagesMatterOf(trx, actor, tenant.id, report.organisationId);
  if (report.status !== 'accepted') {
    throw new AppError('not_applicable', `Ett ärende kan bara skapas av en godkänd rapport; "${report.title}" har status "${report.status}".`, {
      status: report.status,
    });
  }
  if (await findMatterByReport(trx, tenant.id, reportId)) throw new AppError('duplicate', 'Rapporten har redan ett ärende.');
  const body = (await findOrganisation(trx, tenant.id, report.organisationId))!;
  const office = (await listOrganisations(trx, tenant.id)).find((o) => o.servesId === body.id && o.kind === 'administration');
  const issuedBy = office?.name ?? body.name;

  const accounts: AccountForProposal[] = [];
  for (const a of await listAssignmentAccounts(trx, tenant.id, reportId)) {
    const assignment = await findAssignment(trx, tenant.id, a.assignmentId);
    accounts.push({ ...a, originYear: assignment?.originYear ?? null });
  }
  const drafted = draftProposalPoints({ bodyName: body.name, reportTitle: report.title, issuedBy, accounts });
  const proposedDone = accounts.filter((a) => a.proposed === 'done');

  const matter = await registerMatter(trx, actor, tenant, {
    dnr: input.dnr ?? null,
    registeredOn: input.registeredOn,
    subject: report.title,
    sender: issuedBy,
    recipient: body.name,
    organisationId: body.id,
    reportId,
  });
  const staffReportBody: StaffReportBody = {
    summary:
      input.summary ??
      `${report.title} är en rapport enligt stadens struktur för uppföljning. ${body.name} föreslås godkänna rapporten och förklara ${tn('sv', 'count.accountDeclaredDone', proposedDone.length)} för egen del.`,
    background: backgroundText({
      bodyName: body.name,
      reportTitle: report.title,
      budgetCount: proposedDone.filter((a) => a.origin === 'council-budget').length,
      otherCount: proposedDone.filter((a) => a.origin !== 'council-budget').length,
    }),
    assessments: [],
    consultation: input.consultation ?? '',
    attachments: [report.title, ...(input.extraAttachments ?? [])],
    officers: input.officers ?? [],
    signatories: input.signatories ?? [],
    issuedOn: input.issuedOn ?? input.registeredOn,
    issuedBy,
  };
  const staffReport = await addDocument(trx, actor, tenant, matter, {
    kind: 'staff-report',
    title: `Tjänsteutlåtande: ${report.title}`,
    registeredOn: staffReportBody.issuedOn,
    sender: issuedBy,
    recipient: body.name,
    body: staffReportBody as unknown as Record<string, unknown>,
    text: staffReportBody.summary,
  });
  await insertPoints(trx, tenant.id, staffReport.id, drafted);
  await addDocument(trx, actor, tenant, matter, {
    kind: 'attachment',
    title: `Bilaga 1: ${report.title}`,
    registeredOn: staffReportBody.issuedOn,
    sender: issuedBy,
    text: `${report.title}. Rapporten finns som data i Uppsikt: /api/v1/reports/${report.id}`,
  });
  const points = await listPoints(trx, tenant.id, staffReport.id);
  await recordChange(trx, actor, { action: 'staff-report.draft', entityType: 'document', entityId: staffReport.id, after: { points } });
  return { matter, staffReport: { ...staffReport, points } };
}
