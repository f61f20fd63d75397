import type { ColumnType, Generated } from 'kysely';

export interface AssignmentsTable {
  tenant_id: string;
  id: Generated<string>;
  dnr: string;
  /** Year and sequence of the dnr as a sortable key, so old and new dnr formats sort together. */
  dnr_sort: string;
  title: string;
  description: string | null;
  origin: string;
  origin_year: number | null;
  origin_decided_on: string | null;
  origin_reference: string | null;
  assigned_to_all: Generated<boolean>;
  due_on: string | null;
  version: Generated<number>;
  created_at: ColumnType<Date, Date | undefined, never>;
  updated_at: ColumnType<Date, Date | undefined, Date>;
}

export interface AssigneesTable {
  tenant_id: string;
  assignment_id: string;
  organisation_id: string;
  status: Generated<string>;
  version: Generated<number>;
  updated_at: ColumnType<Date, Date | undefined, Date>;
}

export interface AssignmentStatusChangesTable {
  tenant_id: string;
  id: Generated<string>;
  assignment_id: string;
  organisation_id: string;
  from_status: string | null;
  to_status: string;
  changed_at: ColumnType<Date, Date | undefined, Date>;
  changed_by: string | null;
  changed_by_label: string | null;
  reason: string | null;
  report_id: string | null;
  decision_id: string | null;
}
