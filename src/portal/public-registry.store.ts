/**
 * The registry, meetings and decisions as the public lists read them: matters not deleted,
 * meetings once called, decisions on public agenda items of such meetings. (One item's pages —
 * /arenden/{id}, /sammantraden/{id}, /beslut/{id} — are the decisions module's; these are the
 * lists around them: start page, list pages, open data, feeds.)
 */
import { sql, type ExpressionBuilder } from 'kysely';
import type { Db } from '../db/connection.ts';
import type { Database } from '../db/database.ts';
import { wasCalledSql } from '../meetings/meeting.store.ts';

export interface PublicDecision {
  id: string;
  decidedOn: string;
  paragraph: number;
  /** The agenda item's title. */
  title: string;
  outcome: string;
  text: string;
  bodyId: string;
  bodyName: string;
  meetingId: string;
  matterId: string;
  dnr: string;
  updatedAt: Date;
}

type Joined = ExpressionBuilder<Database, 'meetings'>;
/** A meeting the public may see: called (or held, or cancelled after it was called), not deleted. */
export const meetingIsPublic = (eb: Joined) => eb.and([eb('meetings.deleted_at', 'is', null), wasCalledSql('meetings')]);

export async function listPublicDecisions(db: Db, tenantId: string, filter: { organisationId?: string; limit?: number } = {}): Promise<PublicDecision[]> {
  let query = db
    .selectFrom('decisions')
    .innerJoin('agenda_items', (j) => j.onRef('agenda_items.tenant_id', '=', 'decisions.tenant_id').onRef('agenda_items.id', '=', 'decisions.agenda_item_id'))
    .innerJoin('meetings', (j) => j.onRef('meetings.tenant_id', '=', 'agenda_items.tenant_id').onRef('meetings.id', '=', 'agenda_items.meeting_id'))
    .innerJoin('organisations', (j) => j.onRef('organisations.tenant_id', '=', 'meetings.tenant_id').onRef('organisations.id', '=', 'meetings.organisation_id'))
    .innerJoin('matters', (j) => j.onRef('matters.tenant_id', '=', 'decisions.tenant_id').onRef('matters.id', '=', 'decisions.matter_id'))
    .select([
      'decisions.id',
      'decisions.decided_on',
      'decisions.paragraph',
      'agenda_items.title',
      'decisions.outcome',
      'decisions.text',
      'organisations.id as body_id',
      'organisations.name as body_name',
      'meetings.id as meeting_id',
      'matters.id as matter_id',
      'matters.dnr',
      'decisions.updated_at',
    ])
    .where('decisions.tenant_id', '=', tenantId)
    .where('agenda_items.public', '=', true)
    .where('agenda_items.deleted_at', 'is', null)
    .where(meetingIsPublic);
  if (filter.organisationId) query = query.where('meetings.organisation_id', '=', filter.organisationId);
  if (filter.limit) query = query.limit(filter.limit);
  const rows = await query.orderBy('decisions.decided_on', 'desc').orderBy('decisions.paragraph', 'desc').execute();
  return rows.map((r) => ({
    id: r.id,
    decidedOn: r.decided_on,
    paragraph: r.paragraph,
    title: r.title,
    outcome: r.outcome,
    text: r.text,
    bodyId: r.body_id,
    bodyName: r.body_name,
    meetingId: r.meeting_id,
    matterId: r.matter_id,
    dnr: r.dnr,
    updatedAt: r.updated_at,
  }));
}

export interface PublicMeeting {
  id: string;
  bodyId: string;
  bodyName: string;
  startsAt: Date;
  place: string;
  state: string;
  items: number;
  minutesPostedOn: string | null;
  appealEndsOn: string | null;
  updatedAt: Date;
}

