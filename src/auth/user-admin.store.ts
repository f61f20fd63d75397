import type { Db } from '../db/connection.ts';
import type { Role } from './roles.ts';

export interface UserGrant {
  id: string;
  role: Role;
  organisationId: string | null;
  partyId: string | null;
  /** 'manual' or 'oidc' (mapped from single sign-on groups; replaced at each sign-on). */
  source: 'manual' | 'oidc';
}

export interface UserAccount {
  id: string;
  email: string;
  name: string;
  active: boolean;
  hasPassword: boolean;
  /** Set for accounts that sign in through OpenID Connect (issuer and subject). */
  externalSubject: string | null;
  lockedUntil: Date | null;
  createdAt: Date;
  grants: UserGrant[];
}

async function grantsByUser(db: Db, tenantId: string, userIds: string[]): Promise<Map<string, UserGrant[]>> {
  const byUser = new Map<string, UserGrant[]>();
  if (userIds.length === 0) return byUser;
  const rows = await db
    .selectFrom('role_grants')
    .select(['id', 'user_id', 'role', 'organisation_id', 'party_id', 'source'])
    .where('tenant_id', '=', tenantId)
    .where('user_id', 'in', userIds)
    .orderBy('role')
    .orderBy('id')
    .execute();
  for (const r of rows) {
    const list = byUser.get(r.user_id) ?? [];
    list.push({ id: r.id, role: r.role as Role, organisationId: r.organisation_id, partyId: r.party_id, source: r.source as UserGrant['source'] });
    byUser.set(r.user_id, list);
  }
  return byUser;
}

const userColumns = ['id', 'email', 'name', 'active', 'password_hash', 'external_subject', 'locked_until', 'created_at'] as const;

type UserRow = {
  id: string;
  email: string;
  name: string;
  active: boolean;
  password_hash: string | null;
  external_subject: string | null;
  locked_until: Date | null;
  created_at: Date;
};

const toAccount = (r: UserRow, grants: UserGrant[]): UserAccount => ({
  id: r.id,
  email: r.email,
  name: r.name,
  active: r.active,
  hasPassword: r.password_hash !== null,
  externalSubject: r.external_subject,
  lockedUntil: r.locked_until,
  createdAt: r.created_at,
  grants,
});

export async function listUsers(db: Db, tenantId: string): Promise<UserAccount[]> {
  const rows = await db.selectFrom('users').select(userColumns).where('tenant_id', '=', tenantId).orderBy('name').orderBy('email').execute();
  const grants = await grantsByUser(db, tenantId, rows.map((r) => r.id));
  return rows.map((r) => toAccount(r, grants.get(r.id) ?? []));
}

export async function findUserAccount(db: Db, tenantId: string, id: string): Promise<UserAccount | undefined> {
  const row = await db.selectFrom('users').select(userColumns).where('tenant_id', '=', tenantId).where('id', '=', id).executeTakeFirst();
  if (!row) return undefined;
  return toAccount(row, (await grantsByUser(db, tenantId, [row.id])).get(row.id) ?? []);
}

/** Locks the user's row: changes to one account's grants and status happen one at a time. */
export async function lockUser(trx: Db, tenantId: string, id: string): Promise<boolean> {
  const row = await trx.selectFrom('users').select('id').where('tenant_id', '=', tenantId).where('id', '=', id).forUpdate().executeTakeFirst();
  return row !== undefined;
}

export async function updateUserRow(trx: Db, tenantId: string, id: string, patch: { name?: string; email?: string; active?: boolean }): Promise<void> {
  await trx
    .updateTable('users')
    .set({
      ...(patch.name !== undefined ? { name: patch.name } : {}),
      ...(patch.email !== undefined ? { email: patch.email } : {}),
      ...(patch.active !== undefined ? { active: patch.active } : {}),
    })
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .execute();
}

export async function insertGrant(
  trx: Db,
  tenantId: string,
  userId: string,
  grant: { role: Role; organisationId: string | null; partyId: string | null; source?: 'manual' | 'oidc' },
): Promise<string> {
  const row = await trx
    .insertInto('role_grants')
    .values({
      tenant_id: tenantId,
      user_id: userId,
      role: grant.role,
      organisation_id: grant.organisationId,
      party_id: grant.partyId,
      source: grant.source ?? 'manual',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function deleteGrant(trx: Db, tenantId: string, userId: string, grantId: string): Promise<boolean> {
  const result = await trx
    .deleteFrom('role_grants')
    .where('tenant_id', '=', tenantId)
    .where('user_id', '=', userId)
    .where('id', '=', grantId)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/** Active accounts holding the administrator role, so the last one cannot be removed by mistake. */
export async function countActiveAdministrators(db: Db, tenantId: string): Promise<number> {
  const row = await db
    .selectFrom('role_grants')
    .innerJoin('users', (j) => j.onRef('users.tenant_id', '=', 'role_grants.tenant_id').onRef('users.id', '=', 'role_grants.user_id'))
    .select((eb) => eb.fn.count<number>('users.id').distinct().as('n'))
    .where('role_grants.tenant_id', '=', tenantId)
    .where('role_grants.role', '=', 'administrator')
    .where('users.active', '=', true)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function deleteSessionsOfUser(trx: Db, tenantId: string, userId: string): Promise<void> {
  await trx.deleteFrom('sessions').where('tenant_id', '=', tenantId).where('user_id', '=', userId).execute();
}
