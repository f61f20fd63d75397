import { recordChange } from '../audit-log/audit-log.store.ts';
import type { Actor } from '../auth/roles.ts';
import type { Db } from '../db/connection.ts';
import { AppError, notFound } from '../http/errors.ts';
import { assertCan } from '../http/route.ts';
import { findMatter } from '../matters/matter.store.ts';
import { findOrganisation, organisationScope } from '../organisations/organisation.store.ts';
import { listMemberships } from '../people/person.store.ts';
import { activeOn, isVotingRole } from '../people/person.ts';
import type { Tenant } from '../tenants/tenant.ts';
import { cancelRefusal, meetingDay, type Attendance, type Meeting } from './meeting.ts';
import { findMeeting, insertAgendaItem, insertMeeting, listAgendaItems, replaceAttendance, updateMeeting, findAgendaItem } from './meeting.store.ts';
import { tn } from '../i18n/messages.ts';

export async function assertManagesMeetingsOf(trx: Db, actor: Actor, tenantId: string, organisationId: string) {
  assertCan(actor, 'meeting.manage', { organisationIds: await organisationScope(trx, tenantId, organisationId) });
}

export async function createMeeting(trx: Db, actor: Actor, tenant: Tenant, input: { organisationId: string; startsAt: Date; endsAt?: Date | null; place: string }) {
  if (!(await findOrganisation(trx, tenant.id, input.organisationId))) throw new AppError('invalid_input', 'Okänd organisation.');
  await assertManagesMeetingsOf(trx, actor, tenant.id, input.organisationId);
  const meeting = await insertMeeting(trx, tenant.id, input);
  await recordChange(trx, actor, { action: 'meeting.create', entityType: 'meeting', entityId: meeting.id, after: meeting });
  return meeting;
}

/** The meeting locked for a change by someone who manages its body's meetings. */
export async function meetingForChange(trx: Db, actor: Actor, tenant: Tenant, meetingId: string): Promise<Meeting> {
  const meeting = await findMeeting(trx, tenant.id, meetingId, { lock: true });
  if (!meeting || meeting.deletedAt) throw notFound('Sammanträdet');
  await assertManagesMeetingsOf(trx, actor, tenant.id, meeting.organisationId);
  return meeting;
}

export async function addAgendaItem(
  trx: Db,
  actor: Actor,
  tenant: Tenant,
  meetingId: string,
  input: { number: string; title?: string; matterId?: string | null; public?: boolean },
) {
  const meeting = await meetingForChange(trx, actor, tenant, meetingId);
  if (meeting.state === 'held' || meeting.state === 'cancelled') throw new AppError('locked', 'Sammanträdet är redan hållet eller inställt.');
  let title = input.title;
  if (input.matterId) {
    const matter = await findMatter(trx, tenant.id, input.matterId);
    if (!matter || matter.deletedAt) throw new AppError('invalid_input', 'Ärendet finns inte.');
    title ??= matter.subject;
  }
  if (!title) throw new AppError('invalid_input', 'En punkt på föredragningslistan behöver en rubrik eller ett ärende.');
  const existing = await listAgendaItems(trx, tenant.id, meetingId);
  if (existing.some((i) => i.number === input.number)) throw new AppError('duplicate', `Punkt ${input.number} finns redan på föredragningslistan.`);
  const item = await insertAgendaItem(trx, tenant.id, {
    meetingId,
    number: input.number,
    position: existing.length + 1,
    title,
    matterId: input.matterId ?? null,
    public: input.public ?? true,
  });
  await updateMeeting(trx, tenant.id, meetingId, {});
  await recordChange(trx, actor, { action: 'agenda-item.create', entityType: 'agenda-item', entityId: item.id, after: item });
  return item;
}

export async function removeAgendaItem(trx: Db, actor: Actor, tenant: Tenant, itemId: string) {
  const item = await findAgendaItem(trx, tenant.id, itemId);
  if (!item || item.deletedAt) throw notFound('Punkten');
  await meetingForChange(trx, actor, tenant, item.meetingId);
  const decided = await trx.selectFrom('decisions').select('id').where('tenant_id', '=', tenant.id).where('agenda_item_id', '=', itemId).executeTakeFirst();
  if (decided) throw new AppError('locked', 'Punkten har ett beslut och kan inte tas bort.');
  await trx.updateTable('agenda_items').set({ deleted_at: new Date(), updated_at: new Date() }).where('tenant_id', '=', tenant.id).where('id', '=', itemId).execute();
  await updateMeeting(trx, tenant.id, item.meetingId, {});
  await recordChange(trx, actor, { action: 'agenda-item.remove', entityType: 'agenda-item', entityId: itemId, before: item });
}