/** Called or held meetings; `ahead` picks those not started yet, soonest first, else the latest first. */
export async function listPublicMeetings(
  db: Db,
  tenantId: string,
  filter: { ahead?: boolean; before?: Date; organisationId?: string; limit?: number } = {},
): Promise<PublicMeeting[]> {
  const now = new Date();
  let query = db
    .selectFrom('meetings')
    .innerJoin('organisations', (j) => j.onRef('organisations.tenant_id', '=', 'meetings.tenant_id').onRef('organisations.id', '=', 'meetings.organisation_id'))
    .leftJoin('minutes', (j) => j.onRef('minutes.tenant_id', '=', 'meetings.tenant_id').onRef('minutes.meeting_id', '=', 'meetings.id'))
    .select([
      'meetings.id',
      'organisations.id as body_id',
      'organisations.name as body_name',
      'meetings.starts_at',
      'meetings.place',
      'meetings.state',
      'minutes.posted_on',
      'minutes.appeal_ends_on',
      'meetings.updated_at',
      (eb) =>
        eb
          .selectFrom('agenda_items')
          .select(sql<number>`count(*)::int`.as('n'))
          .whereRef('agenda_items.tenant_id', '=', 'meetings.tenant_id')
          .whereRef('agenda_items.meeting_id', '=', 'meetings.id')
          .where('agenda_items.deleted_at', 'is', null)
          .as('items'),
    ])
    .where('meetings.tenant_id', '=', tenantId)
    .where(meetingIsPublic);
  if (filter.organisationId) query = query.where('meetings.organisation_id', '=', filter.organisationId);
  if (filter.ahead !== undefined) query = query.where('meetings.starts_at', filter.ahead ? '>=' : '<', now);
  if (filter.limit) query = query.limit(filter.limit);
  const rows = await query.orderBy('meetings.starts_at', filter.ahead ? 'asc' : 'desc').orderBy('meetings.id').execute();
  return rows.map((r) => ({
    id: r.id,
    bodyId: r.body_id,
    bodyName: r.body_name,
    startsAt: r.starts_at,
    place: r.place,
    state: r.state,
    items: Number(r.items ?? 0),
    minutesPostedOn: r.posted_on,
    appealEndsOn: r.appeal_ends_on,
    updatedAt: r.updated_at,
  }));
}

export interface PublicMatter {
  id: string;
  dnr: string;
  subject: string;
  registeredOn: string;
  organisationId: string;
  organisationName: string;
  /** Documents the public may see (secret ones are not counted). */
  documents: number;
  updatedAt: Date;
}

/** Matters in the registry, newest first; a page of them and how many there are. */
export async function findPublicMatters(
  db: Db,
  tenantId: string,
  filter: { organisationId?: string },
  paging: { limit: number; offset: number },
): Promise<{ total: number; matters: PublicMatter[] }> {
  let base = db.selectFrom('matters').where('matters.tenant_id', '=', tenantId).where('matters.deleted_at', 'is', null);
  if (filter.organisationId) base = base.where('matters.organisation_id', '=', filter.organisationId);
  const [rows, counted] = await Promise.all([
    base
      .innerJoin('organisations', (j) => j.onRef('organisations.tenant_id', '=', 'matters.tenant_id').onRef('organisations.id', '=', 'matters.organisation_id'))
      .select([
        'matters.id',
        'matters.dnr',
        'matters.subject',
        'matters.registered_on',
        'matters.organisation_id',
        'organisations.name as organisation_name',
        'matters.updated_at',
        (eb) =>
          eb
            .selectFrom('matter_documents')
            .select(sql<number>`count(*)::int`.as('n'))
            .whereRef('matter_documents.tenant_id', '=', 'matters.tenant_id')
            .whereRef('matter_documents.matter_id', '=', 'matters.id')
            .where('matter_documents.secret', '=', false)
            .where('matter_documents.deleted_at', 'is', null)
            .as('documents'),
      ])
      .orderBy('matters.dnr_sort', 'desc')
      .orderBy('matters.id')
      .limit(paging.limit)
      .offset(paging.offset)
      .execute(),
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst(),
  ]);
  return {
    total: Number(counted?.n ?? 0),
    matters: rows.map((r) => ({
      id: r.id,
      dnr: r.dnr,
      subject: r.subject,
      registeredOn: r.registered_on,
      organisationId: r.organisation_id,
      organisationName: r.organisation_name,
      documents: Number(r.documents ?? 0),
      updatedAt: r.updated_at,
    })),
  };
}

export interface PublicDocument {
  id: string;
  matterId: string;
  dnr: string;
  kind: string;
  title: string;
  registeredOn: string;
  sender: string | null;
  recipient: string | null;
  updatedAt: Date;
}

/** Every document the public may see: not secret, not deleted. A secret one is not even counted. */
export async function listPublicDocuments(db: Db, tenantId: string): Promise<PublicDocument[]> {
  const rows = await db
    .selectFrom('matter_documents as d')
    .innerJoin('matters as m', (j) => j.onRef('m.tenant_id', '=', 'd.tenant_id').onRef('m.id', '=', 'd.matter_id'))
    .select(['d.id', 'd.matter_id', 'm.dnr', 'd.kind', 'd.title', 'd.registered_on', 'd.sender', 'd.recipient', 'd.updated_at'])
    .where('d.tenant_id', '=', tenantId)
    .where('d.secret', '=', false)
    .where('d.deleted_at', 'is', null)
    .where('m.deleted_at', 'is', null)
    .orderBy('m.dnr_sort', 'desc')
    .orderBy('d.position')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    matterId: r.matter_id,
    dnr: r.dnr,
    kind: r.kind,
    title: r.title,
    registeredOn: r.registered_on,
    sender: r.sender,
    recipient: r.recipient,
    updatedAt: r.updated_at,
  }));
}
