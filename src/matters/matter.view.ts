/**
 * A matter as readers see it: its documents (secret ones only for those allowed to read them),
 * the staff report's points, motions and statements. Shared by the API and the pages so both
 * hide exactly the same things.
 */
import { can } from '../auth/permissions.ts';
import type { Actor } from '../auth/roles.ts';
import type { Db } from '../db/connection.ts';
import { listMotions, listStatements } from '../decisions/motion.store.ts';
import { organisationScope } from '../organisations/organisation.store.ts';
import { findMatter, findStaffReport, listDocuments, listPoints } from './matter.store.ts';
import type { Matter, MatterDocument } from './matter.ts';

export async function canReadSecret(db: Db, actor: Actor, tenantId: string, organisationId: string): Promise<boolean> {
  if (actor.kind !== 'user') return actor.kind === 'system';
  return can(actor, 'document.read-secret', { organisationIds: await organisationScope(db, tenantId, organisationId) });
}

/** What a public reader may see of a document: a secret one is absent, as if it did not exist. */
export function visibleDocument(document: MatterDocument | undefined, mayReadSecret: boolean): MatterDocument | undefined {
  if (!document || document.deletedAt) return undefined;
  if (document.secret && !mayReadSecret) return undefined;
  return document;
}

export async function loadMatterView(db: Db, actor: Actor, tenantId: string, matterId: string) {
  const matter = await findMatter(db, tenantId, matterId);
  if (!matter || matter.deletedAt) return undefined;
  const includeSecret = await canReadSecret(db, actor, tenantId, matter.organisationId);
  const documents = await listDocuments(db, tenantId, matterId, { includeSecret });
  const staffReport = await findStaffReport(db, tenantId, matterId);
  const points = staffReport ? await listPoints(db, tenantId, staffReport.id) : [];
  return {
    matter,
    documents,
    staffReport: staffReport && (!staffReport.secret || includeSecret) ? { ...staffReport, points } : null,
    motions: await listMotions(db, tenantId, matterId),
    statements: await listStatements(db, tenantId, matterId),
  };
}

export type MatterView = NonNullable<Awaited<ReturnType<typeof loadMatterView>>>;
export type { Matter };
