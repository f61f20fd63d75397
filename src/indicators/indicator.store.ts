import type { Selectable } from 'kysely';
import type { Db } from '../db/connection.ts';
import {
  reading,
  type Indicator,
  type IndicatorDirection,
  type IndicatorReading,
  type IndicatorUnit,
  type IndicatorValues,
  type ValueKind,
} from './indicator.ts';
import type { IndicatorsTable } from './indicator.table.ts';

const toIndicator = (r: Selectable<IndicatorsTable>): Indicator => ({
  id: r.id,
  code: r.code,
  name: r.name,
  unit: r.unit as IndicatorUnit,
  decimals: r.decimals,
  direction: r.direction as IndicatorDirection,
  description: r.description,
});

export async function listIndicators(db: Db, tenantId: string): Promise<Indicator[]> {
  return (await db.selectFrom('indicators').selectAll().where('tenant_id', '=', tenantId).orderBy('code').execute()).map(toIndicator);
}

export async function findIndicator(db: Db, tenantId: string, id: string): Promise<Indicator | undefined> {
  const row = await db.selectFrom('indicators').selectAll().where('tenant_id', '=', tenantId).where('id', '=', id).executeTakeFirst();
  return row ? toIndicator(row) : undefined;
}

export async function insertIndicator(trx: Db, tenantId: string, i: Omit<Indicator, 'id'> & { id?: string }): Promise<Indicator> {
  const row = await trx
    .insertInto('indicators')
    .values({
      tenant_id: tenantId,
      ...(i.id ? { id: i.id } : {}),
      code: i.code,
      name: i.name,
      unit: i.unit,
      decimals: i.decimals,
      direction: i.direction,
      description: i.description,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toIndicator(row);
}

export interface ValueKey {
  indicatorId: string;
  organisationId: string;
  cycleId: string;
  kind: ValueKind;
}

export async function upsertIndicatorValue(trx: Db, tenantId: string, key: ValueKey, value: number) {
  const previous = await trx
    .selectFrom('indicator_values')
    .select('value')
    .where('tenant_id', '=', tenantId)
    .where('indicator_id', '=', key.indicatorId)
    .where('organisation_id', '=', key.organisationId)
    .where('cycle_id', '=', key.cycleId)
    .where('kind', '=', key.kind)
    .executeTakeFirst();
  await trx
    .insertInto('indicator_values')
    .values({
      tenant_id: tenantId,
      indicator_id: key.indicatorId,
      organisation_id: key.organisationId,
      cycle_id: key.cycleId,
      kind: key.kind,
      value,
    })
    .onConflict((oc) => oc.constraint('indicator_values_pk').doUpdateSet({ value }))
    .execute();
  return previous?.value ?? null;
}

/** Every indicator's values for a cycle (optionally one organisation), with derived changes. */
export async function listReadings(db: Db, tenantId: string, cycleId: string, organisationId?: string): Promise<IndicatorReading[]> {
  const indicators = new Map((await listIndicators(db, tenantId)).map((i) => [i.id, i]));
  let query = db
    .selectFrom('indicator_values')
    .select(['indicator_id', 'organisation_id', 'kind', 'value'])
    .where('tenant_id', '=', tenantId)
    .where('cycle_id', '=', cycleId);
  if (organisationId) query = query.where('organisation_id', '=', organisationId);
  const grouped = new Map<string, { indicatorId: string; organisationId: string; values: IndicatorValues }>();
  for (const row of await query.execute()) {
    const key = `${row.indicator_id}/${row.organisation_id}`;
    const entry = grouped.get(key) ?? { indicatorId: row.indicator_id, organisationId: row.organisation_id, values: {} };
    entry.values[row.kind as ValueKind] = row.value;
    grouped.set(key, entry);
  }
  return [...grouped.values()]
    .map((g) => reading(indicators.get(g.indicatorId)!, g.organisationId, cycleId, g.values))
    .sort((a, b) => a.indicator.code.localeCompare(b.indicator.code) || a.organisationId.localeCompare(b.organisationId));
}
