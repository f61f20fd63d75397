import { sql, type Kysely } from 'kysely';

/** A job queue in PostgreSQL: reminders, imports and renderings survive restarts and run once. */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create table jobs (
      tenant_id text not null,
      id uuid not null default gen_random_uuid(),
      kind text not null,
      payload jsonb not null default '{}'::jsonb,
      status text not null default 'queued',
      unique_key text,
      run_at timestamptz not null default now(),
      attempts integer not null default 0,
      max_attempts integer not null default 5,
      progress integer not null default 0,
      result jsonb,
      last_error text,
      locked_until timestamptz,
      created_at timestamptz not null default now(),
      finished_at timestamptz,
      constraint jobs_pk primary key (tenant_id, id),
      constraint jobs_tenant_fk foreign key (tenant_id) references tenants (tenant_id) on delete cascade,
      constraint jobs_status_check check (status in ('queued', 'running', 'done', 'failed')),
      constraint jobs_progress_check check (progress between 0 and 100)
    );
    create index jobs_due_ix on jobs (status, run_at);
    create unique index jobs_unique_key_uq on jobs (tenant_id, kind, unique_key) where unique_key is not null;
  `.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop table jobs`.execute(db);
}
