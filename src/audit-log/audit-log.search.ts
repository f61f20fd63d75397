/**
 * Reading the audit log as administrators and auditors do: newest first, filtered by kind of
 * entity, entity, person, action and a range of days (Swedish calendar days), paged by cursor.
 */
import { sql } from 'kysely';
import type { Db } from '../db/connection.ts';
import { toAuditEntry, type AuditEntry } from './audit-log.store.ts';

export interface AuditFilter {
  entityType?: string | undefined;
  entityId?: string | undefined;
  userId?: string | undefined;
  action?: string | undefined;
  /** First day included, `YYYY-MM-DD` (Europe/Stockholm). */
  from?: string | undefined;
  /** Last day included, `YYYY-MM-DD` (Europe/Stockholm). */
  to?: string | undefined;
}

/** Position after which the next page starts: the last entry's time (ISO) and id. */
export type AuditCursor = [string, string];

export async function searchChanges(
  db: Db,
  tenantId: string,
  filter: AuditFilter,
  options: { limit: number; after?: AuditCursor | undefined },
): Promise<AuditEntry[]> {
  let query = db.selectFrom('audit_log').selectAll().where('tenant_id', '=', tenantId);
  if (filter.entityType) query = query.where('entity_type', '=', filter.entityType);
  if (filter.entityId) query = query.where('entity_id', '=', filter.entityId);
  if (filter.userId) query = query.where('actor_user_id', '=', filter.userId);
  if (filter.action) query = query.where('action', '=', filter.action);
  if (filter.from) query = query.where('at', '>=', sql<Date>`(${filter.from}::date)::timestamp at time zone 'Europe/Stockholm'`);
  if (filter.to) query = query.where('at', '<', sql<Date>`(${filter.to}::date + 1)::timestamp at time zone 'Europe/Stockholm'`);
  if (options.after) {
    const [at, id] = options.after;
    query = query.where((eb) => eb.or([eb('at', '<', new Date(at)), eb.and([eb('at', '=', new Date(at)), eb('id', '<', id)])]));
  }
  const rows = await query.orderBy('at', 'desc').orderBy('id', 'desc').limit(options.limit).execute();
  return rows.map(toAuditEntry);
}

export async function countChanges(db: Db, tenantId: string): Promise<number> {
  const row = await db.selectFrom('audit_log').select((eb) => eb.fn.countAll<number>().as('n')).where('tenant_id', '=', tenantId).executeTakeFirstOrThrow();
  return Number(row.n);
}

/** The kinds of entity and the actions that occur in the tenant's log, for the filter's choices. */
export async function auditVocabulary(db: Db, tenantId: string): Promise<{ entityTypes: string[]; actions: string[] }> {
  const types = await db.selectFrom('audit_log').select('entity_type').distinct().where('tenant_id', '=', tenantId).orderBy('entity_type').execute();
  const actions = await db.selectFrom('audit_log').select('action').distinct().where('tenant_id', '=', tenantId).orderBy('action').execute();
  return { entityTypes: types.map((r) => r.entity_type), actions: actions.map((r) => r.action) };
}
