/**
 * Accounts and role grants as the administrator manages them, each inside the caller's
 * transaction with its permission check and audit entry. An administrator cannot switch off
 * or strip the last active administrator, so a tenant is never left without one.
 */
import { recordChange } from '../audit-log/audit-log.store.ts';
import type { Db } from '../db/connection.ts';
import { AppError, notFound } from '../http/errors.ts';
import { assertCan } from '../http/route.ts';
import { findOrganisation } from '../organisations/organisation.store.ts';
import { grantScopeProblem, normaliseGrant, sameGrant } from './grant-scope.ts';
import type { Actor, Role } from './roles.ts';
import {
  countActiveAdministrators,
  deleteGrant,
  deleteSessionsOfUser,
  findUserAccount,
  insertGrant,
  lockUser,
  updateUserRow,
  type UserAccount,
} from './user-admin.store.ts';
import { findUserByEmail, insertUser } from './user.store.ts';

export interface GrantInput {
  role: Role;
  organisationId?: string | null;
  partyId?: string | null;
}

async function checkedGrant(trx: Db, tenantId: string, input: GrantInput) {
  const grant = normaliseGrant(input.role, input.organisationId, input.partyId);
  const problem = grantScopeProblem(grant);
  if (problem) throw new AppError('invalid_input', problem);
  if (grant.organisationId && !(await findOrganisation(trx, tenantId, grant.organisationId))) {
    throw new AppError('invalid_input', 'Organisationen finns inte.');
  }
  if (grant.partyId) {
    const party = await trx.selectFrom('parties').select('id').where('tenant_id', '=', tenantId).where('id', '=', grant.partyId).executeTakeFirst();
    if (!party) throw new AppError('invalid_input', 'Partiet finns inte.');
  }
  return grant;
}

export async function createUserAccount(
  trx: Db,
  actor: Actor,
  tenantId: string,
  input: { email: string; name: string; grants?: GrantInput[] },
): Promise<UserAccount> {
  assertCan(actor, 'user.manage');
  const email = input.email.trim();
  if (await findUserByEmail(trx, tenantId, email)) throw new AppError('duplicate', 'Det finns redan ett konto med den e-postadressen.');
  const grants = [];
  for (const g of input.grants ?? []) grants.push(await checkedGrant(trx, tenantId, g));
  // No password: the person sets one through a reset link, or signs in through single sign-on.
  const id = await insertUser(trx, tenantId, { email, name: input.name.trim(), passwordHash: null, grants });
  const created = (await findUserAccount(trx, tenantId, id))!;
  await recordChange(trx, actor, { action: 'user.create', entityType: 'user', entityId: id, after: created });
  return created;
}

export async function updateUserAccount(
  trx: Db,
  actor: Actor,
  tenantId: string,
  id: string,
  patch: { name?: string | undefined; email?: string | undefined; active?: boolean | undefined },
): Promise<UserAccount> {
  assertCan(actor, 'user.manage');
  if (!(await lockUser(trx, tenantId, id))) throw notFound('Kontot');
  const before = (await findUserAccount(trx, tenantId, id))!;
  if (patch.email !== undefined && patch.email.trim().toLowerCase() !== before.email.toLowerCase()) {
    if (await findUserByEmail(trx, tenantId, patch.email)) throw new AppError('duplicate', 'Det finns redan ett konto med den e-postadressen.');
  }
  if (patch.active === false && before.active) {
    if (actor.kind === 'user' && actor.userId === id) throw new AppError('not_applicable', 'Du kan inte stänga av ditt eget konto.');
    if (before.grants.some((g) => g.role === 'administrator') && (await countActiveAdministrators(trx, tenantId)) <= 1) {
      throw new AppError('not_applicable', 'Kommunen måste ha minst en aktiv administratör.');
    }
  }
  await updateUserRow(trx, tenantId, id, {
    ...(patch.name !== undefined ? { name: patch.name.trim() } : {}),
    ...(patch.email !== undefined ? { email: patch.email.trim() } : {}),
    ...(patch.active !== undefined ? { active: patch.active } : {}),
  });
  // A switched-off account is signed out at once, not when its sessions expire.
  if (patch.active === false) await deleteSessionsOfUser(trx, tenantId, id);
  const after = (await findUserAccount(trx, tenantId, id))!;
  await recordChange(trx, actor, { action: 'user.update', entityType: 'user', entityId: id, before, after });
  return after;
}

export async function addRoleGrant(trx: Db, actor: Actor, tenantId: string, userId: string, input: GrantInput): Promise<UserAccount> {
  assertCan(actor, 'user.manage');
  if (!(await lockUser(trx, tenantId, userId))) throw notFound('Kontot');
  const grant = await checkedGrant(trx, tenantId, input);
  const before = (await findUserAccount(trx, tenantId, userId))!;
  if (before.grants.some((g) => g.source === 'manual' && sameGrant(g, grant))) {
    throw new AppError('duplicate', 'Personen har redan den behörigheten.');
  }
  const grantId = await insertGrant(trx, tenantId, userId, grant);
  const after = (await findUserAccount(trx, tenantId, userId))!;
  await recordChange(trx, actor, {
    action: 'role-grant.add',
    entityType: 'user',
    entityId: userId,
    before: before.grants,
    after: after.grants.find((g) => g.id === grantId),
  });
  return after;
}

export async function removeRoleGrant(trx: Db, actor: Actor, tenantId: string, userId: string, grantId: string): Promise<UserAccount> {
  assertCan(actor, 'user.manage');
  if (!(await lockUser(trx, tenantId, userId))) throw notFound('Kontot');
  const before = (await findUserAccount(trx, tenantId, userId))!;
  const grant = before.grants.find((g) => g.id === grantId);
  if (!grant) throw notFound('Behörigheten');
  if (grant.role === 'administrator' && before.active) {
    const otherAdminGrant = before.grants.some((g) => g.id !== grantId && g.role === 'administrator');
    if (!otherAdminGrant && (await countActiveAdministrators(trx, tenantId)) <= 1) {
      throw new AppError('not_applicable', 'Kommunen måste ha minst en aktiv administratör.');
    }
  }
  await deleteGrant(trx, tenantId, userId, grantId);
  const after = (await findUserAccount(trx, tenantId, userId))!;
  await recordChange(trx, actor, { action: 'role-grant.remove', entityType: 'user', entityId: userId, before: grant, after: after.grants });
  return after;
}
