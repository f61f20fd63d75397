/**
 * Single sign-on through a tenant's OpenID Connect provider: authorization code flow with
 * PKCE, state and nonce (openid-client v6). The state lives in the database, so the provider
 * may send the user back to any app process. The provider's groups decide the user's grants:
 * grants that came from single sign-on are replaced at every sign-on, grants an administrator
 * gave by hand stay.
 */
import * as oidc from 'openid-client';
import { recordChange } from '../audit-log/audit-log.store.ts';
import type { Db } from '../db/connection.ts';
import { AppError } from '../http/errors.ts';
import { sameGrant } from './grant-scope.ts';
import { deleteExpiredLoginStates, saveLoginState, takeLoginState } from './oidc-login-state.store.ts';
import { findOidcProvider, listGroupRoles, type OidcProviderConfig } from './oidc-provider.store.ts';
import { externalSubject, grantsFromGroups, groupsFromClaims } from './oidc-roles.ts';
import type { RoleGrant } from './roles.ts';
import { hashSecretToken } from './secret-token.ts';
import { createSession } from './session.store.ts';
import { findUserAccount, insertGrant } from './user-admin.store.ts';
import { findUserByEmail, insertUser } from './user.store.ts';

/** A login must come back within ten minutes. */
const STATE_TTL_MS = 10 * 60 * 1000;
const DISCOVERY_TTL_MS = 10 * 60 * 1000;

/** Why a single sign-on failed, as a closed list the sign-in page explains in Swedish. */
export const SSO_FAILURES = ['failed', 'expired', 'no-roles', 'inactive', 'email-taken'] as const;
export type SsoFailure = (typeof SSO_FAILURES)[number];

export class SsoError extends Error {
  constructor(
    readonly reason: SsoFailure,
    detail: string,
  ) {
    super(detail);
    this.name = 'SsoError';
  }
}

/** Plain http is accepted only for a provider on this machine (development and tests). */
export function isLoopbackIssuer(issuer: string): boolean {
  const url = new URL(issuer);
  return url.protocol === 'http:' && ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
}

const configurations = new Map<string, { at: number; config: oidc.Configuration }>();

async function clientConfiguration(provider: OidcProviderConfig): Promise<oidc.Configuration> {
  const key = `${provider.id}\u0000${provider.issuer}\u0000${provider.clientId}\u0000${provider.clientSecret ?? ''}`;
  const cached = configurations.get(key);
  if (cached && Date.now() - cached.at < DISCOVERY_TTL_MS) return cached.config;
  const insecure = isLoopbackIssuer(provider.issuer);
  if (!insecure && new URL(provider.issuer).protocol !== 'https:') {
    throw new SsoError('failed', 'Utfärdaren måste använda https.');
  }
  let config: oidc.Configuration;
  try {
    config = await oidc.discovery(
      new URL(provider.issuer),
      provider.clientId,
      provider.clientSecret ?? undefined,
      provider.clientSecret ? undefined : oidc.None(),
      insecure ? { execute: [oidc.allowInsecureRequests] } : undefined,
    );
  } catch (error) {
    throw new SsoError('failed', `Utfärdaren ${provider.issuer} svarar inte som väntat: ${(error as Error).message}`);
  }
  configurations.set(key, { at: Date.now(), config });
  return config;
}

/** Starts a sign-on: remembers state, nonce and PKCE verifier, returns where to send the browser. */
export async function beginSignOn(db: Db, tenantId: string, providerId: string, redirectUri: string, returnTo: string, now = new Date()): Promise<URL> {
  const provider = await findOidcProvider(db, tenantId, providerId);
  if (!provider || !provider.enabled) throw new AppError('not_found', 'Inloggningstjänsten finns inte.');
  const config = await clientConfiguration(provider);
  const codeVerifier = oidc.randomPKCECodeVerifier();
  const state = oidc.randomState();
  const nonce = oidc.randomNonce();
  await deleteExpiredLoginStates(db, now);
  await saveLoginState(db, tenantId, hashSecretToken(state), { providerId, codeVerifier, nonce, returnTo }, new Date(now.getTime() + STATE_TTL_MS));
  return oidc.buildAuthorizationUrl(config, {
    redirect_uri: redirectUri,
    scope: provider.scopes,
    state,
    nonce,
    code_challenge: await oidc.calculatePKCECodeChallenge(codeVerifier),
    code_challenge_method: 'S256',
  });
}

function claimString(claims: Record<string, unknown>, name: string): string | undefined {
  const v = claims[name];
  return typeof v === 'string' && v.trim() ? v.trim() : undefined;
}

/**
 * Finishes a sign-on when the provider sends the browser back: checks state, nonce and PKCE,
 * reads the person's claims and groups, finds or creates the account, replaces its
 * single-sign-on grants and opens a session.
 */
