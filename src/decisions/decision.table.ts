import type { ColumnType, Generated, JSONColumnType } from 'kysely';

type Created = ColumnType<Date, Date | undefined, never>;
type Updated = ColumnType<Date, Date | undefined, Date>;

export interface MotionsTable {
  tenant_id: string;
  id: Generated<string>;
  matter_id: string;
  document_id: string;
  filed_on: string;
  revision: Generated<number>;
  revises_id: string | null;
  superseded: Generated<boolean>;
  reasoning: Generated<string>;
  created_at: Created;
}

export interface MotionPartiesTable {
  tenant_id: string;
  motion_id: string;
  party_id: string;
  position: number;
}

export interface MotionPointsTable {
  tenant_id: string;
  id: Generated<string>;
  motion_id: string;
  number: number;
  kind: string;
  target_point_id: string | null;
  text: Generated<string>;
  organisation_id: string | null;
}

export interface StatementsTable {
  tenant_id: string;
  id: Generated<string>;
  matter_id: string;
  document_id: string;
  party_id: string;
  filed_on: string;
  created_at: Created;
}

export interface StatementPointsTable {
  tenant_id: string;
  statement_id: string;
  point_id: string;
  position: number;
  text: string;
}

export interface DecisionsTable {
  tenant_id: string;
  id: Generated<string>;
  agenda_item_id: string;
  matter_id: string;
  paragraph: number;
  decided_on: string;
  outcome: string;
  text: string;
  note: string | null;
  created_at: Created;
  updated_at: Updated;
}

export interface DecisionPointsTable {
  tenant_id: string;
  id: Generated<string>;
  decision_id: string;
  position: number;
  kind: string;
  number: number | null;
  proposal_point_id: string | null;
  motion_point_id: string | null;
  outcome: string;
  text: string;
  method: string;
  order_of_questions: string | null;
  proposals: JSONColumnType<unknown[], string, string>;
  assignment_id: string | null;
  organisation_id: string | null;
  created_assignment_id: string | null;
}

export interface DecisionVotesTable {
  tenant_id: string;
  decision_point_id: string;
  person_id: string;
  party_id: string | null;
  choice: string;
}

export interface DecisionRemarksTable {
  tenant_id: string;
  id: Generated<string>;
  decision_id: string;
  kind: string;
  party_id: string | null;
  position: number;
  text: string;
}

export interface CouncilReferralsTable {
  tenant_id: string;
  id: Generated<string>;
  assignment_id: string;
  organisation_id: string;
  decision_id: string;
  queued_on: string;
  picked_up_by_report_id: string | null;
}
