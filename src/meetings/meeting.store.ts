import { sql, type Selectable } from 'kysely';
import type { Db } from '../db/connection.ts';
import type { AgendaItem, Attendance, Meeting, MeetingState, Minutes } from './meeting.ts';
import { compareDottedNumbers } from '../numbers/dotted-number.ts';
import type { AgendaItemsTable, MeetingsTable, MinutesTable } from './meeting.table.ts';

export function toMeeting(r: Selectable<MeetingsTable>): Meeting {
  return {
    id: r.id,
    organisationId: r.organisation_id,
    startsAt: r.starts_at,
    endsAt: r.ends_at,
    place: r.place,
    state: r.state as MeetingState,
    calledAt: r.called_at,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    deletedAt: r.deleted_at,
  };
}

export function toAgendaItem(r: Selectable<AgendaItemsTable>): AgendaItem {
  return {
    id: r.id,
    meetingId: r.meeting_id,
    number: r.number,
    position: r.position,
    title: r.title,
    matterId: r.matter_id,
    public: r.public,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    deletedAt: r.deleted_at,
  };
}

export function toMinutes(r: Selectable<MinutesTable>): Minutes {
  return {
    id: r.id,
    meetingId: r.meeting_id,
    approvedOn: r.approved_on,
    approvers: r.approvers,
    postedOn: r.posted_on,
    appealEndsOn: r.appeal_ends_on,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

export async function insertMeeting(trx: Db, tenantId: string, m: { organisationId: string; startsAt: Date; endsAt?: Date | null; place: string }) {
  const row = await trx
    .insertInto('meetings')
    .values({ tenant_id: tenantId, organisation_id: m.organisationId, starts_at: m.startsAt, ends_at: m.endsAt ?? null, place: m.place, called_at: null, deleted_at: null })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toMeeting(row);
}

export async function findMeeting(db: Db, tenantId: string, id: string, options: { lock?: boolean } = {}): Promise<Meeting | undefined> {
  let q = db.selectFrom('meetings').selectAll().where('tenant_id', '=', tenantId).where('id', '=', id);
  if (options.lock) q = q.forUpdate();
  const row = await q.executeTakeFirst();
  return row ? toMeeting(row) : undefined;
}

/**
 * SQL for `wasCalled` on the meetings table under `alias`: called or held, or cancelled after
 * it was called. (Whether the row is deleted is the caller's to check.)
 */
export function wasCalledSql(alias: string) {
  const state = sql.ref(`${alias}.state`);
  return sql<boolean>`(${state} in ('called', 'held') or (${state} = 'cancelled' and ${sql.ref(`${alias}.called_at`)} is not null))`;
}

export async function listMeetings(
  db: Db,
  tenantId: string,
  filter: { publishedOnly: boolean; organisationId?: string | undefined },
  paging: { limit: number; after?: readonly (string | number)[] | undefined },
) {
  let q = db.selectFrom('meetings').selectAll().where('tenant_id', '=', tenantId).where('deleted_at', 'is', null);
  if (filter.publishedOnly) q = q.where(wasCalledSql('meetings'));
  if (filter.organisationId) q = q.where('organisation_id', '=', filter.organisationId);
  if (paging.after) {
    const [at, id] = paging.after as [string, string];
    q = q.where((eb) => eb.or([eb('starts_at', '>', new Date(at)), eb.and([eb('starts_at', '=', new Date(at)), eb('id', '>', id)])]));
  }
  const rows = await q.orderBy('starts_at').orderBy('id').limit(paging.limit + 1).execute();
  return rows.map(toMeeting);
}

export async function updateMeeting(trx: Db, tenantId: string, id: string, patch: { state?: MeetingState; calledAt?: Date | null; place?: string }) {
  await trx
    .updateTable('meetings')
    .set({
      ...(patch.state ? { state: patch.state } : {}),
      ...(patch.calledAt !== undefined ? { called_at: patch.calledAt } : {}),
      ...(patch.place !== undefined ? { place: patch.place } : {}),
      updated_at: new Date(),
    })
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .execute();
}

export async function listAgendaItems(db: Db, tenantId: string, meetingId: string): Promise<AgendaItem[]> {
  const rows = await db
    .selectFrom('agenda_items')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where('meeting_id', '=', meetingId)
    .where('deleted_at', 'is', null)
    .execute();
  return rows.map(toAgendaItem).sort((a, b) => compareDottedNumbers(a.number, b.number));
}

export async function findAgendaItem(db: Db, tenantId: string, id: string): Promise<AgendaItem | undefined> {
  const row = await db.selectFrom('agenda_items').selectAll().where('tenant_id', '=', tenantId).where('id', '=', id).executeTakeFirst();
  return row ? toAgendaItem(row) : undefined;
}

export async function insertAgendaItem(trx: Db, tenantId: string, item: { meetingId: string; number: string; position: number; title: string; matterId?: string | null; public?: boolean }) {
  const row = await trx
    .insertInto('agenda_items')
    .values({
      tenant_id: tenantId,
      meeting_id: item.meetingId,
      number: item.number,
      position: item.position,
      title: item.title,
      matter_id: item.matterId ?? null,
      public: item.public ?? true,
      deleted_at: null,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toAgendaItem(row);
}

export async function listAttendance(db: Db, tenantId: string, meetingId: string): Promise<Attendance[]> {
  const rows = await db
    .selectFrom('meeting_attendance')
    .select(['person_id', 'party_id', 'serving_as'])
    .where('tenant_id', '=', tenantId)
    .where('meeting_id', '=', meetingId)
    .execute();
  return rows.map((r) => ({ personId: r.person_id, partyId: r.party_id, servingAs: r.serving_as as Attendance['servingAs'] }));
}

export async function replaceAttendance(trx: Db, tenantId: string, meetingId: string, attendance: readonly Attendance[]) {
  await trx.deleteFrom('meeting_attendance').where('tenant_id', '=', tenantId).where('meeting_id', '=', meetingId).execute();
  if (attendance.length === 0) return;
  await trx
    .insertInto('meeting_attendance')
    .values(attendance.map((a) => ({ tenant_id: tenantId, meeting_id: meetingId, person_id: a.personId, party_id: a.partyId, serving_as: a.servingAs })))
    .execute();
}

export async function findMinutesOfMeeting(db: Db, tenantId: string, meetingId: string, options: { lock?: boolean } = {}): Promise<Minutes | undefined> {
  let q = db.selectFrom('minutes').selectAll().where('tenant_id', '=', tenantId).where('meeting_id', '=', meetingId);
  if (options.lock) q = q.forUpdate();
  const row = await q.executeTakeFirst();
  return row ? toMinutes(row) : undefined;
}

export async function findMinutes(db: Db, tenantId: string, id: string): Promise<Minutes | undefined> {
  const row = await db.selectFrom('minutes').selectAll().where('tenant_id', '=', tenantId).where('id', '=', id).executeTakeFirst();
  return row ? toMinutes(row) : undefined;
}

/** Approved minutes on the notice board, newest posting first. */
export async function listPostedMinutes(db: Db, tenantId: string) {
  const rows = await db
    .selectFrom('minutes')
    .innerJoin('meetings', (j) => j.onRef('meetings.tenant_id', '=', 'minutes.tenant_id').onRef('meetings.id', '=', 'minutes.meeting_id'))
    .innerJoin('organisations', (j) =>
      j.onRef('organisations.tenant_id', '=', 'meetings.tenant_id').onRef('organisations.id', '=', 'meetings.organisation_id'),
    )
    .selectAll('minutes')
    .select(['meetings.starts_at', 'organisations.name as organisation_name'])
    .where('minutes.tenant_id', '=', tenantId)
    .where('minutes.posted_on', 'is not', null)
    .orderBy('minutes.posted_on', 'desc')
    .execute();
  return rows.map((r) => ({ ...toMinutes(r), meetingStartsAt: r.starts_at, organisationName: r.organisation_name }));
}
