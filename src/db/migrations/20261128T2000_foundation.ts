import { sql, type Kysely } from 'kysely';

/**
 * Foundation schema. Every table carries tenant_id first in its primary key and in every
 * foreign key, so a tenant's rows never point into another tenant and the schema can be
 * distributed on tenant_id (Citus) without change. Constraints and indexes are named by hand.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create table tenants (
      tenant_id text not null,
      name text not null,
      dnr_formats text[] not null default array['{seq:4}/{yy}'],
      hostnames text[] not null default '{}',
      created_at timestamptz not null default now(),
      constraint tenants_pk primary key (tenant_id),
      constraint tenants_id_format check (tenant_id ~ '^[a-z][a-z0-9-]{1,39}$')
    );

    create table organisations (
      tenant_id text not null,
      id uuid not null default gen_random_uuid(),
      kind text not null,
      name text not null,
      short_name text,
      parent_id uuid,
      serves_id uuid,
      sort_order integer not null default 0,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      constraint organisations_pk primary key (tenant_id, id),
      constraint organisations_tenant_fk foreign key (tenant_id) references tenants (tenant_id) on delete cascade,
      constraint organisations_parent_fk foreign key (tenant_id, parent_id) references organisations (tenant_id, id),
      constraint organisations_serves_fk foreign key (tenant_id, serves_id) references organisations (tenant_id, id),
      constraint organisations_kind_check check (kind in ('council', 'board', 'committee', 'company', 'holding', 'administration')),
      constraint organisations_name_uq unique (tenant_id, name),
      constraint organisations_not_own_parent check (parent_id is distinct from id)
    );
    create index organisations_parent_ix on organisations (tenant_id, parent_id);

    create table parties (
      tenant_id text not null,
      id uuid not null default gen_random_uuid(),
      abbreviation text not null,
      name text not null,
      constraint parties_pk primary key (tenant_id, id),
      constraint parties_tenant_fk foreign key (tenant_id) references tenants (tenant_id) on delete cascade,
      constraint parties_abbreviation_uq unique (tenant_id, abbreviation)
    );

    create table users (
      tenant_id text not null,
      id uuid not null default gen_random_uuid(),
      email text not null,
      name text not null,
      password_hash text,
      external_subject text,
      active boolean not null default true,
      failed_sign_ins integer not null default 0,
      locked_until timestamptz,
      created_at timestamptz not null default now(),
      constraint users_pk primary key (tenant_id, id),
      constraint users_tenant_fk foreign key (tenant_id) references tenants (tenant_id) on delete cascade
    );
    create unique index users_email_uq on users (tenant_id, lower(email));
    create unique index users_external_subject_uq on users (tenant_id, external_subject) where external_subject is not null;

    create table role_grants (
      tenant_id text not null,
      id uuid not null default gen_random_uuid(),
      user_id uuid not null,
      role text not null,
      organisation_id uuid,
      party_id uuid,
      constraint role_grants_pk primary key (tenant_id, id),
      constraint role_grants_user_fk foreign key (tenant_id, user_id) references users (tenant_id, id) on delete cascade,
      constraint role_grants_organisation_fk foreign key (tenant_id, organisation_id) references organisations (tenant_id, id),
      constraint role_grants_party_fk foreign key (tenant_id, party_id) references parties (tenant_id, id),
      constraint role_grants_role_check check (role in ('administrator', 'controller', 'reporter', 'secretary', 'party-secretary', 'auditor', 'reader')),
      constraint role_grants_scope_check check (
        (role in ('reporter', 'secretary') and organisation_id is not null)
        or (role = 'party-secretary' and party_id is not null)
        or role in ('administrator', 'controller', 'auditor', 'reader'))
    );
    create index role_grants_user_ix on role_grants (tenant_id, user_id);

    create table sessions (
      tenant_id text not null,
      id text not null,
      user_id uuid not null,
      csrf_token text not null,
      created_at timestamptz not null default now(),
      last_seen_at timestamptz not null default now(),
      expires_at timestamptz not null,
      constraint sessions_pk primary key (tenant_id, id),
      constraint sessions_user_fk foreign key (tenant_id, user_id) references users (tenant_id, id) on delete cascade
    );
    create index sessions_expires_ix on sessions (tenant_id, expires_at);

    create table audit_log (
      tenant_id text not null,
      id uuid not null default gen_random_uuid(),
      -- clock_timestamp, not now(): entries of one transaction keep their order.
      at timestamptz not null default clock_timestamp(),
      actor_user_id uuid,
      actor_label text not null,
      action text not null,
      entity_type text not null,
      entity_id text not null,
      before jsonb,
      after jsonb,
      reason text,
      constraint audit_log_pk primary key (tenant_id, id),
      constraint audit_log_tenant_fk foreign key (tenant_id) references tenants (tenant_id) on delete cascade
    );
    create index audit_log_entity_ix on audit_log (tenant_id, entity_type, entity_id);
    create index audit_log_at_ix on audit_log (tenant_id, at, id);

    create table reporting_cycles (
      tenant_id text not null,
      id uuid not null default gen_random_uuid(),
      kind text not null,
      name text not null,
      year integer not null,
      period_start date not null,
      period_end date not null,
      committee_deadline date,
      created_at timestamptz not null default now(),
      constraint reporting_cycles_pk primary key (tenant_id, id),
      constraint reporting_cycles_tenant_fk foreign key (tenant_id) references tenants (tenant_id) on delete cascade,
      constraint reporting_cycles_kind_check check (kind in ('interim', 'annual')),
      constraint reporting_cycles_period_check check (period_start <= period_end),
      constraint reporting_cycles_name_uq unique (tenant_id, name)
    );

    create table goals (
      tenant_id text not null,
      id uuid not null default gen_random_uuid(),
      budget_year integer not null,
      number integer not null,
      title text not null,
      description text,
      constraint goals_pk primary key (tenant_id, id),
      constraint goals_tenant_fk foreign key (tenant_id) references tenants (tenant_id) on delete cascade,
      constraint goals_number_uq unique (tenant_id, budget_year, number),
      constraint goals_number_check check (number > 0)
    );

    create table goal_responsibilities (
      tenant_id text not null,
      goal_id uuid not null,
      organisation_id uuid not null,
      role text,
      constraint goal_responsibilities_pk primary key (tenant_id, goal_id, organisation_id),
      constraint goal_responsibilities_goal_fk foreign key (tenant_id, goal_id) references goals (tenant_id, id) on delete cascade,
      constraint goal_responsibilities_organisation_fk foreign key (tenant_id, organisation_id) references organisations (tenant_id, id),
      constraint goal_responsibilities_role_check check (role in ('responsible', 'lead', 'joint-lead'))
    );
    create index goal_responsibilities_organisation_ix on goal_responsibilities (tenant_id, organisation_id);

    create table assignments (
      tenant_id text not null,
      id uuid not null default gen_random_uuid(),
      dnr text not null,
      dnr_sort text not null,
      title text not null,
      description text,
      origin text not null,
      origin_year integer,
      origin_decided_on date,
      origin_reference text,
      assigned_to_all boolean not null default false,
      due_on date,
      version integer not null default 1,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      constraint assignments_pk primary key (tenant_id, id),
      constraint assignments_tenant_fk foreign key (tenant_id) references tenants (tenant_id) on delete cascade,
      constraint assignments_dnr_uq unique (tenant_id, dnr),
      constraint assignments_origin_check check (origin in ('council-budget', 'council', 'board')),
      constraint assignments_budget_year_check check (origin <> 'council-budget' or origin_year is not null)
    );
    create index assignments_sort_ix on assignments (tenant_id, dnr_sort, id);

    create table assignees (
      tenant_id text not null,
      assignment_id uuid not null,
      organisation_id uuid not null,
      status text not null default 'assigned',
      version integer not null default 1,
      updated_at timestamptz not null default now(),
      constraint assignees_pk primary key (tenant_id, assignment_id, organisation_id),
      constraint assignees_assignment_fk foreign key (tenant_id, assignment_id) references assignments (tenant_id, id) on delete cascade,
      constraint assignees_organisation_fk foreign key (tenant_id, organisation_id) references organisations (tenant_id, id),
      constraint assignees_status_check check (status in ('assigned', 'in-progress', 'partially-reported', 'proposed-done', 'declared-done', 'reported-to-council', 'closed'))
    );
    create index assignees_organisation_ix on assignees (tenant_id, organisation_id, status);

    create table assignment_status_changes (
      tenant_id text not null,
      id uuid not null default gen_random_uuid(),
      assignment_id uuid not null,
      organisation_id uuid not null,
      from_status text,
      to_status text not null,
      changed_at timestamptz not null default clock_timestamp(),
      changed_by uuid,
      reason text,
      report_id uuid,
      decision_id uuid,
      constraint assignment_status_changes_pk primary key (tenant_id, id),
      constraint assignment_status_changes_assignee_fk foreign key (tenant_id, assignment_id, organisation_id)
        references assignees (tenant_id, assignment_id, organisation_id) on delete cascade,
      constraint assignment_status_changes_user_fk foreign key (tenant_id, changed_by) references users (tenant_id, id)
    );
    create index assignment_status_changes_assignment_ix on assignment_status_changes (tenant_id, assignment_id, changed_at);

    create table indicators (
      tenant_id text not null,
      id uuid not null default gen_random_uuid(),
      code text not null,
      name text not null,
      unit text not null,
      decimals integer not null default 1,
      direction text not null default 'neutral',
      description text,
      constraint indicators_pk primary key (tenant_id, id),
      constraint indicators_tenant_fk foreign key (tenant_id) references tenants (tenant_id) on delete cascade,
      constraint indicators_code_uq unique (tenant_id, code),
      constraint indicators_unit_check check (unit in ('kr', 'tkr', 'mnkr', 'percent', 'fte', 'count')),
      constraint indicators_decimals_check check (decimals between 0 and 4),
      constraint indicators_direction_check check (direction in ('higher-is-better', 'lower-is-better', 'neutral'))
    );

    create table indicator_values (
      tenant_id text not null,
      indicator_id uuid not null,
      organisation_id uuid not null,
      cycle_id uuid not null,
      kind text not null,
      value numeric not null,
      constraint indicator_values_pk primary key (tenant_id, indicator_id, organisation_id, cycle_id, kind),
      constraint indicator_values_indicator_fk foreign key (tenant_id, indicator_id) references indicators (tenant_id, id) on delete cascade,
      constraint indicator_values_organisation_fk foreign key (tenant_id, organisation_id) references organisations (tenant_id, id),
      constraint indicator_values_cycle_fk foreign key (tenant_id, cycle_id) references reporting_cycles (tenant_id, id),
      constraint indicator_values_kind_check check (kind in ('actual', 'same-period-last-year', 'forecast', 'actual-last-year', 'target', 'baseline'))
    );
    create index indicator_values_cycle_ix on indicator_values (tenant_id, cycle_id, organisation_id);

    create table audit_reports (
      tenant_id text not null,
      id uuid not null default gen_random_uuid(),
      organisation_id uuid not null,
      year integer not null,
      title text not null,
      auditor text not null,
      summary text,
      constraint audit_reports_pk primary key (tenant_id, id),
      constraint audit_reports_organisation_fk foreign key (tenant_id, organisation_id) references organisations (tenant_id, id)
    );
    create index audit_reports_organisation_ix on audit_reports (tenant_id, organisation_id, year);

    create table audit_recommendations (
      tenant_id text not null,
      id uuid not null default gen_random_uuid(),
      audit_report_id uuid not null,
      position integer not null,
      text text not null,
      status text not null default 'open',
      first_made_year integer not null,
      response text,
      constraint audit_recommendations_pk primary key (tenant_id, id),
      constraint audit_recommendations_report_fk foreign key (tenant_id, audit_report_id) references audit_reports (tenant_id, id) on delete cascade,
      constraint audit_recommendations_status_check check (status in ('open', 'in-progress', 'done')),
      constraint audit_recommendations_position_uq unique (tenant_id, audit_report_id, position)
    );
  `.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`
    drop table audit_recommendations, audit_reports, indicator_values, indicators,
      assignment_status_changes, assignees, assignments, goal_responsibilities, goals,
      reporting_cycles, audit_log, sessions, role_grants, users, parties, organisations, tenants;
  `.execute(db);
}
