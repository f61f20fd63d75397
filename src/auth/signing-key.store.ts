import { randomBytes } from 'node:crypto';
import type { Db } from '../db/connection.ts';

const cache = new WeakMap<Db, Map<string, string>>();

/**
 * The tenant's secret for a purpose, created on first use. Kept in the database so every app
 * process signs and verifies with the same key; cached per process because it never changes.
 */
export async function signingKey(db: Db, tenantId: string, purpose: string): Promise<string> {
  let keys = cache.get(db);
  if (!keys) cache.set(db, (keys = new Map()));
  const cacheKey = `${tenantId}\u0000${purpose}`;
  const cached = keys.get(cacheKey);
  if (cached) return cached;
  await db
    .insertInto('signing_keys')
    .values({ tenant_id: tenantId, purpose, secret: randomBytes(32).toString('base64url') })
    .onConflict((oc) => oc.columns(['tenant_id', 'purpose']).doNothing())
    .execute();
  const row = await db
    .selectFrom('signing_keys')
    .select('secret')
    .where('tenant_id', '=', tenantId)
    .where('purpose', '=', purpose)
    .executeTakeFirstOrThrow();
  keys.set(cacheKey, row.secret);
  return row.secret;
}
