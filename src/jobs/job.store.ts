import { sql } from 'kysely';
import type { Db } from '../db/connection.ts';

export type JobStatus = 'queued' | 'running' | 'done' | 'failed';

export interface Job {
  tenantId: string;
  id: string;
  kind: string;
  payload: unknown;
  status: JobStatus;
  attempts: number;
  progress: number;
  result: unknown;
  lastError: string | null;
  runAt: Date;
}

export interface NewJob {
  kind: string;
  payload?: unknown;
  runAt?: Date;
  /** At most one job per (tenant, kind, uniqueKey): enqueueing it again is a no-op. */
  uniqueKey?: string;
  maxAttempts?: number;
}

/** Adds a job in the caller's transaction, so it exists exactly when the change that needs it does. */
export async function enqueueJob(trx: Db, tenantId: string, job: NewJob): Promise<string | undefined> {
  const row = await trx
    .insertInto('jobs')
    .values({
      tenant_id: tenantId,
      kind: job.kind,
      payload: JSON.stringify(job.payload ?? {}),
      unique_key: job.uniqueKey ?? null,
      ...(job.runAt ? { run_at: job.runAt } : {}),
      ...(job.maxAttempts ? { max_attempts: job.maxAttempts } : {}),
    })
    .onConflict((oc) => oc.columns(['tenant_id', 'kind', 'unique_key']).where('unique_key', 'is not', null).doNothing())
    .returning('id')
    .executeTakeFirst();
  return row?.id;
}

/**
 * Takes the next due job and marks it running with a lease. SKIP LOCKED lets several workers
 * (processes) share the queue without taking the same job; an expired lease (a crashed worker)
 * makes the job due again.
 */
export async function claimNextJob(db: Db, kinds: readonly string[], leaseMs: number, now = new Date()): Promise<Job | undefined> {
  if (kinds.length === 0) return undefined;
  return db.transaction().execute(async (trx) => {
    const candidate = await trx
      .selectFrom('jobs')
      .select(['tenant_id', 'id'])
      .where('kind', 'in', [...kinds])
      .where((eb) =>
        eb.or([
          eb.and([eb('status', '=', 'queued'), eb('run_at', '<=', now)]),
          eb.and([eb('status', '=', 'running'), eb('locked_until', '<', now)]),
        ]),
      )
      .orderBy('run_at')
      .limit(1)
      .forUpdate()
      .skipLocked()
      .executeTakeFirst();
    if (!candidate) return undefined;
    const row = await trx
      .updateTable('jobs')
      .set((eb) => ({ status: 'running', attempts: eb('attempts', '+', 1), locked_until: new Date(now.getTime() + leaseMs) }))
      .where('tenant_id', '=', candidate.tenant_id)
      .where('id', '=', candidate.id)
      .returningAll()
      .executeTakeFirstOrThrow();
    return toJob(row);
  });
}

export function toJob(row: {
  tenant_id: string;
  id: string;
  kind: string;
  payload: unknown;
  status: string;
  attempts: number;
  progress: number;
  result: unknown;
  last_error: string | null;
  run_at: Date;
}): Job {
  return {
    tenantId: row.tenant_id,
    id: row.id,
    kind: row.kind,
    payload: row.payload,
    status: row.status as JobStatus,
    attempts: row.attempts,
    progress: row.progress,
    result: row.result,
    lastError: row.last_error,
    runAt: row.run_at,
  };
}

export async function finishJob(db: Db, job: Job, result: unknown) {
  await db
    .updateTable('jobs')
    .set({ status: 'done', progress: 100, result: JSON.stringify(result ?? null), finished_at: new Date(), locked_until: null })
    .where('tenant_id', '=', job.tenantId)
    .where('id', '=', job.id)
    .execute();
}

/** A failed attempt is retried with exponential backoff until max_attempts, then marked failed. */
export async function failJob(db: Db, job: Job, error: unknown, now = new Date()) {
  const message = error instanceof Error ? error.message : String(error);
  await db
    .updateTable('jobs')
    .set((eb) => ({
      status: sql<string>`case when ${eb.ref('attempts')} >= ${eb.ref('max_attempts')} then 'failed' else 'queued' end`,
      run_at: new Date(now.getTime() + 1000 * 2 ** Math.min(job.attempts, 10)),
      last_error: message.slice(0, 2000),
      locked_until: null,
      finished_at: sql<Date>`case when ${eb.ref('attempts')} >= ${eb.ref('max_attempts')} then now() else null end`,
    }))
    .where('tenant_id', '=', job.tenantId)
    .where('id', '=', job.id)
    .execute();
}

export async function reportProgress(db: Db, job: Pick<Job, 'tenantId' | 'id'>, percent: number) {
  await db
    .updateTable('jobs')
    .set({ progress: Math.max(0, Math.min(100, Math.round(percent))) })
    .where('tenant_id', '=', job.tenantId)
    .where('id', '=', job.id)
    .execute();
}

export async function findJob(db: Db, tenantId: string, id: string): Promise<Job | undefined> {
  const row = await db.selectFrom('jobs').selectAll().where('tenant_id', '=', tenantId).where('id', '=', id).executeTakeFirst();
  return row ? toJob(row) : undefined;
}
