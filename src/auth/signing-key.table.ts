import type { ColumnType } from 'kysely';

/** A tenant's secret for signing tokens that live outside a session (pre-session CSRF). */
export interface SigningKeysTable {
  tenant_id: string;
  purpose: string;
  secret: string;
  created_at: ColumnType<Date, Date | undefined, never>;
}
