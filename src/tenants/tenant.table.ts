import type { ColumnType } from 'kysely';

export interface TenantsTable {
  tenant_id: string;
  name: string;
  /** Accepted dnr formats; the first is used for new numbers (see src/assignments/dnr.ts). */
  dnr_formats: ColumnType<string[], string[] | undefined, string[]>;
  hostnames: ColumnType<string[], string[] | undefined, string[]>;
  created_at: ColumnType<Date, Date | undefined, never>;
}
