/**
 * Opening a reporting cycle as the controller does it in one step: the cycle with its
 * deadline, the organisations that must report, and a report for each from the chosen
 * template, all in one transaction (all of it or nothing).
 */
import { recordChange } from '../audit-log/audit-log.store.ts';
import type { Actor } from '../auth/roles.ts';
import { insertCycle } from '../cycles/cycle.store.ts';
import type { ReportingCycle } from '../cycles/cycle.ts';
import type { Db } from '../db/connection.ts';
import { AppError } from '../http/errors.ts';
import { assertCan } from '../http/route.ts';
import { listOrganisations } from '../organisations/organisation.store.ts';
import { createReport } from '../reports/report.commands.ts';
import { replaceParticipants } from '../reports/report.store.ts';
import type { Tenant } from '../tenants/tenant.ts';

/** The cycle as stored, with the organisations that must report and the template of their reports. */
export type OpenCycleInput = Omit<ReportingCycle, 'id'> & {
  templateKey?: string | undefined;
  organisationIds: string[];
};

export async function openReportingCycle(trx: Db, actor: Actor, tenant: Tenant, input: OpenCycleInput): Promise<{ cycle: ReportingCycle; reportIds: string[] }> {
  assertCan(actor, 'cycle.manage');
  if (input.periodStart > input.periodEnd) throw new AppError('invalid_input', 'Perioden slutar före den börjar.');
  if (input.committeeDeadline && input.committeeDeadline < input.periodEnd) {
    throw new AppError('invalid_input', 'Sista dag för beslut i nämnd kan inte ligga före periodens slut.');
  }
  const known = new Set((await listOrganisations(trx, tenant.id)).map((o) => o.id));
  const organisationIds = [...new Set(input.organisationIds)];
  if (organisationIds.length === 0) throw new AppError('invalid_input', 'Välj minst en organisation som ska rapportera.');
  if (organisationIds.some((id) => !known.has(id))) throw new AppError('invalid_input', 'En vald organisation finns inte.');
  const cycle = await insertCycle(trx, tenant.id, {
    kind: input.kind,
    name: input.name.trim(),
    year: input.year,
    periodStart: input.periodStart,
    periodEnd: input.periodEnd,
    committeeDeadline: input.committeeDeadline,
  });
  await recordChange(trx, actor, { action: 'cycle.create', entityType: 'reporting-cycle', entityId: cycle.id, after: cycle });
  await replaceParticipants(trx, tenant.id, cycle.id, organisationIds);
  await recordChange(trx, actor, { action: 'cycle.participants', entityType: 'cycle', entityId: cycle.id, before: [], after: organisationIds });
  const reportIds: string[] = [];
  for (const organisationId of organisationIds) {
    const report = await createReport(trx, actor, tenant, { organisationId, cycleId: cycle.id, ...(input.templateKey ? { templateKey: input.templateKey } : {}) });
    reportIds.push(report.id);
  }
  return { cycle, reportIds };
}
