import type { ColumnType, Generated, JSONColumnType } from 'kysely';

type Created = ColumnType<Date, Date | undefined, never>;
type Updated = ColumnType<Date, Date | undefined, Date>;

export interface RegistryCountersTable {
  tenant_id: string;
  year: number;
  last_sequence: number;
}

export interface MattersTable {
  tenant_id: string;
  id: Generated<string>;
  dnr: string;
  dnr_sort: string;
  registered_on: string;
  subject: string;
  sender: string | null;
  recipient: string | null;
  organisation_id: string;
  report_id: string | null;
  created_at: Created;
  updated_at: Updated;
  deleted_at: Date | null;
}

export interface MatterDocumentsTable {
  tenant_id: string;
  id: Generated<string>;
  matter_id: string;
  kind: string;
  title: string;
  registered_on: string;
  sender: string | null;
  recipient: string | null;
  secret: Generated<boolean>;
  secrecy_ground: string | null;
  body: JSONColumnType<Record<string, unknown> | null, string | null, string | null>;
  text: Generated<string>;
  position: Generated<number>;
  created_at: Created;
  updated_at: Updated;
  deleted_at: Date | null;
}

export interface ProposalPointsTable {
  tenant_id: string;
  id: Generated<string>;
  document_id: string;
  number: number;
  text: string;
  effect: Generated<string>;
  assignment_id: string | null;
  organisation_id: string | null;
}
