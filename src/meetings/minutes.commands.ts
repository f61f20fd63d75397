/**
 * Approving (justering) and posting (anslag) the minutes of a meeting. Approval applies every
 * decision's effects in the same transaction: either all of them or, on the first problem,
 * none (the caller's transaction rolls back).
 */
import { recordChange } from '../audit-log/audit-log.store.ts';
import type { Actor } from '../auth/roles.ts';
import type { Db } from '../db/connection.ts';
import { applyDecision } from '../decisions/decision-effects.ts';
import { loadDecisions, type Decision } from '../decisions/decision.store.ts';
import { AppError, notFound } from '../http/errors.ts';
import { assertCan } from '../http/route.ts';
import { addDocument } from '../matters/matter.commands.ts';
import { findMatter } from '../matters/matter.store.ts';
import { findOrganisation, organisationScope } from '../organisations/organisation.store.ts';
import type { Tenant } from '../tenants/tenant.ts';
import { appealEndDate } from './appeal.ts';
import { findMeeting, findMinutes, findMinutesOfMeeting, listAgendaItems, toMinutes } from './meeting.store.ts';
import { meetingDay, type Minutes } from './meeting.ts';

export async function approveMinutes(
  trx: Db,
  actor: Actor,
  tenant: Tenant,
  meetingId: string,
  input: { approvedOn: string; approvers: string[]; postedOn?: string | null | undefined },
): Promise<Minutes> {
  const meeting = await findMeeting(trx, tenant.id, meetingId, { lock: true });
  if (!meeting || meeting.deletedAt) throw notFound('Sammanträdet');
  assertCan(actor, 'minutes.approve', { organisationIds: await organisationScope(trx, tenant.id, meeting.organisationId) });
  const existing = await findMinutesOfMeeting(trx, tenant.id, meetingId, { lock: true });
  if (existing?.approvedOn) throw new AppError('conflict', 'Protokollet är redan justerat.');
  const day = meetingDay(meeting.startsAt);
  if (input.approvedOn < day) throw new AppError('invalid_input', 'Protokollet kan inte justeras före sammanträdet.');
  if (input.postedOn && input.postedOn < input.approvedOn) throw new AppError('invalid_input', 'Protokollet kan inte anslås före justeringen.');
  if (input.approvers.filter((a) => a.trim()).length === 0) throw new AppError('invalid_input', 'Ange minst en justerare.');
  const items = await listAgendaItems(trx, tenant.id, meetingId);
  const decisions = await loadDecisions(trx, tenant.id, { agendaItemIds: items.map((i) => i.id) });
  if (decisions.length === 0) throw new AppError('not_applicable', 'Sammanträdet har inga beslut att justera.');
  const body = (await findOrganisation(trx, tenant.id, meeting.organisationId))!;

  const values = {
    approved_on: input.approvedOn,
    approvers: input.approvers,
    posted_on: input.postedOn ?? null,
    appeal_ends_on: input.postedOn ? appealEndDate(input.postedOn) : null,
    updated_at: new Date(),
  };
  const row = existing
    ? await trx.updateTable('minutes').set(values).where('tenant_id', '=', tenant.id).where('id', '=', existing.id).returningAll().executeTakeFirstOrThrow()
    : await trx.insertInto('minutes').values({ tenant_id: tenant.id, meeting_id: meetingId, ...values }).returningAll().executeTakeFirstOrThrow();
  const minutes = toMinutes(row);

  for (const decision of decisions) {
    await applyDecision(trx, actor, tenant, decision, { shortName: body.shortName ?? body.name }, input.approvedOn);
    const matter = (await findMatter(trx, tenant.id, decision.matterId))!;
    await addDocument(trx, actor, tenant, matter, {
      kind: 'minutes-extract',
      title: `Protokollsutdrag ${body.name} ${day} § ${decision.paragraph}`,
      registeredOn: input.approvedOn,
      sender: body.name,
      text: extractText(decision, body.name, day, input.approvers, input.approvedOn),
    });
  }
  await trx.updateTable('agenda_items').set({ updated_at: new Date() }).where('tenant_id', '=', tenant.id).where('meeting_id', '=', meetingId).execute();
  await trx.updateTable('meetings').set({ updated_at: new Date() }).where('tenant_id', '=', tenant.id).where('id', '=', meetingId).execute();
  await recordChange(trx, actor, {
    action: 'minutes.approve',
    entityType: 'minutes',
    entityId: minutes.id,
    before: existing ?? null,
    after: minutes,
    reason: `${body.shortName ?? body.name} ${day} § ${decisions.map((d) => d.paragraph).join(', ')}`,
  });
  return minutes;
}

/** Posting the notice of approved minutes starts the three-week appeal window. */
export async function postMinutes(trx: Db, actor: Actor, tenant: Tenant, minutesId: string, postedOn: string): Promise<Minutes> {
  const minutes = await findMinutes(trx, tenant.id, minutesId);
  if (!minutes) throw notFound('Protokollet');
  const meeting = (await findMeeting(trx, tenant.id, minutes.meetingId))!;
  assertCan(actor, 'minutes.approve', { organisationIds: await organisationScope(trx, tenant.id, meeting.organisationId) });
  if (!minutes.approvedOn) throw new AppError('not_applicable', 'Protokollet måste justeras innan det anslås.');
  if (minutes.postedOn) throw new AppError('conflict', 'Protokollet är redan anslaget.');
  if (postedOn < minutes.approvedOn) throw new AppError('invalid_input', 'Protokollet kan inte anslås före justeringen.');
  const row = await trx
    .updateTable('minutes')
    .set({ posted_on: postedOn, appeal_ends_on: appealEndDate(postedOn), updated_at: new Date() })
    .where('tenant_id', '=', tenant.id)
    .where('id', '=', minutesId)
    .returningAll()
    .executeTakeFirstOrThrow();
  const after = toMinutes(row);
  await recordChange(trx, actor, { action: 'minutes.post', entityType: 'minutes', entityId: minutesId, before: minutes, after });
  return after;
}

export function extractText(decision: Decision, bodyName: string, day: string, approvers: readonly string[], approvedOn: string): string {
  const lines = [`${bodyName}, protokoll ${day}, § ${decision.paragraph}`, '', 'Beslut', decision.text];
  const dissents = decision.remarks.filter((r) => r.kind === 'dissent');
  if (dissents.length) lines.push('', 'Reservationer', ...dissents.map((r) => `${r.partyAbbreviation ?? ''}: ${r.text}`));
  const notes = decision.remarks.filter((r) => r.kind === 'minute-note');
  if (notes.length) lines.push('', 'Protokollsanteckningar', ...notes.map((r) => `${r.partyAbbreviation ?? ''}: ${r.text}`));
  lines.push('', `Justerat ${approvedOn} av ${approvers.join(', ')}.`, 'Rätt utdraget intygar: sekreteraren');
  return lines.join('\n');
}
