import type { Selectable } from 'kysely';
import type { Db } from '../db/connection.ts';
import type { CycleKind, ReportingCycle } from './cycle.ts';
import type { ReportingCyclesTable } from './cycle.table.ts';

const toCycle = (r: Selectable<ReportingCyclesTable>): ReportingCycle => ({
  id: r.id,
  kind: r.kind as CycleKind,
  name: r.name,
  year: r.year,
  periodStart: r.period_start,
  periodEnd: r.period_end,
  committeeDeadline: r.committee_deadline,
});

export async function listCycles(db: Db, tenantId: string, year?: number): Promise<ReportingCycle[]> {
  let query = db.selectFrom('reporting_cycles').selectAll().where('tenant_id', '=', tenantId);
  if (year !== undefined) query = query.where('year', '=', year);
  return (await query.orderBy('period_end', 'desc').orderBy('name').execute()).map(toCycle);
}

export async function findCycle(db: Db, tenantId: string, id: string): Promise<ReportingCycle | undefined> {
  const row = await db.selectFrom('reporting_cycles').selectAll().where('tenant_id', '=', tenantId).where('id', '=', id).executeTakeFirst();
  return row ? toCycle(row) : undefined;
}

export async function insertCycle(trx: Db, tenantId: string, c: Omit<ReportingCycle, 'id'> & { id?: string }): Promise<ReportingCycle> {
  const row = await trx
    .insertInto('reporting_cycles')
    .values({
      tenant_id: tenantId,
      ...(c.id ? { id: c.id } : {}),
      kind: c.kind,
      name: c.name,
      year: c.year,
      period_start: c.periodStart,
      period_end: c.periodEnd,
      committee_deadline: c.committeeDeadline,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toCycle(row);
}
