import { expect, it } from 'vitest';
import { createOrganisation, createTenant, createUser } from '../../test/factories.ts';
import { describeDb, type DbContext } from '../../test/harness.ts';
import type { Actor } from '../auth/roles.ts';
import { JOB_HANDLERS } from '../jobs/job-handlers.ts';
import { JobWorker } from '../jobs/job-worker.ts';
import { claimNextJob } from '../jobs/job.store.ts';
import { GRANT_ANSWERS, GRANT_QUESTIONS } from './grant-survey.data.ts';
import { submitResponse } from './response.commands.ts';
import { chaseUnanswered, createSurvey, openSurvey } from './survey.commands.ts';
import { listOutbox } from './survey-outbox.store.ts';
import { SURVEY_REMINDER_JOB } from './survey-reminder.job.ts';

const LEASE_MS = 5 * 60 * 1000;

/** A worker as `uppsikt serve` starts one: every registered handler, logging to `log`. */
function worker(ctx: DbContext, log: string[]) {
  const w = new JobWorker(ctx.db, (m) => log.push(m));
  for (const [kind, handler] of Object.entries(JOB_HANDLERS)) w.register(kind, handler);
  return w;
}

async function openGrantSurvey(ctx: DbContext) {
  const tenant = await createTenant(ctx.db);
  const iof = await createOrganisation(ctx.db, tenant, { kind: 'administration', name: 'Idrotts- och föreningsförvaltningen' });
  const kultur = await createOrganisation(ctx.db, tenant, { kind: 'administration', name: 'Kulturförvaltningen' });
  const nordost = await createOrganisation(ctx.db, tenant, { kind: 'administration', name: 'Socialförvaltning Nordost' });
  const kulturReporter = await createUser(ctx.db, tenant, 'reporter', { organisationId: kultur.id });
  const iofReporter = await createUser(ctx.db, tenant, 'reporter', { organisationId: iof.id });
  const controller: Actor = { kind: 'system', tenantId: tenant.id, label: 'Test' };
  const survey = await ctx.db.transaction().execute(async (trx) => {
    const created = await createSurvey(trx, controller, tenant, {
      title: 'Kontrollarbetet inom föreningsbidrag',
      description: null,
      periodLabel: null,
      groups: [],
      questions: GRANT_QUESTIONS.map((q) => ({ ...q, groupPosition: null })),
      derivedRows: [],
      audience: { type: 'list', organisationIds: [iof.id, kultur.id, nordost.id] },
      // Without a deadline no automatic reminder is queued: the test chases by hand.
      deadline: null,
      repeats: true,
      cycleId: null,
    });
    return openSurvey(trx, controller, tenant, created.id);
  });
  const iofActor: Actor = { kind: 'user', tenantId: tenant.id, userId: iofReporter.id, name: 'IOF', email: iofReporter.email, grants: [{ role: 'reporter', organisationId: iof.id, partyId: null }] };
  await ctx.db.transaction().execute((trx) =>
    submitResponse(trx, iofActor, tenant, { surveyId: survey.id, organisationId: iof.id }, { answers: Object.entries(GRANT_ANSWERS['IOF-F']!).map(([question, text]) => ({ question, text })) }),
  );
  return { tenant, survey, controller, iof, kultur, nordost, kulturReporter };
}

