/**
 * Configuring a tenant's single sign-on: the provider and which of its groups give which
 * role. Administrators only; every change is in the audit log, without the client secret.
 */
import { recordChange } from '../audit-log/audit-log.store.ts';
import type { Db } from '../db/connection.ts';
import { AppError, notFound } from '../http/errors.ts';
import { assertCan } from '../http/route.ts';
import { findOrganisation } from '../organisations/organisation.store.ts';
import { grantScopeProblem, normaliseGrant } from './grant-scope.ts';
import { isLoopbackIssuer } from './oidc-sign-in.ts';
import {
  deleteGroupRole,
  findOidcProvider,
  insertGroupRole,
  insertOidcProvider,
  listGroupRoles,
  updateOidcProvider,
  type GroupRole,
  type NewOidcProvider,
  type OidcProviderConfig,
} from './oidc-provider.store.ts';
import type { Actor, Role } from './roles.ts';

/** What the audit log may show of a provider: everything but the secret. */
const redacted = (p: OidcProviderConfig) => ({ ...p, clientSecret: p.clientSecret ? '(satt)' : null });

function checkIssuer(issuer: string) {
  let url: URL;
  try {
    url = new URL(issuer);
  } catch {
    throw new AppError('invalid_input', 'Utfärdaren måste vara en webbadress.');
  }
  if (url.protocol !== 'https:' && !isLoopbackIssuer(issuer)) throw new AppError('invalid_input', 'Utfärdaren måste använda https.');
}

export async function createOidcProvider(trx: Db, actor: Actor, tenantId: string, input: NewOidcProvider): Promise<OidcProviderConfig> {
  assertCan(actor, 'user.manage');
  checkIssuer(input.issuer);
  const created = await insertOidcProvider(trx, tenantId, input);
  await recordChange(trx, actor, { action: 'oidc-provider.create', entityType: 'oidc-provider', entityId: created.id, after: redacted(created) });
  return created;
}

export async function editOidcProvider(trx: Db, actor: Actor, tenantId: string, id: string, patch: Partial<NewOidcProvider>): Promise<OidcProviderConfig> {
  assertCan(actor, 'user.manage');
  const before = await findOidcProvider(trx, tenantId, id);
  if (!before) throw notFound('Inloggningstjänsten');
  if (patch.issuer !== undefined) checkIssuer(patch.issuer);
  await updateOidcProvider(trx, tenantId, id, patch);
  const after = (await findOidcProvider(trx, tenantId, id))!;
  await recordChange(trx, actor, { action: 'oidc-provider.update', entityType: 'oidc-provider', entityId: id, before: redacted(before), after: redacted(after) });
  return after;
}

export async function addGroupRole(
  trx: Db,
  actor: Actor,
  tenantId: string,
  providerId: string,
  input: { groupName: string; role: Role; organisationId?: string | null; partyId?: string | null },
): Promise<GroupRole> {
  assertCan(actor, 'user.manage');
  if (!(await findOidcProvider(trx, tenantId, providerId))) throw notFound('Inloggningstjänsten');
  const grant = normaliseGrant(input.role, input.organisationId, input.partyId);
  const problem = grantScopeProblem(grant);
  if (problem) throw new AppError('invalid_input', problem);
  if (grant.organisationId && !(await findOrganisation(trx, tenantId, grant.organisationId))) throw new AppError('invalid_input', 'Organisationen finns inte.');
  const groupName = input.groupName.trim();
  if (!groupName) throw new AppError('invalid_input', 'Ange gruppens namn som det står i anspråket.');
  const created = await insertGroupRole(trx, tenantId, providerId, { groupName, ...grant });
  await recordChange(trx, actor, { action: 'oidc-group-role.add', entityType: 'oidc-provider', entityId: providerId, after: created });
  return created;
}

export async function removeGroupRole(trx: Db, actor: Actor, tenantId: string, providerId: string, id: string): Promise<void> {
  assertCan(actor, 'user.manage');
  const before = (await listGroupRoles(trx, tenantId, providerId)).find((g) => g.id === id);
  if (!before || !(await deleteGroupRole(trx, tenantId, providerId, id))) throw notFound('Kopplingen');
  await recordChange(trx, actor, { action: 'oidc-group-role.remove', entityType: 'oidc-provider', entityId: providerId, before });
}
