/**
 * A meeting as readers see it: before it is called only its body's secretary sees it; after,
 * everyone sees the agenda with each item's papers (never secret ones), decisions and minutes.
 */
import { can } from '../auth/permissions.ts';
import type { Actor } from '../auth/roles.ts';
import type { Db } from '../db/connection.ts';
import { loadDecisions } from '../decisions/decision.store.ts';
import { listDocuments, findMatter } from '../matters/matter.store.ts';
import { canReadSecret } from '../matters/matter.view.ts';
import { findOrganisation, organisationScope } from '../organisations/organisation.store.ts';
import { findMeeting, findMinutesOfMeeting, listAgendaItems, listAttendance } from './meeting.store.ts';
import { isPublished } from './meeting.ts';

export async function canSeeUnpublished(db: Db, actor: Actor, tenantId: string, organisationId: string): Promise<boolean> {
  if (actor.kind !== 'user') return actor.kind === 'system';
  return can(actor, 'meeting.manage', { organisationIds: await organisationScope(db, tenantId, organisationId) });
}

export async function loadMeetingView(db: Db, actor: Actor, tenantId: string, meetingId: string) {
  const meeting = await findMeeting(db, tenantId, meetingId);
  if (!meeting || meeting.deletedAt) return undefined;
  if (!isPublished(meeting) && !(await canSeeUnpublished(db, actor, tenantId, meeting.organisationId))) return undefined;
  const body = (await findOrganisation(db, tenantId, meeting.organisationId))!;
  const includeSecret = await canReadSecret(db, actor, tenantId, meeting.organisationId);
  const items = await listAgendaItems(db, tenantId, meetingId);
  const decisions = await loadDecisions(db, tenantId, { agendaItemIds: items.map((i) => i.id) });
  const agenda = [];
  for (const item of items) {
    const matter = item.matterId ? await findMatter(db, tenantId, item.matterId) : undefined;
    const papers = matter ? (await listDocuments(db, tenantId, matter.id, { includeSecret })).filter((d) => d.kind !== 'minutes-extract') : [];
    agenda.push({ ...item, matter: matter ?? null, papers, decision: decisions.find((d) => d.agendaItemId === item.id) ?? null });
  }
  return {
    meeting,
    body: { id: body.id, name: body.name, shortName: body.shortName },
    agenda,
    attendance: await listAttendance(db, tenantId, meetingId),
    minutes: (await findMinutesOfMeeting(db, tenantId, meetingId)) ?? null,
  };
}
