/** Flat reads for open datasets that no feature store offers as one list. */
import type { Db } from '../db/connection.ts';

export async function listAllStatusChanges(db: Db, tenantId: string) {
  return db
    .selectFrom('assignment_status_changes as c')
    .innerJoin('assignments as a', (j) => j.onRef('a.tenant_id', '=', 'c.tenant_id').onRef('a.id', '=', 'c.assignment_id'))
    .innerJoin('organisations as o', (j) => j.onRef('o.tenant_id', '=', 'c.tenant_id').onRef('o.id', '=', 'c.organisation_id'))
    .select([
      'c.id',
      'c.assignment_id',
      'a.dnr',
      'c.organisation_id',
      'o.name as organisation_name',
      'c.from_status',
      'c.to_status',
      'c.changed_at',
      'c.reason',
      'c.report_id',
      'c.decision_id',
    ])
    .where('c.tenant_id', '=', tenantId)
    .orderBy('a.dnr_sort')
    .orderBy('c.changed_at')
    .orderBy('c.id')
    .execute();
}

export async function listIndicatorValues(db: Db, tenantId: string) {
  return db
    .selectFrom('indicator_values as v')
    .innerJoin('indicators as i', (j) => j.onRef('i.tenant_id', '=', 'v.tenant_id').onRef('i.id', '=', 'v.indicator_id'))
    .innerJoin('organisations as o', (j) => j.onRef('o.tenant_id', '=', 'v.tenant_id').onRef('o.id', '=', 'v.organisation_id'))
    .innerJoin('reporting_cycles as y', (j) => j.onRef('y.tenant_id', '=', 'v.tenant_id').onRef('y.id', '=', 'v.cycle_id'))
    .select(['i.code', 'i.name', 'i.unit', 'v.organisation_id', 'o.name as organisation_name', 'v.cycle_id', 'y.name as cycle_name', 'v.kind', 'v.value'])
    .where('v.tenant_id', '=', tenantId)
    .orderBy('y.period_end', 'desc')
    .orderBy('i.code')
    .orderBy('o.sort_order')
    .orderBy('v.kind')
    .execute();
}