/** Calling the meeting sends the agenda and makes it public. */
export async function callMeeting(trx: Db, actor: Actor, tenant: Tenant, meetingId: string, at = new Date()) {
  const meeting = await meetingForChange(trx, actor, tenant, meetingId);
  if (meeting.state !== 'planned') throw new AppError('invalid_transition', 'Sammanträdet är redan kallat.');
  await updateMeeting(trx, tenant.id, meetingId, { state: 'called', calledAt: at });
  await recordChange(trx, actor, { action: 'meeting.call', entityType: 'meeting', entityId: meetingId, before: { state: meeting.state }, after: { state: 'called' } });
}

/**
 * Cancels a meeting that has not been held: a planned one never becomes public; a called one
 * stays public, marked cancelled. Refused (invalid_transition) once it is held or cancelled, or
 * when a decision is recorded on it. The reason, if given, goes to the change log.
 */
export async function cancelMeeting(trx: Db, actor: Actor, tenant: Tenant, meetingId: string, reason?: string | null) {
  const meeting = await meetingForChange(trx, actor, tenant, meetingId);
  const decided = await trx
    .selectFrom('decisions')
    .innerJoin('agenda_items', (j) => j.onRef('agenda_items.tenant_id', '=', 'decisions.tenant_id').onRef('agenda_items.id', '=', 'decisions.agenda_item_id'))
    .select('decisions.id')
    .where('decisions.tenant_id', '=', tenant.id)
    .where('agenda_items.meeting_id', '=', meetingId)
    .executeTakeFirst();
  const refusal = cancelRefusal(meeting, decided !== undefined);
  if (refusal === 'has-decision') throw new AppError('invalid_transition', 'Sammanträdet har beslut i protokollet och kan inte ställas in.', { from: meeting.state, to: 'cancelled' });
  if (refusal) {
    const why = meeting.state === 'cancelled' ? 'redan inställt' : 'redan hållet';
    throw new AppError('invalid_transition', `Sammanträdet är ${why} och kan inte ställas in.`, { from: meeting.state, to: 'cancelled' });
  }
  await updateMeeting(trx, tenant.id, meetingId, { state: 'cancelled' });
  const why = reason?.trim() || null;
  await recordChange(trx, actor, {
    action: 'meeting.cancel',
    entityType: 'meeting',
    entityId: meetingId,
    before: { state: meeting.state },
    after: { state: 'cancelled' },
    ...(why ? { reason: why } : {}),
  });
  return { ...meeting, state: 'cancelled' as const };
}

/**
 * Who is present and serving: members of the body on the meeting day, and substitutes serving in
 * a member's place. Votes are checked against this list.
 */
export async function recordAttendance(
  trx: Db,
  actor: Actor,
  tenant: Tenant,
  meetingId: string,
  present: ReadonlyArray<{ personId: string; servingAs?: 'member' | 'substitute' }>,
) {
  const meeting = await meetingForChange(trx, actor, tenant, meetingId);
  if (meeting.state === 'cancelled') throw new AppError('locked', 'Sammanträdet är inställt.');
  const day = meetingDay(meeting.startsAt);
  const memberships = (await listMemberships(trx, tenant.id, { organisationId: meeting.organisationId })).filter((m) => activeOn(m, day));
  const rows: Attendance[] = [];
  const problems: string[] = [];
  for (const p of present) {
    const membership = memberships.find((m) => m.personId === p.personId);
    if (!membership) {
      problems.push(`Personen ${p.personId} är inte ledamot eller ersättare i organet den dagen.`);
      continue;
    }
    const servingAs = p.servingAs ?? (membership.role === 'substitute' ? 'substitute' : 'member');
    rows.push({ personId: p.personId, partyId: membership.partyId, servingAs });
  }
  const voting = memberships.filter((m) => isVotingRole(m.role)).length;
  if (voting > 0 && rows.length > voting) problems.push(`Organet har ${tn('sv', 'count.member', voting)} men ${rows.length} tjänstgörande anges.`);
  if (problems.length) throw new AppError('invalid_input', problems.join(' '), { problems });
  await replaceAttendance(trx, tenant.id, meetingId, rows);
  await updateMeeting(trx, tenant.id, meetingId, {});
  await recordChange(trx, actor, { action: 'meeting.attendance', entityType: 'meeting', entityId: meetingId, after: rows });
  return rows;
}
