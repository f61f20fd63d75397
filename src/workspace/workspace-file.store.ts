import type { Db } from '../db/connection.ts';

export interface StoredFile {
  id: string;
  name: string;
  contentType: string;
  size: number;
  createdBy: string | null;
  expiresAt: Date;
}

/** Files live three days: long enough to fetch, short enough not to pile up. */
export const FILE_TTL_MS = 3 * 24 * 60 * 60 * 1000;

export async function insertFile(
  db: Db,
  tenantId: string,
  file: { name: string; contentType: string; content: Uint8Array; createdBy: string | null },
  now = new Date(),
): Promise<StoredFile> {
  const row = await db
    .insertInto('workspace_files')
    .values({
      tenant_id: tenantId,
      name: file.name,
      content_type: file.contentType,
      size: file.content.byteLength,
      content: file.content,
      created_by: file.createdBy,
      expires_at: new Date(now.getTime() + FILE_TTL_MS),
    })
    .returning(['id', 'name', 'content_type', 'size', 'created_by', 'expires_at'])
    .executeTakeFirstOrThrow();
  return { id: row.id, name: row.name, contentType: row.content_type, size: row.size, createdBy: row.created_by, expiresAt: row.expires_at };
}

export async function readFile(db: Db, tenantId: string, id: string, now = new Date()): Promise<(StoredFile & { content: Uint8Array }) | undefined> {
  const row = await db
    .selectFrom('workspace_files')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .where('expires_at', '>', now)
    .executeTakeFirst();
  if (!row) return undefined;
  return {
    id: row.id,
    name: row.name,
    contentType: row.content_type,
    size: row.size,
    createdBy: row.created_by,
    expiresAt: row.expires_at,
    content: new Uint8Array(row.content),
  };
}

export async function deleteFile(db: Db, tenantId: string, id: string): Promise<void> {
  await db.deleteFrom('workspace_files').where('tenant_id', '=', tenantId).where('id', '=', id).execute();
}

export async function deleteExpiredFiles(db: Db, now = new Date()): Promise<number> {
  const result = await db.deleteFrom('workspace_files').where('expires_at', '<=', now).executeTakeFirst();
  return Number(result.numDeletedRows);
}
