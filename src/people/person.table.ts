import type { ColumnType, Generated } from 'kysely';

type Created = ColumnType<Date, Date | undefined, never>;
type Updated = ColumnType<Date, Date | undefined, Date>;

export interface PeopleTable {
  tenant_id: string;
  id: Generated<string>;
  given_name: string;
  family_name: string;
  party_id: string | null;
  /** E.g. "Fiktiv person (demodata)". */
  note: string | null;
  created_at: Created;
  updated_at: Updated;
  deleted_at: Date | null;
}

export interface MembershipsTable {
  tenant_id: string;
  id: Generated<string>;
  person_id: string;
  organisation_id: string;
  party_id: string | null;
  role: string;
  start_date: string | null;
  end_date: string | null;
  created_at: Created;
  updated_at: Updated;
  deleted_at: Date | null;
}

export interface LegislativeTermsTable {
  tenant_id: string;
  id: Generated<string>;
  name: string;
  start_date: string;
  end_date: string;
  created_at: Created;
  updated_at: Updated;
}
