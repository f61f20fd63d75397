import type { Selectable } from 'kysely';
import type { Db } from '../db/connection.ts';
import type { DocumentKind, Matter, MatterDocument, PointEffect, ProposalPoint } from './matter.ts';
import type { MatterDocumentsTable, MattersTable, ProposalPointsTable } from './matter.table.ts';

export interface NewMatter {
  dnr: string;
  dnrSort: string;
  registeredOn: string;
  subject: string;
  sender?: string | null;
  recipient?: string | null;
  organisationId: string;
  reportId?: string | null;
}

export async function insertMatter(trx: Db, tenantId: string, m: NewMatter): Promise<string> {
  const { id } = await trx
    .insertInto('matters')
    .values({
      tenant_id: tenantId,
      dnr: m.dnr,
      dnr_sort: m.dnrSort,
      registered_on: m.registeredOn,
      subject: m.subject,
      sender: m.sender ?? null,
      recipient: m.recipient ?? null,
      organisation_id: m.organisationId,
      report_id: m.reportId ?? null,
      deleted_at: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

export function toMatter(r: Selectable<MattersTable>): Matter {
  return {
    id: r.id,
    dnr: r.dnr,
    registeredOn: r.registered_on,
    subject: r.subject,
    sender: r.sender,
    recipient: r.recipient,
    organisationId: r.organisation_id,
    reportId: r.report_id,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    deletedAt: r.deleted_at,
  };
}

export async function findMatter(db: Db, tenantId: string, id: string): Promise<Matter | undefined> {
  const row = await db.selectFrom('matters').selectAll().where('tenant_id', '=', tenantId).where('id', '=', id).executeTakeFirst();
  return row ? toMatter(row) : undefined;
}

export async function findMatterByReport(db: Db, tenantId: string, reportId: string): Promise<Matter | undefined> {
  const row = await db
    .selectFrom('matters')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where('report_id', '=', reportId)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
  return row ? toMatter(row) : undefined;
}

/** Matters in dnr order, `limit + 1` after the cursor. */
export async function listMatters(db: Db, tenantId: string, paging: { limit: number; after?: readonly (string | number)[] | undefined }) {
  let query = db.selectFrom('matters').selectAll().where('tenant_id', '=', tenantId).where('deleted_at', 'is', null);
  if (paging.after) {
    const [sortKey, id] = paging.after as [string, string];
    query = query.where((eb) => eb(eb.refTuple('dnr_sort', 'id'), '>', eb.tuple(sortKey, id)));
  }
  const rows = await query.orderBy('dnr_sort').orderBy('id').limit(paging.limit + 1).execute();
  return rows.map((r) => ({ ...toMatter(r), sortKey: r.dnr_sort }));
}

export async function touchMatter(trx: Db, tenantId: string, id: string) {
  await trx.updateTable('matters').set({ updated_at: new Date() }).where('tenant_id', '=', tenantId).where('id', '=', id).execute();
}

export interface NewDocument {
  matterId: string;
  kind: DocumentKind;
  title: string;
  registeredOn: string;
  sender?: string | null;
  recipient?: string | null;
  secret?: boolean;
  secrecyGround?: string | null;
  body?: Record<string, unknown> | null;
  text?: string;
}

export async function insertDocument(trx: Db, tenantId: string, d: NewDocument): Promise<string> {
  const { next } = await trx
    .selectFrom('matter_documents')
    .select((eb) => eb.fn.coalesce(eb.fn.max('position'), eb.lit(0)).as('next'))
    .where('tenant_id', '=', tenantId)
    .where('matter_id', '=', d.matterId)
    .executeTakeFirstOrThrow();
  const { id } = await trx
    .insertInto('matter_documents')
    .values({
      tenant_id: tenantId,
      matter_id: d.matterId,
      kind: d.kind,
      title: d.title,
      registered_on: d.registeredOn,
      sender: d.sender ?? null,
      recipient: d.recipient ?? null,
      secret: d.secret ?? false,
      secrecy_ground: d.secrecyGround ?? null,
      body: d.body ? JSON.stringify(d.body) : null,
      text: d.text ?? '',
      position: Number(next) + 1,
      deleted_at: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

export function toDocument(r: Selectable<MatterDocumentsTable>): MatterDocument {
  return {
    id: r.id,
    matterId: r.matter_id,
    kind: r.kind as DocumentKind,
    title: r.title,
    registeredOn: r.registered_on,
    sender: r.sender,
    recipient: r.recipient,
    secret: r.secret,
    secrecyGround: r.secrecy_ground,
    body: r.body,
    text: r.text,
    position: r.position,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    deletedAt: r.deleted_at,
  };
}

export async function findDocument(db: Db, tenantId: string, id: string): Promise<MatterDocument | undefined> {
  const row = await db.selectFrom('matter_documents').selectAll().where('tenant_id', '=', tenantId).where('id', '=', id).executeTakeFirst();
  return row ? toDocument(row) : undefined;
}

/**
 * A matter's documents. `includeSecret: false` is what every public reader gets: secret
 * documents are left out entirely (not shown as placeholders), so they are never listed or counted.
 */
export async function listDocuments(db: Db, tenantId: string, matterId: string, options: { includeSecret: boolean }): Promise<MatterDocument[]> {
  let query = db
    .selectFrom('matter_documents')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where('matter_id', '=', matterId)
    .where('deleted_at', 'is', null);
  if (!options.includeSecret) query = query.where('secret', '=', false);
  return (await query.orderBy('position').execute()).map(toDocument);
}

export async function updateDocument(
  trx: Db,
  tenantId: string,
  id: string,
  patch: { title?: string; body?: Record<string, unknown> | null; text?: string; deletedAt?: Date; secret?: boolean; secrecyGround?: string | null },
) {
  await trx
    .updateTable('matter_documents')
    .set({
      ...(patch.title !== undefined ? { title: patch.title } : {}),
      ...(patch.body !== undefined ? { body: patch.body ? JSON.stringify(patch.body) : null } : {}),
      ...(patch.text !== undefined ? { text: patch.text } : {}),
      ...(patch.deletedAt !== undefined ? { deleted_at: patch.deletedAt } : {}),
      ...(patch.secret !== undefined ? { secret: patch.secret } : {}),
      ...(patch.secrecyGround !== undefined ? { secrecy_ground: patch.secrecyGround } : {}),
      updated_at: new Date(),
    })
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .execute();
}

export function toPoint(r: Selectable<ProposalPointsTable>): ProposalPoint {
  return {
    id: r.id,
    documentId: r.document_id,
    number: r.number,
    text: r.text,
    effect: r.effect as PointEffect,
    assignmentId: r.assignment_id,
    organisationId: r.organisation_id,
  };
}

export async function insertPoints(
  trx: Db,
  tenantId: string,
  documentId: string,
  points: ReadonlyArray<{ number: number; text: string; effect: PointEffect; assignmentId: string | null; organisationId: string | null }>,
) {
  if (points.length === 0) return;
  await trx
    .insertInto('proposal_points')
    .values(
      points.map((p) => ({
        tenant_id: tenantId,
        document_id: documentId,
        number: p.number,
        text: p.text,
        effect: p.effect,
        assignment_id: p.assignmentId,
        organisation_id: p.organisationId,
      })),
    )
    .execute();
}

export async function listPoints(db: Db, tenantId: string, documentId: string): Promise<ProposalPoint[]> {
  const rows = await db
    .selectFrom('proposal_points')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where('document_id', '=', documentId)
    .orderBy('number')
    .execute();
  return rows.map(toPoint);
}

/** The staff report of a matter (the latest one registered), if it has one. */
export async function findStaffReport(db: Db, tenantId: string, matterId: string): Promise<MatterDocument | undefined> {
  const row = await db
    .selectFrom('matter_documents')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where('matter_id', '=', matterId)
    .where('kind', '=', 'staff-report')
    .where('deleted_at', 'is', null)
    .orderBy('position', 'desc')
    .executeTakeFirst();
  return row ? toDocument(row) : undefined;
}
