import { recordChange } from '../audit-log/audit-log.store.ts';
import type { Actor } from '../auth/roles.ts';
import type { Db } from '../db/connection.ts';
import { AppError, notFound } from '../http/errors.ts';
import { assertCan } from '../http/route.ts';
import { findOrganisation, organisationScope } from '../organisations/organisation.store.ts';
import type { Tenant } from '../tenants/tenant.ts';
import { endRefusal, type MembershipRole } from './person.ts';
import { findMembership, findPerson, insertMembership, insertPerson, setMembershipEnd } from './person.store.ts';

export interface CreatePersonInput {
  givenName: string;
  familyName: string;
  partyId?: string | null;
  note?: string | null;
  memberships?: Array<{ organisationId: string; role: MembershipRole; partyId?: string | null; startDate?: string | null; endDate?: string | null }>;
}

/** An official and the bodies they sit in (for their party unless another is given). */
export async function createPerson(trx: Db, actor: Actor, tenant: Tenant, input: CreatePersonInput) {
  const memberships = input.memberships ?? [];
  if (memberships.length === 0) assertCan(actor, 'person.manage', { organisationIds: [] });
  for (const m of memberships) {
    if (!(await findOrganisation(trx, tenant.id, m.organisationId))) throw new AppError('invalid_input', 'Okänd organisation.');
    assertCan(actor, 'person.manage', { organisationIds: await organisationScope(trx, tenant.id, m.organisationId) });
  }
  const person = await insertPerson(trx, tenant.id, input);
  await recordChange(trx, actor, { action: 'person.create', entityType: 'person', entityId: person.id, after: person });
  const created = [];
  for (const m of memberships) {
    const membership = await insertMembership(trx, tenant.id, { ...m, personId: person.id, partyId: m.partyId ?? input.partyId ?? null });
    await recordChange(trx, actor, { action: 'membership.create', entityType: 'membership', entityId: membership.id, after: membership });
    created.push(membership);
  }
  return { ...person, memberships: created };
}

export async function addMembership(
  trx: Db,
  actor: Actor,
  tenant: Tenant,
  personId: string,
  m: { organisationId: string; role: MembershipRole; partyId?: string | null; startDate?: string | null; endDate?: string | null },
) {
  const person = await findPerson(trx, tenant.id, personId);
  if (!person || person.deletedAt) throw notFound('Personen');
  assertCan(actor, 'person.manage', { organisationIds: await organisationScope(trx, tenant.id, m.organisationId) });
  const membership = await insertMembership(trx, tenant.id, { ...m, personId, partyId: m.partyId ?? person.partyId });
  await recordChange(trx, actor, { action: 'membership.create', entityType: 'membership', entityId: membership.id, after: membership });
  return membership;
}

/**
 * Ends a seat: `endDate` is its last day (the member still counts at a meeting that day, not
 * after). Refused when the day is before the seat began (invalid_input) or the seat already
 * ended earlier (invalid_transition); ending again on the same day changes nothing.
 */
export async function endMembership(trx: Db, actor: Actor, tenant: Tenant, membershipId: string, endDate: string) {
  const membership = await findMembership(trx, tenant.id, membershipId, { lock: true });
  if (!membership || membership.deletedAt) throw notFound('Uppdraget');
  assertCan(actor, 'person.manage', { organisationIds: await organisationScope(trx, tenant.id, membership.organisationId) });
  if (!/^\d{4}-\d{2}-\d{2}$/.test(endDate)) throw new AppError('invalid_input', 'Ange datum som ÅÅÅÅ-MM-DD.');
  const refusal = endRefusal(membership, endDate);
  if (refusal === 'before-start') throw new AppError('invalid_input', `Uppdraget kan inte sluta före det började (${membership.startDate}).`);
  if (refusal === 'already-ended') {
    throw new AppError('invalid_transition', `Uppdraget är redan avslutat ${membership.endDate}.`, { endDate: membership.endDate });
  }
  if (membership.endDate === endDate) return membership;
  const ended = await setMembershipEnd(trx, tenant.id, membershipId, endDate);
  await recordChange(trx, actor, {
    action: 'membership.end',
    entityType: 'membership',
    entityId: membershipId,
    before: { endDate: membership.endDate },
    after: { endDate },
  });
  return ended;
}
