import type { Generated } from 'kysely';

/** Attempts per key (e.g. `ip:…`, `account:…`) in a fixed time window, shared by every app process. */
export interface RateLimitCountersTable {
  tenant_id: string;
  key: string;
  window_start: Date;
  hits: Generated<number>;
}
