/**
 * Loads the demo municipality (Göteborg, August 2023) in one transaction: either all of it
 * or nothing. Each feature adds its own step after the foundation's.
 */
import type { Db } from '../db/connection.ts';
import { findTenant, insertTenant } from '../tenants/tenant.store.ts';
import type { DemoContext, DemoStep } from './demo-context.ts';
import { seedFoundation } from './foundation.demo.ts';
import { DEMO_TENANT } from './goteborg-2023.data.ts';
import { seedSurveys } from '../surveys/survey.demo.ts';
import { seedReports } from '../reports/report.demo.ts';
import { seedDecisions } from '../decisions/decisions.demo.ts';

const STEPS: DemoStep[] = [seedFoundation, seedReports, seedDecisions, seedSurveys];

export async function seedDemo(db: Db): Promise<{ tenantId: string }> {
  if (await findTenant(db, DEMO_TENANT.id)) {
    throw new Error(`Demokommunen "${DEMO_TENANT.id}" finns redan i databasen; inget laddades.`);
  }
  await db.transaction().execute(async (trx) => {
    await insertTenant(trx, DEMO_TENANT);
    const ctx: DemoContext = {
      trx,
      tenant: DEMO_TENANT,
      actor: { kind: 'system', tenantId: DEMO_TENANT.id, label: 'Demodata' },
      organisations: new Map(),
      parties: new Map(),
      cycles: new Map(),
      assignments: new Map(),
      users: new Map(),
      reports: new Map(),
      extras: new Map(),
    };
    for (const step of STEPS) await step(ctx);
  });
  return { tenantId: DEMO_TENANT.id };
}
