import type { Db } from '../db/connection.ts';

/** What an organisation's adopted report said about a goal in one period. */
export interface GoalAssessment {
  reportId: string;
  organisationName: string;
  periodName: string;
  /** The assessment line, when the report gives one (e.g. "delvis uppfyllt"). */
  assessment: string | null;
  /** The prose as plain paragraphs. */
  paragraphs: string[];
}

/** The goal's assessments from adopted reports' goal-assessment sections, newest period first. */
export async function listGoalAssessments(_db: Db, _tenantId: string, _goalId: string): Promise<GoalAssessment[]> {
  return [];
}
