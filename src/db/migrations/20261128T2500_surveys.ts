import { sql, type Kysely } from 'kysely';

/**
 * Surveys to many organisations: the questions (in groups, with derived rows as formulas),
 * who must answer, each organisation's response and answers, reminder rounds with an outbox
 * that makes a reminder go out once even when a worker restarts, and the placement of a
 * survey's table in a report section.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create table surveys (
      tenant_id text not null,
      id uuid not null default gen_random_uuid(),
      title text not null,
      description text,
      period_label text,
      status text not null default 'draft',
      audience jsonb not null,
      deadline date,
      repeats boolean not null default false,
      previous_round_id uuid,
      cycle_id uuid,
      reminder_rounds integer not null default 0,
      version integer not null default 1,
      created_at timestamptz not null default now(),
      opened_at timestamptz,
      closed_at timestamptz,
      constraint surveys_pk primary key (tenant_id, id),
      constraint surveys_tenant_fk foreign key (tenant_id) references tenants (tenant_id) on delete cascade,
      constraint surveys_previous_round_fk foreign key (tenant_id, previous_round_id) references surveys (tenant_id, id),
      constraint surveys_cycle_fk foreign key (tenant_id, cycle_id) references reporting_cycles (tenant_id, id),
      constraint surveys_status_check check (status in ('draft', 'open', 'closed')),
      constraint surveys_not_own_round check (previous_round_id is distinct from id)
    );
    -- One next round per survey: a repeat is made once.
    create unique index surveys_previous_round_uq on surveys (tenant_id, previous_round_id) where previous_round_id is not null;

    create table survey_groups (
      tenant_id text not null,
      survey_id uuid not null,
      position integer not null,
      title text not null,
      constraint survey_groups_pk primary key (tenant_id, survey_id, position),
      constraint survey_groups_survey_fk foreign key (tenant_id, survey_id) references surveys (tenant_id, id) on delete cascade
    );

    create table survey_questions (
      tenant_id text not null,
      survey_id uuid not null,
      key text not null,
      position integer not null,
      group_position integer,
      kind text not null,
      text text not null,
      help text,
      unit text,
      options jsonb,
      allows_unknown boolean not null default false,
      required boolean not null default true,
      constraint survey_questions_pk primary key (tenant_id, survey_id, key),
      constraint survey_questions_survey_fk foreign key (tenant_id, survey_id) references surveys (tenant_id, id) on delete cascade,
      constraint survey_questions_group_fk foreign key (tenant_id, survey_id, group_position)
        references survey_groups (tenant_id, survey_id, position) on delete cascade,
      constraint survey_questions_position_uq unique (tenant_id, survey_id, position),
      constraint survey_questions_key_format check (key ~ '^[a-z][a-z0-9_]{0,39}$'),
      constraint survey_questions_kind_check check (kind in ('number', 'amount', 'percent', 'yes-no', 'choice', 'text', 'count-with-amount'))
    );

    create table survey_derived_rows (
      tenant_id text not null,
      survey_id uuid not null,
      key text not null,
      position integer not null,
      label text not null,
      formula text not null,
      unit text not null,
      decimals integer not null default 0,
      constraint survey_derived_rows_pk primary key (tenant_id, survey_id, key),
      constraint survey_derived_rows_survey_fk foreign key (tenant_id, survey_id) references surveys (tenant_id, id) on delete cascade,
      constraint survey_derived_rows_key_format check (key ~ '^[a-z][a-z0-9_]{0,39}$'),
      constraint survey_derived_rows_unit_check check (unit in ('number', 'kr', 'tkr', 'mkr', '%')),
      constraint survey_derived_rows_decimals_check check (decimals between -6 and 4)
    );

    -- One row per organisation that must answer, made when the survey opens.
    create table survey_responses (
      tenant_id text not null,
      survey_id uuid not null,
      organisation_id uuid not null,
      status text not null default 'not-started',
      version integer not null default 1,
      submitted_at timestamptz,
      submitted_by uuid,
      reopen_requested_at timestamptz,
      reopen_reason text,
      updated_at timestamptz not null default now(),
      constraint survey_responses_pk primary key (tenant_id, survey_id, organisation_id),
      constraint survey_responses_survey_fk foreign key (tenant_id, survey_id) references surveys (tenant_id, id) on delete cascade,
      constraint survey_responses_organisation_fk foreign key (tenant_id, organisation_id) references organisations (tenant_id, id),
      constraint survey_responses_user_fk foreign key (tenant_id, submitted_by) references users (tenant_id, id),
      constraint survey_responses_status_check check (status in ('not-started', 'draft', 'submitted'))
    );
    create index survey_responses_organisation_ix on survey_responses (tenant_id, organisation_id, status);

    create table survey_answers (
      tenant_id text not null,
      survey_id uuid not null,
      organisation_id uuid not null,
      question_key text not null,
      answer jsonb not null,
      updated_at timestamptz not null default now(),
      updated_by uuid,
      constraint survey_answers_pk primary key (tenant_id, survey_id, organisation_id, question_key),
      constraint survey_answers_response_fk foreign key (tenant_id, survey_id, organisation_id)
        references survey_responses (tenant_id, survey_id, organisation_id) on delete cascade,
      constraint survey_answers_question_fk foreign key (tenant_id, survey_id, question_key)
        references survey_questions (tenant_id, survey_id, key) on delete cascade,
      constraint survey_answers_user_fk foreign key (tenant_id, updated_by) references users (tenant_id, id)
    );

    -- A reminder as sent: the unique key (survey, organisation, round) makes a re-run of the
    -- same reminder job after a restart a no-op instead of a second message.
    create table survey_outbox (
      tenant_id text not null,
      id uuid not null default gen_random_uuid(),
      unique_key text not null,
      survey_id uuid not null,
      organisation_id uuid not null,
      round integer not null,
      recipients text[] not null default '{}',
      subject text not null,
      body text not null,
      created_at timestamptz not null default now(),
      constraint survey_outbox_pk primary key (tenant_id, id),
      constraint survey_outbox_response_fk foreign key (tenant_id, survey_id, organisation_id)
        references survey_responses (tenant_id, survey_id, organisation_id) on delete cascade,
      constraint survey_outbox_unique_key_uq unique (tenant_id, unique_key),
      constraint survey_outbox_round_check check (round > 0)
    );
    create index survey_outbox_survey_ix on survey_outbox (tenant_id, survey_id, organisation_id, round);

    -- A survey's table placed in a report section; printed holds figures typed over the
    -- computed ones, so the checker can compare what the report prints with the answers.
    create table survey_placements (
      tenant_id text not null,
      id uuid not null default gen_random_uuid(),
      survey_id uuid not null,
      report_id uuid,
      section text,
      part text,
      title text not null,
      row_keys jsonb not null,
      organisation_ids jsonb not null,
      column_labels jsonb not null default '{}'::jsonb,
      row_labels jsonb not null default '{}'::jsonb,
      printed jsonb not null default '{}'::jsonb,
      show_totals boolean not null default false,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      constraint survey_placements_pk primary key (tenant_id, id),
      constraint survey_placements_survey_fk foreign key (tenant_id, survey_id) references surveys (tenant_id, id) on delete cascade
    );
    create index survey_placements_survey_ix on survey_placements (tenant_id, survey_id);
    create index survey_placements_report_ix on survey_placements (tenant_id, report_id);
  `.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`
    drop table survey_placements, survey_outbox, survey_answers, survey_responses, survey_derived_rows,
      survey_questions, survey_groups, surveys;
  `.execute(db);
}
