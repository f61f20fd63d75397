/**
 * A council goal of a budget year and the organisations answering for it. The role is what
 * the report's role line says: "är ansvarig för målet" (responsible), "är huvudansvarig"
 * (lead), "är gemensamt huvudansvariga" (joint lead); null when the organisation reports on the
 * goal without a stated role.
 */
export const GOAL_ROLES = ['responsible', 'lead', 'joint-lead'] as const;
export type GoalRole = (typeof GOAL_ROLES)[number];

export interface GoalResponsibility {
  organisationId: string;
  organisationName: string;
  role: GoalRole | null;
}

export interface Goal {
  id: string;
  budgetYear: number;
  number: number;
  title: string;
  description: string | null;
  responsibilities: GoalResponsibility[];
}
