import { expect, it } from 'vitest';
import { createTenant } from '../../test/factories.ts';
import { describeDb } from '../../test/harness.ts';
import { JobWorker } from './job-worker.ts';
import { claimNextJob, enqueueJob, findJob } from './job.store.ts';

describeDb('job queue', (ctx) => {
  it('runs a job once, even across a restart of the worker, and keeps its result', async () => {
    const tenant = await createTenant(ctx.db);
    const sent: string[] = [];
    const handler = async ({ job }: { job: { payload: unknown } }) => {
      sent.push((job.payload as { to: string }).to);
      return { sent: true };
    };
    const id = await enqueueJob(ctx.db, tenant.id, { kind: `remind-${tenant.id}`, payload: { to: 'kulturnamnden' }, uniqueKey: 'aug-2023' });
    // The same reminder queued again (e.g. by a second scheduler run) is not a second job.
    expect(await enqueueJob(ctx.db, tenant.id, { kind: `remind-${tenant.id}`, payload: { to: 'kulturnamnden' }, uniqueKey: 'aug-2023' })).toBeUndefined();

    expect(await new JobWorker(ctx.db, () => {}).register(`remind-${tenant.id}`, handler).runDueJobs()).toBe(1);
    // A new worker (after a restart) finds nothing left to do.
    expect(await new JobWorker(ctx.db, () => {}).register(`remind-${tenant.id}`, handler).runDueJobs()).toBe(0);
    expect(sent).toEqual(['kulturnamnden']);
    expect(await findJob(ctx.db, tenant.id, id!)).toMatchObject({ status: 'done', progress: 100, result: { sent: true } });
  });

  it('retries a failing job later and gives up after its attempts', async () => {
    const tenant = await createTenant(ctx.db);
    const kind = `flaky-${tenant.id}`;
    const id = await enqueueJob(ctx.db, tenant.id, { kind, maxAttempts: 2 });
    const worker = new JobWorker(ctx.db, () => {}).register(kind, async () => {
      throw new Error('SMTP nere');
    });
    // A second ahead: the server stamps run_at in microseconds, JavaScript in milliseconds.
    const now = new Date(Date.now() + 1000);
    expect(await worker.runDueJobs(now)).toBe(1);
    expect(await findJob(ctx.db, tenant.id, id!)).toMatchObject({ status: 'queued', attempts: 1, lastError: 'SMTP nere' });
    expect(await worker.runDueJobs(now)).toBe(0); // backing off
    expect(await worker.runDueJobs(new Date(now.getTime() + 60_000))).toBe(1);
    expect(await findJob(ctx.db, tenant.id, id!)).toMatchObject({ status: 'failed', attempts: 2 });
  });

  it('hands a job whose worker died (lease expired) to another worker', async () => {
    const tenant = await createTenant(ctx.db);
    const kind = `lease-${tenant.id}`;
    await enqueueJob(ctx.db, tenant.id, { kind });
    const now = new Date(Date.now() + 1000);
    expect(await claimNextJob(ctx.db, [kind], 1000, now)).toBeDefined();
    expect(await claimNextJob(ctx.db, [kind], 1000, now)).toBeUndefined();
    expect(await claimNextJob(ctx.db, [kind], 1000, new Date(now.getTime() + 2000))).toMatchObject({ attempts: 2 });
  });
});
