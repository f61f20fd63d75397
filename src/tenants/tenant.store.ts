import type { Selectable } from 'kysely';
import type { Db } from '../db/connection.ts';
import type { Tenant } from './tenant.ts';
import type { TenantsTable } from './tenant.table.ts';

const toTenant = (row: Selectable<TenantsTable>): Tenant => ({
  id: row.tenant_id,
  name: row.name,
  dnrFormats: row.dnr_formats,
  hostnames: row.hostnames,
});

export async function listTenants(db: Db): Promise<Tenant[]> {
  const rows = await db.selectFrom('tenants').selectAll().orderBy('tenant_id').execute();
  return rows.map(toTenant);
}

export async function findTenant(db: Db, tenantId: string): Promise<Tenant | undefined> {
  const row = await db.selectFrom('tenants').selectAll().where('tenant_id', '=', tenantId).executeTakeFirst();
  return row ? toTenant(row) : undefined;
}

export async function insertTenant(db: Db, tenant: Tenant): Promise<void> {
  await db
    .insertInto('tenants')
    .values({ tenant_id: tenant.id, name: tenant.name, dnr_formats: tenant.dnrFormats, hostnames: tenant.hostnames })
    .execute();
}

export async function hasAnyTenant(db: Db): Promise<boolean> {
  return (await db.selectFrom('tenants').select('tenant_id').limit(1).executeTakeFirst()) !== undefined;
}
