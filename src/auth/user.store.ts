import type { Db } from '../db/connection.ts';
import type { RoleGrant } from './roles.ts';

export interface NewUser {
  email: string;
  name: string;
  passwordHash: string | null;
  grants: RoleGrant[];
}

export async function insertUser(db: Db, tenantId: string, user: NewUser): Promise<string> {
  const { id } = await db
    .insertInto('users')
    .values({ tenant_id: tenantId, email: user.email, name: user.name, password_hash: user.passwordHash })
    .returning('id')
    .executeTakeFirstOrThrow();
  if (user.grants.length > 0) {
    await db
      .insertInto('role_grants')
      .values(
        user.grants.map((g) => ({
          tenant_id: tenantId,
          user_id: id,
          role: g.role,
          organisation_id: g.organisationId,
          party_id: g.partyId,
        })),
      )
      .execute();
  }
  return id;
}

export async function findUserByEmail(db: Db, tenantId: string, email: string) {
  return db
    .selectFrom('users')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where((eb) => eb.fn('lower', ['email']), '=', email.toLowerCase())
    .executeTakeFirst();
}

export async function recordSignInFailure(db: Db, tenantId: string, userId: string, lockUntil: Date | null) {
  await db
    .updateTable('users')
    .set((eb) => ({ failed_sign_ins: eb('failed_sign_ins', '+', 1), locked_until: lockUntil }))
    .where('tenant_id', '=', tenantId)
    .where('id', '=', userId)
    .execute();
}

export async function recordSignInSuccess(db: Db, tenantId: string, userId: string) {
  await db
    .updateTable('users')
    .set({ failed_sign_ins: 0, locked_until: null })
    .where('tenant_id', '=', tenantId)
    .where('id', '=', userId)
    .execute();
}
