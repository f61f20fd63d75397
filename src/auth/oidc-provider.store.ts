import type { Db } from '../db/connection.ts';
import type { Role } from './roles.ts';

/** A tenant's OpenID Connect provider as configured by its administrator. */
export interface OidcProviderConfig {
  id: string;
  name: string;
  issuer: string;
  clientId: string;
  clientSecret: string | null;
  scopes: string;
  groupsClaim: string;
  enabled: boolean;
}

export interface GroupRole {
  id: string;
  groupName: string;
  role: Role;
  organisationId: string | null;
  partyId: string | null;
}

const columns = ['id', 'name', 'issuer', 'client_id', 'client_secret', 'scopes', 'groups_claim', 'enabled'] as const;

const toProvider = (r: {
  id: string;
  name: string;
  issuer: string;
  client_id: string;
  client_secret: string | null;
  scopes: string;
  groups_claim: string;
  enabled: boolean;
}): OidcProviderConfig => ({
  id: r.id,
  name: r.name,
  issuer: r.issuer,
  clientId: r.client_id,
  clientSecret: r.client_secret,
  scopes: r.scopes,
  groupsClaim: r.groups_claim,
  enabled: r.enabled,
});

export async function listOidcProviders(db: Db, tenantId: string, onlyEnabled = false): Promise<OidcProviderConfig[]> {
  let query = db.selectFrom('oidc_providers').select(columns).where('tenant_id', '=', tenantId);
  if (onlyEnabled) query = query.where('enabled', '=', true);
  return (await query.orderBy('name').execute()).map(toProvider);
}

export async function findOidcProvider(db: Db, tenantId: string, id: string): Promise<OidcProviderConfig | undefined> {
  const row = await db.selectFrom('oidc_providers').select(columns).where('tenant_id', '=', tenantId).where('id', '=', id).executeTakeFirst();
  return row ? toProvider(row) : undefined;
}

export interface NewOidcProvider {
  name: string;
  issuer: string;
  clientId: string;
  clientSecret: string | null;
  scopes?: string;
  groupsClaim?: string;
  enabled?: boolean;
}

export async function insertOidcProvider(trx: Db, tenantId: string, p: NewOidcProvider): Promise<OidcProviderConfig> {
  const row = await trx
    .insertInto('oidc_providers')
    .values({
      tenant_id: tenantId,
      name: p.name,
      issuer: p.issuer,
      client_id: p.clientId,
      client_secret: p.clientSecret,
      ...(p.scopes ? { scopes: p.scopes } : {}),
      ...(p.groupsClaim ? { groups_claim: p.groupsClaim } : {}),
      ...(p.enabled === undefined ? {} : { enabled: p.enabled }),
    })
    .returning(columns)
    .executeTakeFirstOrThrow();
  return toProvider(row);
}

export async function updateOidcProvider(trx: Db, tenantId: string, id: string, p: Partial<NewOidcProvider>): Promise<void> {
  await trx
    .updateTable('oidc_providers')
    .set({
      ...(p.name !== undefined ? { name: p.name } : {}),
      ...(p.issuer !== undefined ? { issuer: p.issuer } : {}),
      ...(p.clientId !== undefined ? { client_id: p.clientId } : {}),
      ...(p.clientSecret ? { client_secret: p.clientSecret } : {}),
      ...(p.scopes !== undefined ? { scopes: p.scopes } : {}),
      ...(p.groupsClaim !== undefined ? { groups_claim: p.groupsClaim } : {}),
      ...(p.enabled !== undefined ? { enabled: p.enabled } : {}),
      updated_at: new Date(),
    })
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .execute();
}

export async function listGroupRoles(db: Db, tenantId: string, providerId: string): Promise<GroupRole[]> {
  const rows = await db
    .selectFrom('oidc_group_roles')
    .select(['id', 'group_name', 'role', 'organisation_id', 'party_id'])
    .where('tenant_id', '=', tenantId)
    .where('provider_id', '=', providerId)
    .orderBy('group_name')
    .orderBy('role')
    .execute();
  return rows.map((r) => ({ id: r.id, groupName: r.group_name, role: r.role as Role, organisationId: r.organisation_id, partyId: r.party_id }));
}

export async function insertGroupRole(trx: Db, tenantId: string, providerId: string, g: Omit<GroupRole, 'id'>): Promise<GroupRole> {
  const row = await trx
    .insertInto('oidc_group_roles')
    .values({ tenant_id: tenantId, provider_id: providerId, group_name: g.groupName, role: g.role, organisation_id: g.organisationId, party_id: g.partyId })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { id: row.id, ...g };
}

export async function deleteGroupRole(trx: Db, tenantId: string, providerId: string, id: string): Promise<boolean> {
  const result = await trx
    .deleteFrom('oidc_group_roles')
    .where('tenant_id', '=', tenantId)
    .where('provider_id', '=', providerId)
    .where('id', '=', id)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}
