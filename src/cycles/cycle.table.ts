import type { ColumnType, Generated } from 'kysely';

export interface ReportingCyclesTable {
  tenant_id: string;
  id: Generated<string>;
  kind: string;
  name: string;
  year: number;
  period_start: string;
  period_end: string;
  committee_deadline: string | null;
  created_at: ColumnType<Date, Date | undefined, never>;
}
