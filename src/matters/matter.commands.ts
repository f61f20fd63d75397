/**
 * Registering matters and their documents, and editing the staff report afterwards. Each runs
 * in the caller's transaction, checks the secretary's scope (the body the matter belongs to)
 * and writes an audit entry.
 */
import { recordChange } from '../audit-log/audit-log.store.ts';
import type { Actor } from '../auth/roles.ts';
import { dnrSortKey, formatDnr, requireDnr, type Dnr } from '../assignments/dnr.ts';
import type { Db } from '../db/connection.ts';
import { AppError, notFound } from '../http/errors.ts';
import { assertCan } from '../http/route.ts';
import { findOrganisation, organisationScope } from '../organisations/organisation.store.ts';
import type { Tenant } from '../tenants/tenant.ts';
import type { Matter, MatterDocument, PointEffect } from './matter.ts';
import {
  findDocument,
  findMatter,
  insertDocument,
  insertMatter,
  listPoints,
  touchMatter,
  updateDocument,
  type NewDocument,
  type NewMatter,
} from './matter.store.ts';
import { reserveSequence, takeNextSequence } from './registry.store.ts';
import type { StaffReportBody } from './staff-report.ts';

export async function assertManagesMatterOf(trx: Db, actor: Actor, tenantId: string, organisationId: string) {
  assertCan(actor, 'matter.manage', { organisationIds: await organisationScope(trx, tenantId, organisationId) });
}

/** A new number in the tenant's current format, or the given one (checked and reserved). */
export async function allocateDnr(trx: Db, tenant: Tenant, registeredOn: string, given?: string | null): Promise<Dnr> {
  if (given) {
    const dnr = requireDnr(given, tenant.dnrFormats);
    await reserveSequence(trx, tenant.id, dnr.year, dnr.sequence);
    return dnr;
  }
  const year = Number(registeredOn.slice(0, 4));
  const sequence = await takeNextSequence(trx, tenant.id, year);
  return { text: formatDnr(tenant.dnrFormats[0]!, year, sequence), year, sequence };
}

export type RegisterMatterInput = Omit<NewMatter, 'dnr' | 'dnrSort'> & {
  /** Leave out to have the registry give the next number. */
  dnr?: string | null;
};

export async function registerMatter(trx: Db, actor: Actor, tenant: Tenant, input: RegisterMatterInput): Promise<Matter> {
  if (!(await findOrganisation(trx, tenant.id, input.organisationId))) throw new AppError('invalid_input', 'Okänd organisation.');
  await assertManagesMatterOf(trx, actor, tenant.id, input.organisationId);
  const dnr = await allocateDnr(trx, tenant, input.registeredOn, input.dnr);
  const id = await insertMatter(trx, tenant.id, { ...input, dnr: dnr.text, dnrSort: dnrSortKey(dnr) });
  const matter = (await findMatter(trx, tenant.id, id))!;
  await recordChange(trx, actor, { action: 'matter.register', entityType: 'matter', entityId: id, after: matter });
  return matter;
}

export type RegisterDocumentInput = Omit<NewDocument, 'matterId'>;

export async function registerDocument(trx: Db, actor: Actor, tenant: Tenant, matterId: string, input: RegisterDocumentInput): Promise<MatterDocument> {
  const matter = await findMatter(trx, tenant.id, matterId);
  if (!matter || matter.deletedAt) throw notFound('Ärendet');
  await assertManagesMatterOf(trx, actor, tenant.id, matter.organisationId);
  return addDocument(trx, actor, tenant, matter, input);
}

/** Adds a document to a matter whose permission the caller has already checked. */
export async function addDocument(trx: Db, actor: Actor, tenant: Tenant, matter: Matter, input: RegisterDocumentInput): Promise<MatterDocument> {
  if (input.secret && !input.secrecyGround?.trim()) {
    throw new AppError('invalid_input', 'En sekretessbelagd handling måste ange sekretessgrund, t.ex. "OSL 18 kap. 8 §".');
  }
  const id = await insertDocument(trx, tenant.id, { ...input, matterId: matter.id });
  await touchMatter(trx, tenant.id, matter.id);
  const document = (await findDocument(trx, tenant.id, id))!;
  // The audit entry of a secret document does not copy its content into the log.
  await recordChange(trx, actor, {
    action: 'document.register',
    entityType: 'document',
    entityId: id,
    after: { ...document, body: document.secret ? null : document.body, text: document.secret ? '' : document.text },
  });
  return document;
}

