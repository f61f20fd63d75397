import type { ColumnType, Generated } from 'kysely';

export interface AuditLogTable {
  tenant_id: string;
  id: Generated<string>;
  at: ColumnType<Date, Date | undefined, never>;
  actor_user_id: string | null;
  actor_label: string;
  action: string;
  entity_type: string;
  entity_id: string;
  /** JSON snapshots of the entity before and after the change. */
  before: ColumnType<unknown, string | null, never>;
  after: ColumnType<unknown, string | null, never>;
  reason: string | null;
}
