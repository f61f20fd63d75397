/**
 * Who may read a report: an adopted report is public; before that, only signed-in users whose
 * grants cover the organisation, and the roles that read everything (controllers, auditors).
 */
import { can } from '../auth/permissions.ts';
import type { Actor } from '../auth/roles.ts';
import type { Db } from '../db/connection.ts';
import { AppError, notFound } from '../http/errors.ts';
import { listOrganisations, organisationScope } from '../organisations/organisation.store.ts';
import { coveringOrganisations } from '../organisations/organisation.ts';
import { findReport } from './report.store.ts';
import type { Report } from './report.ts';

export async function canReadReport(db: Db, actor: Actor, tenantId: string, report: Report): Promise<boolean> {
  if (report.status === 'adopted') return true;
  if (actor.kind === 'anonymous') return false;
  return can(actor, 'report.read', { organisationIds: await organisationScope(db, tenantId, report.organisationId) });
}

/** The reports of a list the actor may read, with one look at the organisation tree. */
export async function readableReports(db: Db, actor: Actor, tenantId: string, reports: readonly Report[]): Promise<Report[]> {
  if (actor.kind === 'anonymous') return reports.filter((r) => r.status === 'adopted');
  const organisations = await listOrganisations(db, tenantId);
  return reports.filter(
    (r) => r.status === 'adopted' || can(actor, 'report.read', { organisationIds: coveringOrganisations(r.organisationId, organisations) }),
  );
}

/** Refuses like a missing report to the public (a draft's existence is not public), and as forbidden to a signed-in user. */
export async function assertCanReadReport(db: Db, actor: Actor, tenantId: string, report: Report): Promise<void> {
  if (await canReadReport(db, actor, tenantId, report)) return;
  if (actor.kind === 'anonymous') throw new AppError('not_found', 'Rapporten finns inte eller är inte publicerad ännu.');
  throw new AppError('forbidden', 'Du har inte behörighet att läsa rapporten innan den är fastställd.');
}

/** The report by id, if the actor may read it: refused as `assertCanReadReport` refuses, and not found as the public is. */
export async function findReadableReport(db: Db, actor: Actor, tenantId: string, id: string): Promise<Report> {
  const report = await findReport(db, tenantId, id);
  if (!report) throw notFound('Rapporten');
  await assertCanReadReport(db, actor, tenantId, report);
  return report;
}
