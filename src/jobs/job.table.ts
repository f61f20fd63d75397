import type { ColumnType, Generated } from 'kysely';

export interface JobsTable {
  tenant_id: string;
  id: Generated<string>;
  kind: string;
  payload: ColumnType<unknown, string | undefined, string>;
  status: Generated<string>;
  unique_key: string | null;
  run_at: ColumnType<Date, Date | undefined, Date>;
  attempts: Generated<number>;
  max_attempts: Generated<number>;
  progress: Generated<number>;
  result: ColumnType<unknown, string | null | undefined, string | null>;
  last_error: string | null;
  locked_until: Date | null;
  created_at: ColumnType<Date, Date | undefined, never>;
  finished_at: Date | null;
}
