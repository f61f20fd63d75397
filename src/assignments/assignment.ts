import type { AssignmentStatus } from './assignment-status.ts';

/** Where an assignment comes from: the council's budget of a year, another council decision, or the board. */
export const ASSIGNMENT_ORIGINS = ['council-budget', 'council', 'board'] as const;
export type AssignmentOrigin = (typeof ASSIGNMENT_ORIGINS)[number];

/** Organisation kinds that "all committees and boards" (alla nämnder och styrelser) expands to. */
export const ALL_COMMITTEES_AND_BOARDS = ['board', 'committee', 'company', 'holding'] as const;

export interface Assignee {
  organisationId: string;
  organisationName: string;
  status: AssignmentStatus;
  version: number;
}

export interface Assignment {
  id: string;
  dnr: string;
  title: string;
  description: string | null;
  origin: AssignmentOrigin;
  originYear: number | null;
  originDecidedOn: string | null;
  /** "punkt 10", "§ 996" … */
  originReference: string | null;
  assignedToAll: boolean;
  dueOn: string | null;
  version: number;
  assignees: Assignee[];
  createdAt: Date;
  updatedAt: Date;
}

export interface StatusChange {
  id: string;
  organisationId: string;
  organisationName: string;
  from: AssignmentStatus | null;
  to: AssignmentStatus;
  at: Date;
  by: string | null;
  reason: string | null;
  reportId: string | null;
  decisionId: string | null;
}
