import { sql, type Kysely } from 'kysely';

/**
 * Reports as data (issue 3): versioned templates, reports pinned to a template version, the
 * stored content of each section with every saved version kept, the report's history of saves
 * and status changes (with the comments of a return), and who takes part in a cycle.
 *
 * reports.adopted_by_decision_id gets its foreign key from the decisions migration.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create table report_templates (
      tenant_id text not null,
      id uuid not null default gen_random_uuid(),
      key text not null,
      version integer not null,
      name text not null,
      definition jsonb not null,
      created_at timestamptz not null default now(),
      constraint report_templates_pk primary key (tenant_id, id),
      constraint report_templates_tenant_fk foreign key (tenant_id) references tenants (tenant_id) on delete cascade,
      constraint report_templates_version_uq unique (tenant_id, key, version),
      constraint report_templates_version_check check (version > 0)
    );

    create table reports (
      tenant_id text not null,
      id uuid not null default gen_random_uuid(),
      organisation_id uuid not null,
      cycle_id uuid not null,
      template_id uuid not null,
      title text not null,
      status text not null default 'draft',
      version integer not null default 1,
      adopted_by_decision_id uuid,
      locked boolean not null default false,
      submitted_at timestamptz,
      returned_at timestamptz,
      accepted_at timestamptz,
      adopted_at timestamptz,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      constraint reports_pk primary key (tenant_id, id),
      constraint reports_organisation_fk foreign key (tenant_id, organisation_id) references organisations (tenant_id, id),
      constraint reports_cycle_fk foreign key (tenant_id, cycle_id) references reporting_cycles (tenant_id, id),
      constraint reports_template_fk foreign key (tenant_id, template_id) references report_templates (tenant_id, id),
      constraint reports_organisation_cycle_uq unique (tenant_id, organisation_id, cycle_id),
      constraint reports_status_check check (status in ('draft', 'submitted', 'returned', 'accepted', 'adopted')),
      -- an adopted report is locked and says when
      constraint reports_adopted_check check (status <> 'adopted' or (locked and adopted_at is not null))
    );
    create index reports_cycle_ix on reports (tenant_id, cycle_id, status);

    create table report_sections (
      tenant_id text not null,
      report_id uuid not null,
      section_key text not null,
      version integer not null,
      content jsonb not null,
      updated_at timestamptz not null default now(),
      updated_by uuid,
      constraint report_sections_pk primary key (tenant_id, report_id, section_key),
      constraint report_sections_report_fk foreign key (tenant_id, report_id) references reports (tenant_id, id) on delete cascade,
      constraint report_sections_user_fk foreign key (tenant_id, updated_by) references users (tenant_id, id),
      constraint report_sections_version_check check (version > 0)
    );

    create table report_section_versions (
      tenant_id text not null,
      report_id uuid not null,
      section_key text not null,
      version integer not null,
      -- the report's version this save made: the state of a report at version n is, per
      -- section, its last save at or before n
      report_version integer not null,
      content jsonb not null,
      saved_at timestamptz not null default clock_timestamp(),
      saved_by uuid,
      constraint report_section_versions_pk primary key (tenant_id, report_id, section_key, version),
      constraint report_section_versions_report_fk foreign key (tenant_id, report_id) references reports (tenant_id, id) on delete cascade,
      constraint report_section_versions_user_fk foreign key (tenant_id, saved_by) references users (tenant_id, id)
    );
    create index report_section_versions_report_ix on report_section_versions (tenant_id, report_id, report_version);

    create table report_events (
      tenant_id text not null,
      report_id uuid not null,
      version integer not null,
      action text not null,
      section_key text,
      comment text,
      at timestamptz not null default clock_timestamp(),
      by_user_id uuid,
      by_label text not null,
      constraint report_events_pk primary key (tenant_id, report_id, version),
      constraint report_events_report_fk foreign key (tenant_id, report_id) references reports (tenant_id, id) on delete cascade,
      constraint report_events_user_fk foreign key (tenant_id, by_user_id) references users (tenant_id, id),
      constraint report_events_action_check check (action in ('created', 'section-saved', 'submit', 'return', 'accept', 'adopt'))
    );

    create table cycle_participants (
      tenant_id text not null,
      cycle_id uuid not null,
      organisation_id uuid not null,
      constraint cycle_participants_pk primary key (tenant_id, cycle_id, organisation_id),
      constraint cycle_participants_cycle_fk foreign key (tenant_id, cycle_id) references reporting_cycles (tenant_id, id) on delete cascade,
      constraint cycle_participants_organisation_fk foreign key (tenant_id, organisation_id) references organisations (tenant_id, id)
    );
  `.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop table cycle_participants, report_events, report_section_versions, report_sections, reports, report_templates;`.execute(db);
}
