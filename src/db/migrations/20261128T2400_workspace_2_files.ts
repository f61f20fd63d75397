import { sql, type Kysely } from 'kysely';

/**
 * Files of the workspace's long tasks: documents uploaded for import and documents the job
 * worker produced (a big report's PDF). Kept in the database so any app process can serve
 * them; each belongs to the person who asked for it and expires.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create table workspace_files (
      tenant_id text not null,
      id uuid not null default gen_random_uuid(),
      name text not null,
      content_type text not null,
      size integer not null,
      content bytea not null,
      created_by uuid,
      created_at timestamptz not null default now(),
      expires_at timestamptz not null,
      constraint workspace_files_pk primary key (tenant_id, id),
      constraint workspace_files_user_fk foreign key (tenant_id, created_by) references users (tenant_id, id) on delete cascade,
      constraint workspace_files_size_check check (size >= 0)
    );
    create index workspace_files_expires_ix on workspace_files (expires_at);
  `.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop table workspace_files`.execute(db);
}
