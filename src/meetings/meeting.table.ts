import type { ColumnType, Generated } from 'kysely';

type Created = ColumnType<Date, Date | undefined, never>;
type Updated = ColumnType<Date, Date | undefined, Date>;

export interface MeetingsTable {
  tenant_id: string;
  id: Generated<string>;
  organisation_id: string;
  starts_at: Date;
  ends_at: Date | null;
  place: string;
  state: Generated<string>;
  called_at: Date | null;
  created_at: Created;
  updated_at: Updated;
  deleted_at: Date | null;
}

export interface MeetingAttendanceTable {
  tenant_id: string;
  meeting_id: string;
  person_id: string;
  party_id: string | null;
  serving_as: string;
}

export interface AgendaItemsTable {
  tenant_id: string;
  id: Generated<string>;
  meeting_id: string;
  number: string;
  position: number;
  title: string;
  matter_id: string | null;
  public: Generated<boolean>;
  created_at: Created;
  updated_at: Updated;
  deleted_at: Date | null;
}

export interface MinutesTable {
  tenant_id: string;
  id: Generated<string>;
  meeting_id: string;
  approved_on: string | null;
  approvers: Generated<string[]>;
  posted_on: string | null;
  appeal_ends_on: string | null;
  created_at: Created;
  updated_at: Updated;
}
