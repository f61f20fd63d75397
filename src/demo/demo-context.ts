import type { Actor } from '../auth/roles.ts';
import type { Db } from '../db/connection.ts';
import { userActor } from '../imports/save/import-lookup.store.ts';
import type { Tenant } from '../tenants/tenant.ts';

/** What each demo step can build on: ids of what the earlier steps created, by their keys. */
export interface DemoContext {
  trx: Db;
  tenant: Tenant;
  actor: Actor;
  organisations: Map<string, string>;
  parties: Map<string, string>;
  cycles: Map<string, string>;
  /** Assignment id by dnr. */
  assignments: Map<string, string>;
  /** User id by e-mail. */
  users: Map<string, string>;
  /** Report id by key, e.g. 'ks-aug-2023'. */
  reports: Map<string, string>;
  /** Anything else a step wants to hand to a later one. */
  extras: Map<string, string>;
}

export type DemoStep = (ctx: DemoContext) => Promise<void>;

/** An empty context for running demo steps in `trx`, acting as the system on the tenant's behalf. */
export function newDemoContext(trx: Db, tenant: Tenant): DemoContext {
  return {
    trx,
    tenant,
    actor: { kind: 'system', tenantId: tenant.id, label: 'Demodata' },
    organisations: new Map(),
    parties: new Map(),
    cycles: new Map(),
    assignments: new Map(),
    users: new Map(),
    reports: new Map(),
    extras: new Map(),
  };
}

/** A demo account as the actor of a step, so the history says who did it. */
export async function demoUser(ctx: DemoContext, email: string): Promise<Actor> {
  const userId = ctx.users.get(email);
  const actor = userId ? await userActor(ctx.trx, ctx.tenant.id, userId) : undefined;
  if (!actor) throw new Error(`Demokontot ${email} finns inte (det skapas i grundsteget).`);
  return actor;
}