export async function completeSignOn(db: Db, tenantId: string, callbackUrl: URL, now = new Date()) {
  const state = callbackUrl.searchParams.get('state');
  if (!state) throw new SsoError('failed', 'Svaret saknar state.');
  const saved = await takeLoginState(db, tenantId, hashSecretToken(state), now);
  if (!saved) throw new SsoError('expired', 'Inloggningen är okänd, redan använd eller för gammal.');
  const provider = await findOidcProvider(db, tenantId, saved.providerId);
  if (!provider || !provider.enabled) throw new SsoError('failed', 'Inloggningstjänsten är inte längre påslagen.');
  const config = await clientConfiguration(provider);

  let claims: Record<string, unknown>;
  try {
    const tokens = await oidc.authorizationCodeGrant(config, callbackUrl, {
      pkceCodeVerifier: saved.codeVerifier,
      expectedState: state,
      expectedNonce: saved.nonce,
      idTokenExpected: true,
    });
    const idClaims = tokens.claims()!;
    claims = { ...idClaims };
    // Many providers put e-mail, name and groups only in the userinfo response.
    if (!(provider.groupsClaim in claims) || !claims.email) {
      const info = await oidc.fetchUserInfo(config, tokens.access_token, idClaims.sub);
      // The signed ID token wins where both say something.
      claims = { ...info, ...idClaims };
    }
  } catch (error) {
    if (error instanceof SsoError) throw error;
    throw new SsoError('failed', (error as Error).message);
  }

  const subject = externalSubject(provider.issuer, String(claims.sub));
  const mapped = grantsFromGroups(groupsFromClaims(claims, provider.groupsClaim), await listGroupRoles(db, tenantId, provider.id));
  const email = claimString(claims, 'email') ?? `${String(claims.sub)}@${new URL(provider.issuer).hostname}`;
  const name = claimString(claims, 'name') ?? ([claimString(claims, 'given_name'), claimString(claims, 'family_name')].filter(Boolean).join(' ') || email);

  return db.transaction().execute(async (trx) => {
    const system = { kind: 'system' as const, tenantId, label: `Inloggning via ${provider.name}` };
    let user = await trx.selectFrom('users').selectAll().where('tenant_id', '=', tenantId).where('external_subject', '=', subject).forUpdate().executeTakeFirst();
    if (!user) {
      const byEmail = await findUserByEmail(trx, tenantId, email);
      if (byEmail) {
        // Link an existing local account only when the provider vouches for the address.
        if (byEmail.external_subject || claims.email_verified !== true) {
          throw new SsoError('email-taken', `E-postadressen ${email} hör redan till ett annat konto.`);
        }
        await trx.updateTable('users').set({ external_subject: subject }).where('tenant_id', '=', tenantId).where('id', '=', byEmail.id).execute();
        await recordChange(trx, system, { action: 'user.link-sso', entityType: 'user', entityId: byEmail.id, after: { externalSubject: subject } });
        user = { ...byEmail, external_subject: subject };
      } else {
        if (mapped.length === 0) throw new SsoError('no-roles', 'Inga av dina grupper ger behörighet i Uppsikt.');
        const id = await insertUser(trx, tenantId, { email, name, passwordHash: null, grants: [] });
        await trx.updateTable('users').set({ external_subject: subject }).where('tenant_id', '=', tenantId).where('id', '=', id).execute();
        await recordChange(trx, system, { action: 'user.create', entityType: 'user', entityId: id, after: { email, name, externalSubject: subject } });
        user = (await trx.selectFrom('users').selectAll().where('tenant_id', '=', tenantId).where('id', '=', id).executeTakeFirstOrThrow());
      }
    }
    if (!user.active) throw new SsoError('inactive', 'Kontot är avstängt.');
    await syncSsoGrants(trx, tenantId, user.id, mapped, system);
    const account = (await findUserAccount(trx, tenantId, user.id))!;
    if (account.grants.length === 0) throw new SsoError('no-roles', 'Inga av dina grupper ger behörighet i Uppsikt.');
    const session = await createSession(trx, tenantId, user.id, now);
    return { user: { id: account.id, name: account.name, email: account.email }, returnTo: saved.returnTo, ...session };
  });
}

/** Replaces the grants that came from single sign-on with those the groups give now. */
async function syncSsoGrants(trx: Db, tenantId: string, userId: string, mapped: RoleGrant[], actor: { kind: 'system'; tenantId: string; label: string }) {
  const before = ((await findUserAccount(trx, tenantId, userId))?.grants ?? []).filter((g) => g.source === 'oidc');
  const unchanged = before.length === mapped.length && before.every((g) => mapped.some((m) => sameGrant(g, m)));
  if (unchanged) return;
  await trx.deleteFrom('role_grants').where('tenant_id', '=', tenantId).where('user_id', '=', userId).where('source', '=', 'oidc').execute();
  for (const grant of mapped) await insertGrant(trx, tenantId, userId, { ...grant, source: 'oidc' });
  await recordChange(trx, actor, { action: 'role-grant.sync-sso', entityType: 'user', entityId: userId, before, after: mapped });
}
