import type { Selectable } from 'kysely';
import type { Db } from '../db/connection.ts';
import type { Membership, MembershipRole, Person } from './person.ts';
import type { MembershipsTable, PeopleTable } from './person.table.ts';

export function toPerson(r: Selectable<PeopleTable>): Person {
  return {
    id: r.id,
    givenName: r.given_name,
    familyName: r.family_name,
    name: `${r.given_name} ${r.family_name}`,
    partyId: r.party_id,
    note: r.note,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    deletedAt: r.deleted_at,
  };
}

export function toMembership(r: Selectable<MembershipsTable>): Membership {
  return {
    id: r.id,
    personId: r.person_id,
    organisationId: r.organisation_id,
    partyId: r.party_id,
    role: r.role as MembershipRole,
    startDate: r.start_date,
    endDate: r.end_date,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    deletedAt: r.deleted_at,
  };
}

export async function insertPerson(trx: Db, tenantId: string, p: { givenName: string; familyName: string; partyId?: string | null; note?: string | null }) {
  const row = await trx
    .insertInto('people')
    .values({ tenant_id: tenantId, given_name: p.givenName, family_name: p.familyName, party_id: p.partyId ?? null, note: p.note ?? null, deleted_at: null })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toPerson(row);
}

export async function insertMembership(
  trx: Db,
  tenantId: string,
  m: { personId: string; organisationId: string; partyId?: string | null; role: MembershipRole; startDate?: string | null; endDate?: string | null },
) {
  const row = await trx
    .insertInto('memberships')
    .values({
      tenant_id: tenantId,
      person_id: m.personId,
      organisation_id: m.organisationId,
      party_id: m.partyId ?? null,
      role: m.role,
      start_date: m.startDate ?? null,
      end_date: m.endDate ?? null,
      deleted_at: null,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toMembership(row);
}

export async function listPeople(db: Db, tenantId: string, options: { includeDeleted?: boolean } = {}): Promise<Person[]> {
  let q = db.selectFrom('people').selectAll().where('tenant_id', '=', tenantId);
  if (!options.includeDeleted) q = q.where('deleted_at', 'is', null);
  return (await q.orderBy('family_name').orderBy('given_name').orderBy('id').execute()).map(toPerson);
}

export async function findPerson(db: Db, tenantId: string, id: string): Promise<Person | undefined> {
  const row = await db.selectFrom('people').selectAll().where('tenant_id', '=', tenantId).where('id', '=', id).executeTakeFirst();
  return row ? toPerson(row) : undefined;
}

export async function findMembership(db: Db, tenantId: string, id: string, options: { lock?: boolean } = {}): Promise<Membership | undefined> {
  let q = db.selectFrom('memberships').selectAll().where('tenant_id', '=', tenantId).where('id', '=', id);
  if (options.lock) q = q.forUpdate();
  const row = await q.executeTakeFirst();
  return row ? toMembership(row) : undefined;
}

/** The seat's last day (it still counts on that day). */
export async function setMembershipEnd(trx: Db, tenantId: string, id: string, endDate: string): Promise<Membership> {
  const row = await trx
    .updateTable('memberships')
    .set({ end_date: endDate, updated_at: new Date() })
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
  return toMembership(row);
}

export async function listMemberships(db: Db, tenantId: string, filter: { organisationId?: string; personId?: string } = {}): Promise<Membership[]> {
  let q = db.selectFrom('memberships').selectAll().where('tenant_id', '=', tenantId).where('deleted_at', 'is', null);
  if (filter.organisationId) q = q.where('organisation_id', '=', filter.organisationId);
  if (filter.personId) q = q.where('person_id', '=', filter.personId);
  return (await q.orderBy('created_at').orderBy('id').execute()).map(toMembership);
}
