import type { Generated } from 'kysely';

export interface GoalsTable {
  tenant_id: string;
  id: Generated<string>;
  budget_year: number;
  number: number;
  title: string;
  description: string | null;
}

export interface GoalResponsibilitiesTable {
  tenant_id: string;
  goal_id: string;
  organisation_id: string;
  role: string | null;
}
