/**
 * The link to the report model (src/reports): a decision that approves point "the interim
 * report is adopted" adopts and locks the report. Kept in one small file so the rest of the
 * decision code does not depend on the report model's internals.
 */
import type { Actor } from '../auth/roles.ts';
import type { Db } from '../db/connection.ts';
import type { Tenant } from '../tenants/tenant.ts';

/** Why the matter's report cannot be adopted now, or undefined when it can (or there is none). */
export async function reportAdoptionProblem(_trx: Db, _tenant: Tenant, _matterId: string): Promise<string | undefined> {
  return undefined;
}

export async function adoptReportOfDecision(_trx: Db, _actor: Actor, _tenant: Tenant, _reportId: string, _decisionId: string, _reason: string): Promise<void> {
  // Filled in when src/reports/report.commands.ts (adoptReport) lands.
}
