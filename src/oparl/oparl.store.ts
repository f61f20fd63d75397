/**
 * Which rows OParl publishes, in id order after a cursor, with the created/modified filters.
 * Deleted rows are returned too (as tombstones) so a client that syncs with modified_since
 * learns about deletions. Never: secret documents, meetings not yet called, non-public items.
 */
import { sql } from 'kysely';
import type { Db } from '../db/connection.ts';
import { wasCalledSql } from '../meetings/meeting.store.ts';

export interface ListFilter {
  createdSince?: Date | undefined;
  createdUntil?: Date | undefined;
  modifiedSince?: Date | undefined;
  modifiedUntil?: Date | undefined;
  after?: string | undefined;
  limit: number;
}

export type ListKind = 'organization' | 'person' | 'membership' | 'meeting' | 'agenda-item' | 'paper' | 'consultation' | 'file' | 'legislative-term';

function where(alias: string, f: ListFilter) {
  const parts = [sql`true`];
  if (f.createdSince) parts.push(sql`${sql.ref(`${alias}.created_at`)} >= ${f.createdSince}`);
  if (f.createdUntil) parts.push(sql`${sql.ref(`${alias}.created_at`)} <= ${f.createdUntil}`);
  if (f.modifiedSince) parts.push(sql`${sql.ref(`${alias}.updated_at`)} >= ${f.modifiedSince}`);
  if (f.modifiedUntil) parts.push(sql`${sql.ref(`${alias}.updated_at`)} <= ${f.modifiedUntil}`);
  if (f.after) parts.push(sql`${sql.ref(`${alias}.id`)}::text > ${f.after}`);
  return sql.join(parts, sql` and `);
}

/** Ids of one kind, `limit + 1` of them (the extra one says there is a next page). */
export async function listIds(db: Db, tenantId: string, kind: ListKind, f: ListFilter): Promise<string[]> {
  const limit = f.limit + 1;
  let query;
  switch (kind) {
    case 'organization':
      // Parties have no timestamps: they are listed only in an unfiltered walk.
      query = f.createdSince || f.createdUntil || f.modifiedSince || f.modifiedUntil
        ? sql<{ id: string }>`select o.id::text as id from organisations o where o.tenant_id = ${tenantId} and ${where('o', f)}`
        : sql<{ id: string }>`select id from (
            select o.id::text as id from organisations o where o.tenant_id = ${tenantId}
            union all select p.id::text from parties p where p.tenant_id = ${tenantId}) x
            where ${f.after ? sql`x.id > ${f.after}` : sql`true`}`;
      break;
    case 'person':
      query = sql<{ id: string }>`select o.id::text as id from people o where o.tenant_id = ${tenantId} and ${where('o', f)}`;
      break;
    case 'membership':
      query = sql<{ id: string }>`select o.id::text as id from memberships o where o.tenant_id = ${tenantId} and ${where('o', f)}`;
      break;
    case 'legislative-term':
      query = sql<{ id: string }>`select o.id::text as id from legislative_terms o where o.tenant_id = ${tenantId} and ${where('o', f)}`;
      break;
    case 'meeting':
      query = sql<{ id: string }>`select o.id::text as id from meetings o where o.tenant_id = ${tenantId} and ${wasCalledSql('o')} and ${where('o', f)}`;
      break;
    case 'agenda-item':
    case 'consultation':
      query = sql<{ id: string }>`select o.id::text as id from agenda_items o
        join meetings m on m.tenant_id = o.tenant_id and m.id = o.meeting_id
        where o.tenant_id = ${tenantId} and ${wasCalledSql('m')} and o.public
          ${kind === 'consultation' ? sql`and o.matter_id is not null` : sql``} and ${where('o', f)}`;
      break;
    case 'paper':
      query = sql<{ id: string }>`select o.id::text as id from matters o where o.tenant_id = ${tenantId} and ${where('o', f)}`;
      break;
    case 'file':
      query = sql<{ id: string }>`select o.id::text as id from matter_documents o where o.tenant_id = ${tenantId} and not o.secret and ${where('o', f)}`;
      break;
  }
  const result = await sql<{ id: string }>`${query} order by 1 limit ${limit}`.execute(db);
  return result.rows.map((r) => r.id);
}
