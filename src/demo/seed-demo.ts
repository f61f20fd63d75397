/**
 * Loads the demo municipality (Göteborg, August 2023) in one transaction: either all of it
 * or nothing. Each feature adds its own step after the foundation's.
 */
import type { Db } from '../db/connection.ts';
import { findTenant, insertTenant } from '../tenants/tenant.store.ts';
import { newDemoContext, type DemoContext, type DemoStep } from './demo-context.ts';
import { seedFoundation } from './foundation.demo.ts';
import { DEMO_TENANT } from './goteborg-2023.data.ts';
import { seedSurveys } from '../surveys/survey.demo.ts';
import { seedReports } from '../reports/report.demo.ts';
import { seedDecisions } from '../decisions/decisions.demo.ts';

const STEPS: DemoStep[] = [seedFoundation, seedReports, seedDecisions, seedSurveys];

/** What the steps created, by their keys (the context without its transaction, which has ended). */
export type DemoIds = Omit<DemoContext, 'trx'>;

/** Loads the demo, or only some of its steps (tests and benchmarks that need less of it). */
export async function seedDemo(db: Db, options: { steps?: DemoStep[] } = {}): Promise<{ tenantId: string; ids: DemoIds }> {
  if (await findTenant(db, DEMO_TENANT.id)) {
    throw new Error(`Demokommunen "${DEMO_TENANT.id}" finns redan i databasen; inget laddades.`);
  }
  const ids = await db.transaction().execute(async (trx) => {
    await insertTenant(trx, DEMO_TENANT);
    const ctx = newDemoContext(trx, DEMO_TENANT);
    for (const step of options.steps ?? STEPS) await step(ctx);
    return ctx;
  });
  return { tenantId: DEMO_TENANT.id, ids };
}
