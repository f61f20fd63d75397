/**
 * The link to the report model (src/reports): a decision that approves the point "the interim
 * report is adopted" adopts and locks the report. Kept in one small file so the rest of the
 * decision code does not depend on the report model's internals.
 */
import type { Actor } from '../auth/roles.ts';
import type { Db } from '../db/connection.ts';
import { findMatter } from '../matters/matter.store.ts';
import { adoptReport } from '../reports/report.commands.ts';
import { findReport } from '../reports/report.store.ts';
import type { Tenant } from '../tenants/tenant.ts';

/** Why the matter's report cannot be adopted now, or undefined when it can (or there is none). */
export async function reportAdoptionProblem(trx: Db, tenant: Tenant, matterId: string): Promise<string | undefined> {
  const matter = await findMatter(trx, tenant.id, matterId);
  if (!matter?.reportId) return undefined;
  const report = await findReport(trx, tenant.id, matter.reportId);
  if (!report) return 'rapporten som ärendet gäller finns inte.';
  if (report.status !== 'accepted') return `rapporten "${report.title}" kan inte fastställas: den har status "${report.status}", inte godkänd.`;
  return undefined;
}

/** Adopts the report on the day the minutes were approved, with the paragraph as reason. */
export async function adoptReportOfDecision(
  trx: Db,
  actor: Actor,
  tenant: Tenant,
  reportId: string,
  decisionId: string,
  reason: string,
  at: Date,
): Promise<void> {
  await adoptReport(trx, actor, tenant, { reportId, decisionId, reason, at });
}
