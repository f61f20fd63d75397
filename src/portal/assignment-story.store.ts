import { findAssignment, listStatusChanges } from '../assignments/assignment.store.ts';
import type { Db } from '../db/connection.ts';
import type { StoryAccount, StoryDecision, StoryInput } from './assignment-story.ts';

/** Everything public about one assignment, for its page and its feed. */
export async function loadStory(db: Db, tenantId: string, assignmentId: string): Promise<StoryInput | undefined> {
  const assignment = await findAssignment(db, tenantId, assignmentId);
  if (!assignment) return undefined;
  const [changes, accounts, decisions] = await Promise.all([
    listStatusChanges(db, tenantId, assignmentId),
    listPublicAccounts(db, tenantId, assignmentId),
    listPublicDecisions(db, tenantId, assignmentId),
  ]);
  return { assignment, changes, accounts, decisions };
}

/** Accounts of the assignment in adopted reports (drafts are not public). */
export async function listPublicAccounts(_db: Db, _tenantId: string, _assignmentId: string): Promise<StoryAccount[]> {
  return [];
}

/** Decisions on the assignment whose minutes are approved. */
export async function listPublicDecisions(_db: Db, _tenantId: string, _assignmentId: string): Promise<StoryDecision[]> {
  return [];
}
