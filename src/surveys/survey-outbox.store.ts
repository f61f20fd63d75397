import type { Db } from '../db/connection.ts';
import { organisationScope } from '../organisations/organisation.store.ts';

export interface OutboxMessage {
  uniqueKey: string;
  surveyId: string;
  organisationId: string;
  round: number;
  recipients: string[];
  subject: string;
  body: string;
}

export interface SentReminder extends OutboxMessage {
  id: string;
  createdAt: Date;
}

/**
 * Puts a message in the outbox unless one with the same key is there: true when this call
 * wrote it, false when it was sent before (a re-run after a restart).
 */
export async function putInOutbox(trx: Db, tenantId: string, message: OutboxMessage): Promise<boolean> {
  const row = await trx
    .insertInto('survey_outbox')
    .values({
      tenant_id: tenantId,
      unique_key: message.uniqueKey,
      survey_id: message.surveyId,
      organisation_id: message.organisationId,
      round: message.round,
      recipients: message.recipients,
      subject: message.subject,
      body: message.body,
    })
    .onConflict((oc) => oc.columns(['tenant_id', 'unique_key']).doNothing())
    .returning('id')
    .executeTakeFirst();
  return row !== undefined;
}

export async function listOutbox(db: Db, tenantId: string, surveyId: string): Promise<SentReminder[]> {
  const rows = await db.selectFrom('survey_outbox').selectAll().where('tenant_id', '=', tenantId).where('survey_id', '=', surveyId).orderBy('created_at').orderBy('id').execute();
  return rows.map((r) => ({
    id: r.id,
    uniqueKey: r.unique_key,
    surveyId: r.survey_id,
    organisationId: r.organisation_id,
    round: r.round,
    recipients: r.recipients,
    subject: r.subject,
    body: r.body,
    createdAt: r.created_at,
  }));
}

/** When each organisation was last reminded, for the progress view. */
export async function lastReminded(db: Db, tenantId: string, surveyId: string): Promise<Map<string, { at: Date; round: number }>> {
  const rows = await db
    .selectFrom('survey_outbox')
    .select((eb) => ['organisation_id', eb.fn.max('created_at').as('at'), eb.fn.max('round').as('round')])
    .where('tenant_id', '=', tenantId)
    .where('survey_id', '=', surveyId)
    .groupBy('organisation_id')
    .execute();
  return new Map(rows.map((r) => [r.organisation_id, { at: r.at as Date, round: Number(r.round) }]));
}

/** E-mail addresses of the reporters whose grants cover the organisation. */
export async function reporterAddresses(db: Db, tenantId: string, organisationId: string): Promise<string[]> {
  const scope = await organisationScope(db, tenantId, organisationId);
  const rows = await db
    .selectFrom('role_grants as g')
    .innerJoin('users as u', (j) => j.onRef('u.tenant_id', '=', 'g.tenant_id').onRef('u.id', '=', 'g.user_id'))
    .select('u.email')
    .distinct()
    .where('g.tenant_id', '=', tenantId)
    .where('g.role', '=', 'reporter')
    .where('g.organisation_id', 'in', scope)
    .where('u.active', '=', true)
    .orderBy('u.email')
    .execute();
  return rows.map((r) => r.email);
}
