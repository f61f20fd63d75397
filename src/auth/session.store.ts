import { createHash, randomBytes } from 'node:crypto';
import type { Db } from '../db/connection.ts';
import type { Actor, Role, RoleGrant } from './roles.ts';

/** Sessions live in the database so any app process can serve any request. */
export const SESSION_TTL_MS = 12 * 60 * 60 * 1000;

const hashToken = (token: string) => createHash('sha256').update(token).digest('base64url');

export interface Session {
  id: string;
  userId: string;
  csrfToken: string;
  expiresAt: Date;
}

export async function createSession(db: Db, tenantId: string, userId: string, now = new Date()) {
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(24).toString('base64url');
  const expiresAt = new Date(now.getTime() + SESSION_TTL_MS);
  await db
    .insertInto('sessions')
    .values({ tenant_id: tenantId, id: hashToken(token), user_id: userId, csrf_token: csrfToken, expires_at: expiresAt })
    .execute();
  return { token, csrfToken, expiresAt };
}

export async function deleteSession(db: Db, tenantId: string, token: string): Promise<void> {
  await db.deleteFrom('sessions').where('tenant_id', '=', tenantId).where('id', '=', hashToken(token)).execute();
}

/** The signed-in actor for a session cookie, or undefined when it is unknown, expired or its user inactive. */
export async function loadSession(
  db: Db,
  tenantId: string,
  token: string,
  now = new Date(),
): Promise<{ session: Session; actor: Actor & { kind: 'user' } } | undefined> {
  const row = await db
    .selectFrom('sessions')
    .innerJoin('users', (join) =>
      join.onRef('users.tenant_id', '=', 'sessions.tenant_id').onRef('users.id', '=', 'sessions.user_id'),
    )
    .select([
      'sessions.id',
      'sessions.user_id',
      'sessions.csrf_token',
      'sessions.expires_at',
      'users.name',
      'users.email',
      'users.active',
    ])
    .where('sessions.tenant_id', '=', tenantId)
    .where('sessions.id', '=', hashToken(token))
    .executeTakeFirst();
  if (!row || !row.active || row.expires_at.getTime() <= now.getTime()) return undefined;
  const grants = await loadGrants(db, tenantId, row.user_id);
  return {
    session: { id: row.id, userId: row.user_id, csrfToken: row.csrf_token, expiresAt: row.expires_at },
    actor: { kind: 'user', tenantId, userId: row.user_id, name: row.name, email: row.email, grants },
  };
}

export async function loadGrants(db: Db, tenantId: string, userId: string): Promise<RoleGrant[]> {
  const rows = await db
    .selectFrom('role_grants')
    .select(['role', 'organisation_id', 'party_id'])
    .where('tenant_id', '=', tenantId)
    .where('user_id', '=', userId)
    .execute();
  return rows.map((r) => ({ role: r.role as Role, organisationId: r.organisation_id, partyId: r.party_id }));
}

export async function deleteExpiredSessions(db: Db, now = new Date()): Promise<number> {
  const result = await db.deleteFrom('sessions').where('expires_at', '<=', now).executeTakeFirst();
  return Number(result.numDeletedRows);
}
