import type { Db } from '../db/connection.ts';
import type { Tenant } from './tenant.ts';
import { listTenants } from './tenant.store.ts';

/**
 * Finds the tenant a request is for, by host name, else the configured default, else the
 * only tenant. The tenant list is cached briefly: it changes rarely and is read on every request.
 */
export class TenantResolver {
  private cache: { at: number; tenants: Tenant[] } | undefined;

  constructor(
    private readonly db: Db,
    private readonly defaultTenant: string | undefined,
    private readonly ttlMs = 10_000,
  ) {}

  invalidate() {
    this.cache = undefined;
  }

  async resolve(host: string | undefined): Promise<Tenant | undefined> {
    const now = Date.now();
    if (!this.cache || now - this.cache.at > this.ttlMs) {
      this.cache = { at: now, tenants: await listTenants(this.db) };
    }
    const { tenants } = this.cache;
    const hostname = host?.replace(/:\d+$/, '').toLowerCase();
    return (
      (hostname ? tenants.find((t) => t.hostnames.includes(hostname)) : undefined) ??
      (this.defaultTenant ? tenants.find((t) => t.id === this.defaultTenant) : undefined) ??
      (tenants.length >= 1 ? tenants[0] : undefined)
    );
  }
}
