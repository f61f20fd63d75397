import { sql } from 'kysely';
import type { Db } from '../db/connection.ts';
import { findJob, toJob, type Job } from '../jobs/job.store.ts';

/** The person's recent long tasks of the given kinds, newest first. */
export async function listJobsOf(db: Db, tenantId: string, userId: string, kinds: readonly string[], limit = 20): Promise<Array<Job & { createdAt: Date }>> {
  const rows = await db
    .selectFrom('jobs')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where('kind', 'in', [...kinds])
    .where(sql<string>`payload->>'userId'`, '=', userId)
    .orderBy('created_at', 'desc')
    .limit(limit)
    .execute();
  return rows.map((row) => ({ ...toJob(row), createdAt: row.created_at }));
}

/** A job if it is one of the workspace's and belongs to the person, else undefined. */
export async function findJobOf(db: Db, tenantId: string, userId: string, id: string, kinds: readonly string[]): Promise<Job | undefined> {
  const job = await findJob(db, tenantId, id);
  if (!job || !kinds.includes(job.kind) || (job.payload as { userId?: string }).userId !== userId) return undefined;
  return job;
}
