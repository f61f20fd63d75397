/**
 * The registry's number series: one counter per tenant and year, taken with a row lock
 * (insert … on conflict do update … returning), so two registrations in parallel never get the
 * same number; the second waits for the first transaction to end.
 */
import { sql } from 'kysely';
import type { Db } from '../db/connection.ts';

export async function takeNextSequence(trx: Db, tenantId: string, year: number): Promise<number> {
  const result = await sql<{ last_sequence: number }>`
    insert into registry_counters (tenant_id, year, last_sequence) values (${tenantId}, ${year}, 1)
    on conflict (tenant_id, year) do update set last_sequence = registry_counters.last_sequence + 1
    returning last_sequence`.execute(trx);
  return Number(result.rows[0]!.last_sequence);
}

/**
 * A number registered by hand (an imported matter keeps the dnr it had): the series moves past
 * it so the next generated one does not collide.
 */
export async function reserveSequence(trx: Db, tenantId: string, year: number, sequence: number): Promise<void> {
  await sql`
    insert into registry_counters (tenant_id, year, last_sequence) values (${tenantId}, ${year}, ${sequence})
    on conflict (tenant_id, year) do update set last_sequence = greatest(registry_counters.last_sequence, excluded.last_sequence)`.execute(trx);
}
