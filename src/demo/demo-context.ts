import type { Actor } from '../auth/roles.ts';
import type { Db } from '../db/connection.ts';
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
