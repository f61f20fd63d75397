import type { ColumnType, Generated } from 'kysely';

type Json<T> = ColumnType<T, string, string>;

export interface SurveysTable {
  tenant_id: string;
  id: Generated<string>;
  title: string;
  description: string | null;
  period_label: string | null;
  status: Generated<string>;
  audience: Json<unknown>;
  deadline: ColumnType<string | null, string | null | undefined, string | null>;
  repeats: Generated<boolean>;
  previous_round_id: string | null;
  cycle_id: string | null;
  reminder_rounds: Generated<number>;
  version: Generated<number>;
  created_at: ColumnType<Date, Date | undefined, never>;
  opened_at: Date | null;
  closed_at: Date | null;
}

export interface SurveyGroupsTable {
  tenant_id: string;
  survey_id: string;
  position: number;
  title: string;
}

export interface SurveyQuestionsTable {
  tenant_id: string;
  survey_id: string;
  key: string;
  position: number;
  group_position: number | null;
  kind: string;
  text: string;
  help: string | null;
  unit: string | null;
  options: ColumnType<unknown, string | null, string | null>;
  allows_unknown: boolean;
  required: boolean;
}

export interface SurveyDerivedRowsTable {
  tenant_id: string;
  survey_id: string;
  key: string;
  position: number;
  label: string;
  formula: string;
  unit: string;
  decimals: number;
}

export interface SurveyResponsesTable {
  tenant_id: string;
  survey_id: string;
  organisation_id: string;
  status: Generated<string>;
  version: Generated<number>;
  submitted_at: Date | null;
  submitted_by: string | null;
  reopen_requested_at: Date | null;
  reopen_reason: string | null;
  updated_at: ColumnType<Date, Date | undefined, Date>;
}

export interface SurveyAnswersTable {
  tenant_id: string;
  survey_id: string;
  organisation_id: string;
  question_key: string;
  answer: Json<unknown>;
  updated_at: ColumnType<Date, Date | undefined, Date>;
  updated_by: string | null;
}

export interface SurveyOutboxTable {
  tenant_id: string;
  id: Generated<string>;
  unique_key: string;
  survey_id: string;
  organisation_id: string;
  round: number;
  recipients: string[];
  subject: string;
  body: string;
  created_at: ColumnType<Date, Date | undefined, never>;
}

export interface SurveyPlacementsTable {
  tenant_id: string;
  id: Generated<string>;
  survey_id: string;
  report_id: string | null;
  section: string | null;
  part: string | null;
  title: string;
  row_keys: Json<unknown>;
  organisation_ids: Json<unknown>;
  column_labels: Json<unknown>;
  row_labels: Json<unknown>;
  printed: Json<unknown>;
  show_totals: Generated<boolean>;
  created_at: ColumnType<Date, Date | undefined, never>;
  updated_at: ColumnType<Date, Date | undefined, Date>;
}