async function documentForChange(trx: Db, actor: Actor, tenant: Tenant, documentId: string) {
  const document = await findDocument(trx, tenant.id, documentId);
  if (!document || document.deletedAt) throw notFound('Handlingen');
  const matter = (await findMatter(trx, tenant.id, document.matterId))!;
  await assertManagesMatterOf(trx, actor, tenant.id, matter.organisationId);
  return { document, matter };
}

/** Removes a document from the matter; OParl keeps serving it as a tombstone (deleted: true). */
export async function removeDocument(trx: Db, actor: Actor, tenant: Tenant, documentId: string): Promise<void> {
  const { document, matter } = await documentForChange(trx, actor, tenant, documentId);
  await updateDocument(trx, tenant.id, documentId, { deletedAt: new Date() });
  await touchMatter(trx, tenant.id, matter.id);
  await recordChange(trx, actor, { action: 'document.remove', entityType: 'document', entityId: documentId, before: { title: document.title, kind: document.kind } });
}

export type StaffReportPatch = Partial<Omit<StaffReportBody, 'issuedBy'>>;

export async function editStaffReport(trx: Db, actor: Actor, tenant: Tenant, documentId: string, patch: StaffReportPatch): Promise<MatterDocument> {
  const { document, matter } = await documentForChange(trx, actor, tenant, documentId);
  if (document.kind !== 'staff-report') throw new AppError('invalid_input', 'Handlingen är inte ett tjänsteutlåtande.');
  const body = { ...(document.body ?? {}), ...patch };
  await updateDocument(trx, tenant.id, documentId, { body, text: String((body as Partial<StaffReportBody>).summary ?? '') });
  await touchMatter(trx, tenant.id, matter.id);
  const after = (await findDocument(trx, tenant.id, documentId))!;
  await recordChange(trx, actor, { action: 'staff-report.update', entityType: 'document', entityId: documentId, before: document.body, after: after.body });
  return after;
}

export interface PointEdit {
  text?: string;
}

/** Rewords a point; its id and number stay, so motions keep pointing at it. */
export async function editProposalPoint(trx: Db, actor: Actor, tenant: Tenant, documentId: string, pointId: string, edit: PointEdit) {
  const { matter } = await documentForChange(trx, actor, tenant, documentId);
  const before = (await listPoints(trx, tenant.id, documentId)).find((p) => p.id === pointId);
  if (!before) throw notFound('Beslutspunkten');
  await assertNotDecided(trx, tenant.id, matter.id);
  if (edit.text !== undefined) {
    await trx.updateTable('proposal_points').set({ text: edit.text }).where('tenant_id', '=', tenant.id).where('id', '=', pointId).execute();
  }
  await updateDocument(trx, tenant.id, documentId, {});
  const after = (await listPoints(trx, tenant.id, documentId)).find((p) => p.id === pointId)!;
  await recordChange(trx, actor, { action: 'proposal-point.update', entityType: 'proposal-point', entityId: pointId, before, after });
  return after;
}

/** Appends a point (numbered after the last). */
export async function addProposalPoint(
  trx: Db,
  actor: Actor,
  tenant: Tenant,
  documentId: string,
  input: { text: string; effect?: PointEffect; assignmentId?: string | null; organisationId?: string | null },
) {
  const { matter } = await documentForChange(trx, actor, tenant, documentId);
  await assertNotDecided(trx, tenant.id, matter.id);
  const existing = await listPoints(trx, tenant.id, documentId);
  const number = (existing.at(-1)?.number ?? 0) + 1;
  const effect = input.effect ?? (input.assignmentId ? 'approve-assignment' : 'none');
  const { id } = await trx
    .insertInto('proposal_points')
    .values({
      tenant_id: tenant.id,
      document_id: documentId,
      number,
      text: input.text,
      effect,
      assignment_id: input.assignmentId ?? null,
      organisation_id: input.organisationId ?? null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await updateDocument(trx, tenant.id, documentId, {});
  const after = (await listPoints(trx, tenant.id, documentId)).find((p) => p.id === id)!;
  await recordChange(trx, actor, { action: 'proposal-point.create', entityType: 'proposal-point', entityId: id, after });
  return after;
}

async function assertNotDecided(trx: Db, tenantId: string, matterId: string) {
  const decided = await trx
    .selectFrom('decisions')
    .select('id')
    .where('tenant_id', '=', tenantId)
    .where('matter_id', '=', matterId)
    .where('outcome', '=', 'decided')
    .executeTakeFirst();
  if (decided) throw new AppError('locked', 'Ärendet är redan beslutat; förslaget kan inte längre ändras.');
}
