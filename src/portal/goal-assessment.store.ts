import type { Db } from '../db/connection.ts';
import { listAssessmentsOfGoal } from '../reports/adopted-report.store.ts';

/** What an organisation's adopted report said about a goal in one period. */
export interface GoalAssessment {
  reportId: string;
  organisationName: string;
  periodName: string;
  adoptedAt: Date | null;
  /** Sanitised HTML from the report. */
  html: string;
}

/** The goal's assessments from adopted reports' goal-assessment sections, newest period first. */
export async function listGoalAssessments(db: Db, tenantId: string, goalId: string): Promise<GoalAssessment[]> {
  const rows = await listAssessmentsOfGoal(db, tenantId, goalId);
  return rows
    .map((r) => ({ reportId: r.id, organisationName: r.organisationName, periodName: r.cycleName, adoptedAt: r.adoptedAt, html: r.html }))
    .reverse();
}
