/**
 * What saving an import needs to look up and the features' stores do not offer: a matter by
 * its dnr, the last status change of an assignee, a user as an actor for a queued job. Reads
 * only; every write goes through the features' commands.
 */
import type { Actor } from '../../auth/roles.ts';
import { loadGrants } from '../../auth/session.store.ts';
import type { Db } from '../../db/connection.ts';

export async function findMatterIdByDnr(db: Db, tenantId: string, dnr: string): Promise<string | undefined> {
  const row = await db
    .selectFrom('matters')
    .select('id')
    .where('tenant_id', '=', tenantId)
    .where('dnr', '=', dnr)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
  return row?.id;
}

/** When the organisation's status of the assignment last moved (its registration aside), and to what. */
export async function lastStatusChange(db: Db, tenantId: string, assignmentId: string, organisationId: string) {
  return db
    .selectFrom('assignment_status_changes')
    .select(['changed_at', 'to_status'])
    .where('tenant_id', '=', tenantId)
    .where('assignment_id', '=', assignmentId)
    .where('organisation_id', '=', organisationId)
    .where('from_status', 'is not', null)
    .orderBy('changed_at', 'desc')
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
}

/** A user as the actor of work they queued, with the grants they hold now. */
export async function userActor(db: Db, tenantId: string, userId: string): Promise<Actor | undefined> {
  const user = await db.selectFrom('users').select(['id', 'name', 'email']).where('tenant_id', '=', tenantId).where('id', '=', userId).where('active', '=', true).executeTakeFirst();
  if (!user) return undefined;
  return { kind: 'user', tenantId, userId: user.id, name: user.name, email: user.email, grants: await loadGrants(db, tenantId, userId) };
}

/** Whether the matter has a decision: then its proposal can no longer be moved on. */
export async function matterIsDecided(db: Db, tenantId: string, matterId: string): Promise<boolean> {
  const row = await db.selectFrom('decisions').select('id').where('tenant_id', '=', tenantId).where('matter_id', '=', matterId).executeTakeFirst();
  return row !== undefined;
}
