/**
 * Fixed-window counters in the database, so every app process behind a load balancer counts
 * the same attempts. One atomic upsert per attempt; no process keeps state of its own.
 */
import { sql } from 'kysely';
import type { Db } from '../db/connection.ts';

export interface RateLimit {
  /** Attempts allowed per window. */
  max: number;
  windowMs: number;
}

export function windowStart(now: Date, windowMs: number): Date {
  return new Date(Math.floor(now.getTime() / windowMs) * windowMs);
}

/** Counts one attempt and returns the count in the current window, this attempt included. */
export async function countAttempt(db: Db, tenantId: string, key: string, limit: RateLimit, now = new Date()): Promise<number> {
  const start = windowStart(now, limit.windowMs);
  const row = await db
    .insertInto('rate_limit_counters')
    .values({ tenant_id: tenantId, key, window_start: start, hits: 1 })
    .onConflict((oc) => oc.columns(['tenant_id', 'key', 'window_start']).doUpdateSet({ hits: sql<number>`rate_limit_counters.hits + 1` }))
    .returning('hits')
    .executeTakeFirstOrThrow();
  return row.hits;
}

/** Takes back one attempt (a successful sign-in does not count against anyone). */
export async function refundAttempt(db: Db, tenantId: string, key: string, limit: RateLimit, now = new Date()): Promise<void> {
  await db
    .updateTable('rate_limit_counters')
    .set({ hits: sql<number>`greatest(hits - 1, 0)` })
    .where('tenant_id', '=', tenantId)
    .where('key', '=', key)
    .where('window_start', '=', windowStart(now, limit.windowMs))
    .execute();
}

/** Drops windows that ended long ago; the job worker or the CLI may call it now and then. */
export async function deleteOldCounters(db: Db, before: Date): Promise<number> {
  const result = await db.deleteFrom('rate_limit_counters').where('window_start', '<', before).executeTakeFirst();
  return Number(result.numDeletedRows);
}
