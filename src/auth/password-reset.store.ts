import type { Db } from '../db/connection.ts';

export async function insertResetToken(trx: Db, tenantId: string, userId: string, tokenHash: string, expiresAt: Date): Promise<void> {
  await trx.insertInto('password_reset_tokens').values({ tenant_id: tenantId, user_id: userId, token_hash: tokenHash, expires_at: expiresAt }).execute();
}

/** The user a token belongs to if it is unused and unexpired (reads only; the form shows it). */
export async function findUsableToken(db: Db, tenantId: string, tokenHash: string, now: Date) {
  return db
    .selectFrom('password_reset_tokens')
    .innerJoin('users', (j) => j.onRef('users.tenant_id', '=', 'password_reset_tokens.tenant_id').onRef('users.id', '=', 'password_reset_tokens.user_id'))
    .select(['password_reset_tokens.user_id as userId', 'users.email', 'users.active'])
    .where('password_reset_tokens.tenant_id', '=', tenantId)
    .where('password_reset_tokens.token_hash', '=', tokenHash)
    .where('password_reset_tokens.used_at', 'is', null)
    .where('password_reset_tokens.expires_at', '>', now)
    .executeTakeFirst();
}

/**
 * Marks the token used and returns its user, in one statement: of two requests racing with
 * the same link, exactly one gets the user.
 */
export async function consumeToken(trx: Db, tenantId: string, tokenHash: string, now: Date): Promise<string | undefined> {
  const row = await trx
    .updateTable('password_reset_tokens')
    .set({ used_at: now })
    .where('tenant_id', '=', tenantId)
    .where('token_hash', '=', tokenHash)
    .where('used_at', 'is', null)
    .where('expires_at', '>', now)
    .returning('user_id')
    .executeTakeFirst();
  return row?.user_id;
}

/** Other links of the user stop working once the password has been changed. */
export async function retireTokensOf(trx: Db, tenantId: string, userId: string, now: Date): Promise<void> {
  await trx
    .updateTable('password_reset_tokens')
    .set({ used_at: now })
    .where('tenant_id', '=', tenantId)
    .where('user_id', '=', userId)
    .where('used_at', 'is', null)
    .execute();
}

export async function setPasswordHash(trx: Db, tenantId: string, userId: string, passwordHash: string): Promise<void> {
  await trx
    .updateTable('users')
    .set({ password_hash: passwordHash, failed_sign_ins: 0, locked_until: null })
    .where('tenant_id', '=', tenantId)
    .where('id', '=', userId)
    .execute();
}