describeDb('survey reminders from the job queue', (ctx) => {
  it('reminds each organisation that has not answered once per round, through the outbox and the log', async () => {
    const { tenant, survey, controller, kultur, nordost, kulturReporter } = await openGrantSurvey(ctx);
    const chased = await ctx.db.transaction().execute((trx) => chaseUnanswered(trx, controller, tenant, survey.id));
    expect(chased).toEqual({ round: 1, organisationIds: expect.arrayContaining([kultur.id, nordost.id]) });
    expect(chased.organisationIds).toHaveLength(2);

    const log: string[] = [];
    expect(await worker(ctx, log).runDueJobs(new Date(Date.now() + 1000))).toBe(2);
    const outbox = await listOutbox(ctx.db, tenant.id, survey.id);
    expect(outbox.map((m) => [m.organisationId, m.round, m.recipients])).toEqual(
      expect.arrayContaining([
        [kultur.id, 1, [kulturReporter.email]],
        [nordost.id, 1, []],
      ]),
    );
    const toKultur = outbox.find((m) => m.organisationId === kultur.id)!;
    expect(toKultur.subject).toBe('Påminnelse: Kontrollarbetet inom föreningsbidrag – svar från Kulturförvaltningen');
    expect(toKultur.body).toContain(`/arbete/enkater/${survey.id}/svar/${kultur.id}`);
    expect(log.filter((l) => l.startsWith('Påminnelse'))).toHaveLength(2);
    expect(log).toContain(`Påminnelse (ingen e-post konfigurerad) till ${kulturReporter.email}: ${toKultur.subject}`);

    // Chasing again is a new round; the organisation that answered in between is left alone.
    await ctx.db.transaction().execute((trx) =>
      trx.updateTable('survey_responses').set({ status: 'submitted' }).where('tenant_id', '=', tenant.id).where('organisation_id', '=', nordost.id).execute(),
    );
    const again = await ctx.db.transaction().execute((trx) => chaseUnanswered(trx, controller, tenant, survey.id));
    expect(again).toEqual({ round: 2, organisationIds: [kultur.id] });
    await worker(ctx, log).runDueJobs(new Date(Date.now() + 1000));
    expect((await listOutbox(ctx.db, tenant.id, survey.id)).map((m) => m.round).sort()).toEqual([1, 1, 2]);
  });

  it('survives a restart without sending twice: a worker that died after sending leaves nothing for the next to resend', async () => {
    const { tenant, survey, controller, kultur } = await openGrantSurvey(ctx);
    await ctx.db.transaction().execute((trx) => chaseUnanswered(trx, controller, tenant, survey.id, [kultur.id]));
    const now = new Date(Date.now() + 1000);

    // The first worker takes the job and sends, then dies before marking the job done.
    const firstLog: string[] = [];
    const job = (await claimNextJob(ctx.db, [SURVEY_REMINDER_JOB], LEASE_MS, now))!;
    expect(job.payload).toEqual({ surveyId: survey.id, organisationId: kultur.id, round: 1 });
    await JOB_HANDLERS[SURVEY_REMINDER_JOB]!({ db: ctx.db, job, progress: async () => {}, log: (m) => firstLog.push(m) });
    expect(firstLog).toHaveLength(1);

    // While its lease runs nobody else takes the job.
    const secondLog: string[] = [];
    expect(await worker(ctx, secondLog).runDueJobs(now)).toBe(0);

    // After a restart the lease has run out: the job runs again, and sends nothing.
    const afterRestart = new Date(now.getTime() + LEASE_MS + 1000);
    expect(await worker(ctx, secondLog).runDueJobs(afterRestart)).toBe(1);
    expect(secondLog.filter((l) => l.startsWith('Påminnelse'))).toEqual([]);
    expect(await listOutbox(ctx.db, tenant.id, survey.id)).toHaveLength(1);
    const audited = await ctx.db.selectFrom('audit_log').select('action').where('tenant_id', '=', tenant.id).where('action', '=', 'survey.reminder-sent').execute();
    expect(audited).toHaveLength(1);
    const finished = await ctx.db.selectFrom('jobs').select(['status', 'result', 'attempts']).where('tenant_id', '=', tenant.id).where('id', '=', job.id).executeTakeFirstOrThrow();
    expect(finished).toMatchObject({ status: 'done', attempts: 2, result: { sent: false, reason: 'already-sent' } });

    // Queueing the same round again (a double click, a second scheduler) is no new job.
    const jobs = await ctx.db.selectFrom('jobs').select('id').where('tenant_id', '=', tenant.id).where('kind', '=', SURVEY_REMINDER_JOB).execute();
    expect(jobs).toHaveLength(1);
  });

  it('queues a reminder before the deadline on opening, and skips those who answered by then', async () => {
    const tenant = await createTenant(ctx.db);
    const a = await createOrganisation(ctx.db, tenant, { kind: 'administration' });
    const b = await createOrganisation(ctx.db, tenant, { kind: 'administration' });
    const system: Actor = { kind: 'system', tenantId: tenant.id, label: 'Test' };
    const deadline = new Date(Date.now() + 10 * 24 * 3600 * 1000).toISOString().slice(0, 10);
    const survey = await ctx.db.transaction().execute(async (trx) => {
      const created = await createSurvey(trx, system, tenant, {
        title: 'Enkät med svarsdag',
        description: null,
        periodLabel: null,
        groups: [],
        questions: [{ ...GRANT_QUESTIONS[0]!, groupPosition: null }],
        derivedRows: [],
        audience: { type: 'list', organisationIds: [a.id, b.id] },
        deadline,
        repeats: false,
        cycleId: null,
      });
      return openSurvey(trx, system, tenant, created.id);
    });
    const queued = await ctx.db.selectFrom('jobs').select(['run_at', 'payload']).where('tenant_id', '=', tenant.id).where('kind', '=', SURVEY_REMINDER_JOB).execute();
    expect(queued).toHaveLength(2);
    expect(queued[0]!.run_at.toISOString()).toBe(new Date(new Date(`${deadline}T06:00:00Z`).getTime() - 2 * 24 * 3600 * 1000).toISOString());
    await ctx.db.updateTable('survey_responses').set({ status: 'submitted' }).where('tenant_id', '=', tenant.id).where('organisation_id', '=', a.id).execute();

    const log: string[] = [];
    expect(await worker(ctx, log).runDueJobs(new Date())).toBe(0); // not due yet
    expect(await worker(ctx, log).runDueJobs(new Date(`${deadline}T12:00:00Z`))).toBe(2);
    expect((await listOutbox(ctx.db, tenant.id, survey.id)).map((m) => m.organisationId)).toEqual([b.id]);
  });
});
