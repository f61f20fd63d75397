import type { Db } from '../db/connection.ts';

export interface LoginState {
  providerId: string;
  codeVerifier: string;
  nonce: string;
  returnTo: string;
}

export async function saveLoginState(db: Db, tenantId: string, stateHash: string, state: LoginState, expiresAt: Date): Promise<void> {
  await db
    .insertInto('oidc_login_states')
    .values({
      tenant_id: tenantId,
      state_hash: stateHash,
      provider_id: state.providerId,
      code_verifier: state.codeVerifier,
      nonce: state.nonce,
      return_to: state.returnTo,
      expires_at: expiresAt,
    })
    .execute();
}

/** Takes the state out (it works once) if it has not expired. */
export async function takeLoginState(db: Db, tenantId: string, stateHash: string, now: Date): Promise<LoginState | undefined> {
  const row = await db
    .deleteFrom('oidc_login_states')
    .where('tenant_id', '=', tenantId)
    .where('state_hash', '=', stateHash)
    .returning(['provider_id', 'code_verifier', 'nonce', 'return_to', 'expires_at'])
    .executeTakeFirst();
  if (!row || row.expires_at.getTime() <= now.getTime()) return undefined;
  return { providerId: row.provider_id, codeVerifier: row.code_verifier, nonce: row.nonce, returnTo: row.return_to };
}

export async function deleteExpiredLoginStates(db: Db, now: Date): Promise<void> {
  await db.deleteFrom('oidc_login_states').where('expires_at', '<', now).execute();
}
