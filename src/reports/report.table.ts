import type { ColumnType, Generated } from 'kysely';

export interface ReportTemplatesTable {
  tenant_id: string;
  id: Generated<string>;
  key: string;
  version: number;
  name: string;
  definition: ColumnType<unknown, string, never>;
  created_at: ColumnType<Date, Date | undefined, never>;
}

export interface ReportsTable {
  tenant_id: string;
  id: Generated<string>;
  organisation_id: string;
  cycle_id: string;
  template_id: string;
  title: string;
  status: Generated<string>;
  version: Generated<number>;
  adopted_by_decision_id: string | null;
  locked: Generated<boolean>;
  submitted_at: Date | null;
  returned_at: Date | null;
  accepted_at: Date | null;
  adopted_at: Date | null;
  created_at: ColumnType<Date, Date | undefined, never>;
  updated_at: ColumnType<Date, Date | undefined, Date>;
}

export interface ReportSectionsTable {
  tenant_id: string;
  report_id: string;
  section_key: string;
  version: number;
  /** The section's content as stored (see section-content.ts). */
  content: ColumnType<unknown, string, string>;
  updated_at: ColumnType<Date, Date | undefined, Date>;
  updated_by: string | null;
}

export interface ReportSectionVersionsTable {
  tenant_id: string;
  report_id: string;
  section_key: string;
  version: number;
  report_version: number;
  content: ColumnType<unknown, string, never>;
  saved_at: ColumnType<Date, Date | undefined, never>;
  saved_by: string | null;
}

export interface ReportEventsTable {
  tenant_id: string;
  report_id: string;
  version: number;
  action: string;
  section_key: string | null;
  comment: string | null;
  at: ColumnType<Date, Date | undefined, never>;
  by_user_id: string | null;
  by_label: string;
}

export interface CycleParticipantsTable {
  tenant_id: string;
  cycle_id: string;
  organisation_id: string;
}
