import type { Selectable } from 'kysely';
import type { Db } from '../db/connection.ts';
import { coveringOrganisations, type Organisation, type OrganisationKind, type Party } from './organisation.ts';
import type { OrganisationsTable } from './organisation.table.ts';

const toOrganisation = (r: Selectable<OrganisationsTable>): Organisation => ({
  id: r.id,
  kind: r.kind as OrganisationKind,
  name: r.name,
  shortName: r.short_name,
  parentId: r.parent_id,
  servesId: r.serves_id,
  sortOrder: r.sort_order,
});

export async function listOrganisations(db: Db, tenantId: string, kinds?: readonly OrganisationKind[]): Promise<Organisation[]> {
  let query = db.selectFrom('organisations').selectAll().where('tenant_id', '=', tenantId);
  if (kinds && kinds.length > 0) query = query.where('kind', 'in', [...kinds]);
  const rows = await query.orderBy('sort_order').orderBy('name').execute();
  return rows.map(toOrganisation);
}

export async function findOrganisation(db: Db, tenantId: string, id: string): Promise<Organisation | undefined> {
  const row = await db.selectFrom('organisations').selectAll().where('tenant_id', '=', tenantId).where('id', '=', id).executeTakeFirst();
  return row ? toOrganisation(row) : undefined;
}

export interface NewOrganisation {
  id?: string;
  kind: OrganisationKind;
  name: string;
  shortName?: string | null;
  parentId?: string | null;
  servesId?: string | null;
  sortOrder?: number;
}

export async function insertOrganisation(trx: Db, tenantId: string, o: NewOrganisation): Promise<Organisation> {
  const row = await trx
    .insertInto('organisations')
    .values({
      tenant_id: tenantId,
      ...(o.id ? { id: o.id } : {}),
      kind: o.kind,
      name: o.name,
      short_name: o.shortName ?? null,
      parent_id: o.parentId ?? null,
      serves_id: o.servesId ?? null,
      sort_order: o.sortOrder ?? 0,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toOrganisation(row);
}

/** Organisation ids whose grants cover the given organisation (see coveringOrganisations). */
export async function organisationScope(db: Db, tenantId: string, organisationId: string): Promise<string[]> {
  return coveringOrganisations(organisationId, await listOrganisations(db, tenantId));
}

export async function listParties(db: Db, tenantId: string): Promise<Party[]> {
  const rows = await db.selectFrom('parties').select(['id', 'abbreviation', 'name']).where('tenant_id', '=', tenantId).orderBy('abbreviation').execute();
  return rows;
}

export async function insertParty(trx: Db, tenantId: string, p: Omit<Party, 'id'> & { id?: string }): Promise<Party> {
  return trx
    .insertInto('parties')
    .values({ tenant_id: tenantId, ...(p.id ? { id: p.id } : {}), abbreviation: p.abbreviation, name: p.name })
    .returning(['id', 'abbreviation', 'name'])
    .executeTakeFirstOrThrow();
}

export type OrganisationPatch = Partial<Pick<NewOrganisation, 'name' | 'shortName' | 'parentId' | 'servesId' | 'sortOrder'>>;

export async function updateOrganisation(trx: Db, tenantId: string, id: string, patch: OrganisationPatch): Promise<Organisation | undefined> {
  const row = await trx
    .updateTable('organisations')
    .set({
      ...(patch.name !== undefined ? { name: patch.name } : {}),
      ...(patch.shortName !== undefined ? { short_name: patch.shortName } : {}),
      ...(patch.parentId !== undefined ? { parent_id: patch.parentId } : {}),
      ...(patch.servesId !== undefined ? { serves_id: patch.servesId } : {}),
      ...(patch.sortOrder !== undefined ? { sort_order: patch.sortOrder } : {}),
      updated_at: new Date(),
    })
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirst();
  return row ? toOrganisation(row) : undefined;
}
