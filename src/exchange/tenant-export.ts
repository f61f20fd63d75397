/**
 * A tenant's data as one JSON document, and back. The export is the backup and the way to
 * move a municipality between installations; `import` of an export gives the same data again.
 */
import { sql } from 'kysely';
import type { Db } from '../db/connection.ts';
import { TENANT_TABLES } from './tenant-tables.ts';

export const EXPORT_FORMAT = 'uppsikt-tenant-export';
export const EXPORT_VERSION = 1;

type Row = Record<string, unknown>;

export interface TenantExport {
  format: typeof EXPORT_FORMAT;
  version: number;
  exportedAt: string;
  tenant: Row;
  tables: Record<string, Row[]>;
}

export async function exportTenant(db: Db, tenantId: string): Promise<TenantExport> {
  return db.transaction().execute(async (trx) => {
    // PostgreSQL writes each row as JSON itself: timestamps keep their microseconds and numbers
    // their digits, so an export read back in is exactly the same data.
    const tenant = await sql<{ row: Row }>`select to_jsonb(t) as row from tenants t where tenant_id = ${tenantId}`.execute(trx);
    if (tenant.rows.length === 0) throw new Error(`Kommunen "${tenantId}" finns inte.`);
    const tables: Record<string, Row[]> = {};
    for (const table of TENANT_TABLES) {
      const order = sql.join(table.orderBy.map((c) => sql.ref(`t.${c}`)));
      const rows = await sql<{ row: Row }>`select to_jsonb(t) as row from ${sql.table(table.name)} t where t.tenant_id = ${tenantId} order by ${order}`.execute(trx);
      tables[table.name] = rows.rows.map((r) => r.row);
    }
    return { format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: new Date().toISOString(), tenant: tenant.rows[0]!.row, tables };
  });
}

/** Orders rows of a tree table so every parent comes before its children. */
function parentsFirst(rows: Row[], refs: string[]): Row[] {
  const pending = new Map(rows.map((r) => [r.id as string, r]));
  const done = new Set<string>();
  const ordered: Row[] = [];
  while (pending.size > 0) {
    const before = pending.size;
    for (const [id, row] of pending) {
      if (refs.every((ref) => row[ref] === null || row[ref] === undefined || done.has(row[ref] as string) || !pending.has(row[ref] as string))) {
        ordered.push(row);
        done.add(id);
        pending.delete(id);
      }
    }
    if (pending.size === before) throw new Error('Exporten innehåller en cirkulär hierarki och kan inte läsas in.');
  }
  return ordered;
}

async function jsonColumns(trx: Db, table: string): Promise<Set<string>> {
  const result = await sql<{ column_name: string }>`
    select column_name from information_schema.columns
    where table_schema = current_schema() and table_name = ${table} and data_type in ('json', 'jsonb')`.execute(trx);
  return new Set(result.rows.map((r) => r.column_name));
}

export function isTenantExport(value: unknown): value is TenantExport {
  const v = value as TenantExport;
  return v?.format === EXPORT_FORMAT && typeof v.version === 'number' && typeof v.tenant === 'object' && typeof v.tables === 'object';
}

/** Loads an export into this database, all or nothing. Refuses if the tenant already exists. */
export async function importTenant(db: Db, data: unknown): Promise<{ tenantId: string; rows: number }> {
  if (!isTenantExport(data)) throw new Error(`Filen är inte en export från Uppsikt (format "${EXPORT_FORMAT}").`);
  if (data.version > EXPORT_VERSION) throw new Error(`Exporten har version ${data.version}; den här versionen av Uppsikt läser upp till ${EXPORT_VERSION}.`);
  const tenantId = String(data.tenant.tenant_id);
  return db.transaction().execute(async (trx) => {
    const exists = await sql`select 1 from tenants where tenant_id = ${tenantId}`.execute(trx);
    if (exists.rows.length > 0) throw new Error(`Kommunen "${tenantId}" finns redan; inget lästes in.`);
    await insertRows(trx, 'tenants', [data.tenant]);
    let count = 1;
    for (const table of TENANT_TABLES) {
      const rows = data.tables[table.name] ?? [];
      for (const row of rows) {
        if (row.tenant_id !== tenantId) throw new Error(`En rad i ${table.name} hör till en annan kommun.`);
      }
      await insertRows(trx, table.name, table.selfReferences ? parentsFirst(rows, table.selfReferences) : rows);
      count += rows.length;
    }
    return { tenantId, rows: count };
  });
}

async function insertRows(trx: Db, name: string, rows: Row[]) {
  if (rows.length === 0) return;
  const json = await jsonColumns(trx, name);
  const prepared = rows.map((row) =>
    Object.fromEntries(Object.entries(row).map(([k, v]) => [k, json.has(k) && v !== null ? JSON.stringify(v) : v])),
  );
  // Chunked so a large tenant stays under the protocol's parameter limit.
  for (let i = 0; i < prepared.length; i += 500) {
    await trx.insertInto(name as never).values(prepared.slice(i, i + 500) as never).execute();
  }
}
