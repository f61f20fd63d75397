import type { ColumnType, Generated } from 'kysely';

export interface OrganisationsTable {
  tenant_id: string;
  id: Generated<string>;
  kind: string;
  name: string;
  short_name: string | null;
  parent_id: string | null;
  serves_id: string | null;
  sort_order: Generated<number>;
  created_at: ColumnType<Date, Date | undefined, never>;
  updated_at: ColumnType<Date, Date | undefined, Date>;
}

export interface PartiesTable {
  tenant_id: string;
  id: Generated<string>;
  abbreviation: string;
  name: string;
}
