/**
 * Reminders to organisations that have not answered, sent by the job queue. One job per
 * survey, organisation and reminder round, with that as its unique key; the message goes into
 * the outbox under the same key, so a job that runs again after a worker died (its lease ran
 * out after the message was written) finds it there and sends nothing twice. Without a mail
 * service "sending" is the outbox row plus a line in the server log.
 */
import { recordChange } from '../audit-log/audit-log.store.ts';
import type { Db } from '../db/connection.ts';
import { t } from '../i18n/messages.ts';
import type { JobHandler } from '../jobs/job-worker.ts';
import { enqueueJob } from '../jobs/job.store.ts';
import { formatDate } from '../numbers/swedish-format.ts';
import { findResponse } from './response.store.ts';
import { putInOutbox, reporterAddresses } from './survey-outbox.store.ts';
import { findSurvey, nextReminderRound } from './survey.store.ts';

export const SURVEY_REMINDER_JOB = 'survey.remind';

export interface ReminderPayload {
  surveyId: string;
  organisationId: string;
  round: number;
}

export const reminderKey = (p: ReminderPayload) => `${p.surveyId}:${p.organisationId}:${p.round}`;

/** Queues one reminder per organisation for a round, in the caller's transaction. */
export async function enqueueReminders(trx: Db, tenantId: string, surveyId: string, round: number, organisationIds: readonly string[], runAt?: Date) {
  const jobs: string[] = [];
  for (const organisationId of organisationIds) {
    const payload: ReminderPayload = { surveyId, organisationId, round };
    const id = await enqueueJob(trx, tenantId, { kind: SURVEY_REMINDER_JOB, payload, uniqueKey: reminderKey(payload), ...(runAt ? { runAt } : {}) });
    if (id) jobs.push(id);
  }
  return jobs;
}

const DAY = 24 * 3600 * 1000;

/**
 * On opening: a reminder round two days before the deadline (in the morning), to those who
 * have not answered by then. A survey opened later than that gets none: the controller chases.
 */
export async function scheduleDeadlineReminders(trx: Db, tenantId: string, surveyId: string, deadline: string, now = new Date()) {
  const runAt = new Date(new Date(`${deadline}T06:00:00Z`).getTime() - 2 * DAY);
  if (runAt <= now) return [];
  const round = await nextReminderRound(trx, tenantId, surveyId);
  const organisations = await trx
    .selectFrom('survey_responses')
    .select('organisation_id')
    .where('tenant_id', '=', tenantId)
    .where('survey_id', '=', surveyId)
    .where('status', '!=', 'submitted')
    .execute();
  return enqueueReminders(trx, tenantId, surveyId, round, organisations.map((o) => o.organisation_id), runAt);
}

export const sendSurveyReminder: JobHandler = async ({ db, job, log }) => {
  const payload = job.payload as ReminderPayload;
  const tenantId = job.tenantId;
  const outcome = await db.transaction().execute(async (trx) => {
    const survey = await findSurvey(trx, tenantId, payload.surveyId);
    const response = await findResponse(trx, tenantId, payload.surveyId, payload.organisationId);
    if (!survey || !response) return { sent: false, reason: 'gone' } as const;
    if (survey.status !== 'open') return { sent: false, reason: 'closed' } as const;
    if (response.status === 'submitted') return { sent: false, reason: 'answered' } as const;
    const recipients = await reporterAddresses(trx, tenantId, payload.organisationId);
    const params = {
      title: survey.title,
      organisation: response.organisationName,
      deadline: survey.deadline ? formatDate(survey.deadline) : t('sv', 'survey.reminder.noDeadline'),
      link: `/arbete/enkater/${survey.id}/svar/${payload.organisationId}`,
    };
    const message = {
      uniqueKey: reminderKey(payload),
      surveyId: payload.surveyId,
      organisationId: payload.organisationId,
      round: payload.round,
      recipients,
      subject: t('sv', 'survey.reminder.subject', params),
      body: t('sv', 'survey.reminder.body', params),
    };
    const written = await putInOutbox(trx, tenantId, message);
    if (!written) return { sent: false, reason: 'already-sent' } as const;
    await recordChange(trx, { kind: 'system', tenantId, label: 'Påminnelsejobb' }, {
      action: 'survey.reminder-sent',
      entityType: 'survey-response',
      entityId: `${payload.surveyId}/${payload.organisationId}`,
      after: { round: payload.round, recipients },
    });
    return { sent: true, message } as const;
  });
  // Logged after the commit: the outbox row is the record; the log line is the "mail" here.
  if (outcome.sent) {
    const to = outcome.message.recipients.length > 0 ? outcome.message.recipients.join(', ') : `${outcome.message.organisationId} (ingen rapportör registrerad)`;
    log(`Påminnelse (ingen e-post konfigurerad) till ${to}: ${outcome.message.subject}`);
    return { sent: true, recipients: outcome.message.recipients };
  }
  return { sent: false, reason: outcome.reason };
};
