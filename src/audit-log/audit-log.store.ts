import type { Selectable } from 'kysely';
import type { Db } from '../db/connection.ts';
import { actorLabel, actorUserId, type Actor } from '../auth/roles.ts';
import type { AuditLogTable } from './audit-log.table.ts';

export interface ChangeRecord {
  /** What was done, e.g. "assignment.transition". */
  action: string;
  entityType: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
  /** Why: a user's comment, or the decision paragraph that caused it. */
  reason?: string | null;
}

/** One audit entry per change; call it inside the transaction that makes the change. */
export async function recordChange(trx: Db, actor: Actor, change: ChangeRecord): Promise<void> {
  await trx
    .insertInto('audit_log')
    .values({
      tenant_id: actor.tenantId,
      actor_user_id: actorUserId(actor),
      actor_label: actorLabel(actor),
      action: change.action,
      entity_type: change.entityType,
      entity_id: change.entityId,
      before: change.before === undefined ? null : JSON.stringify(change.before),
      after: change.after === undefined ? null : JSON.stringify(change.after),
      reason: change.reason ?? null,
    })
    .execute();
}

export interface AuditEntry {
  id: string;
  at: Date;
  actorUserId: string | null;
  actorLabel: string;
  action: string;
  entityType: string;
  entityId: string;
  before: unknown;
  after: unknown;
  reason: string | null;
}

export function toAuditEntry(r: Selectable<AuditLogTable>): AuditEntry {
  return {
    id: r.id,
    at: r.at,
    actorUserId: r.actor_user_id,
    actorLabel: r.actor_label,
    action: r.action,
    entityType: r.entity_type,
    entityId: r.entity_id,
    before: r.before,
    after: r.after,
    reason: r.reason,
  };
}

export async function listChanges(
  db: Db,
  tenantId: string,
  filter: { entityType?: string; entityId?: string; limit?: number } = {},
): Promise<AuditEntry[]> {
  let query = db.selectFrom('audit_log').selectAll().where('tenant_id', '=', tenantId);
  if (filter.entityType) query = query.where('entity_type', '=', filter.entityType);
  if (filter.entityId) query = query.where('entity_id', '=', filter.entityId);
  const rows = await query.orderBy('at').orderBy('id').limit(filter.limit ?? 1000).execute();
  return rows.map(toAuditEntry);
}
