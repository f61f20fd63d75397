import { sql, type Kysely } from 'kysely';

/**
 * From report to decision: the registry (matters, documents, dnr counters), officials and
 * their memberships, meetings with agendas, parties' motions and statements, decisions per
 * point with votes, minutes and the council referral list. Rows that OParl publishes carry
 * created_at/updated_at and a deleted_at tombstone instead of being removed.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create table registry_counters (
      tenant_id text not null,
      year integer not null,
      last_sequence integer not null default 0,
      constraint registry_counters_pk primary key (tenant_id, year),
      constraint registry_counters_tenant_fk foreign key (tenant_id) references tenants (tenant_id) on delete cascade,
      constraint registry_counters_sequence_check check (last_sequence >= 0)
    );

    create table legislative_terms (
      tenant_id text not null,
      id uuid not null default gen_random_uuid(),
      name text not null,
      start_date date not null,
      end_date date not null,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      constraint legislative_terms_pk primary key (tenant_id, id),
      constraint legislative_terms_tenant_fk foreign key (tenant_id) references tenants (tenant_id) on delete cascade,
      constraint legislative_terms_dates_check check (start_date <= end_date)
    );

    create table people (
      tenant_id text not null,
      id uuid not null default gen_random_uuid(),
      given_name text not null,
      family_name text not null,
      party_id uuid,
      note text,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      deleted_at timestamptz,
      constraint people_pk primary key (tenant_id, id),
      constraint people_tenant_fk foreign key (tenant_id) references tenants (tenant_id) on delete cascade,
      constraint people_party_fk foreign key (tenant_id, party_id) references parties (tenant_id, id)
    );

    create table memberships (
      tenant_id text not null,
      id uuid not null default gen_random_uuid(),
      person_id uuid not null,
      organisation_id uuid not null,
      party_id uuid,
      role text not null,
      start_date date,
      end_date date,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      deleted_at timestamptz,
      constraint memberships_pk primary key (tenant_id, id),
      constraint memberships_person_fk foreign key (tenant_id, person_id) references people (tenant_id, id),
      constraint memberships_organisation_fk foreign key (tenant_id, organisation_id) references organisations (tenant_id, id),
      constraint memberships_party_fk foreign key (tenant_id, party_id) references parties (tenant_id, id),
      constraint memberships_role_check check (role in ('chair', 'vice-chair', 'member', 'substitute')),
      constraint memberships_dates_check check (start_date is null or end_date is null or start_date <= end_date)
    );
    create index memberships_organisation_ix on memberships (tenant_id, organisation_id);

    create table matters (
      tenant_id text not null,
      id uuid not null default gen_random_uuid(),
      dnr text not null,
      dnr_sort text not null,
      registered_on date not null,
      subject text not null,
      sender text,
      recipient text,
      organisation_id uuid not null,
      report_id uuid,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      deleted_at timestamptz,
      constraint matters_pk primary key (tenant_id, id),
      constraint matters_tenant_fk foreign key (tenant_id) references tenants (tenant_id) on delete cascade,
      constraint matters_organisation_fk foreign key (tenant_id, organisation_id) references organisations (tenant_id, id),
      constraint matters_dnr_uq unique (tenant_id, dnr)
    );
    create index matters_sort_ix on matters (tenant_id, dnr_sort, id);
    create index matters_modified_ix on matters (tenant_id, updated_at);

    create table matter_documents (
      tenant_id text not null,
      id uuid not null default gen_random_uuid(),
      matter_id uuid not null,
      kind text not null,
      title text not null,
      registered_on date not null,
      sender text,
      recipient text,
      secret boolean not null default false,
      secrecy_ground text,
      body jsonb,
      text text not null default '',
      position integer not null default 0,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      deleted_at timestamptz,
      constraint matter_documents_pk primary key (tenant_id, id),
      constraint matter_documents_matter_fk foreign key (tenant_id, matter_id) references matters (tenant_id, id),
      constraint matter_documents_kind_check check (kind in ('staff-report', 'attachment', 'motion', 'statement', 'minutes', 'minutes-extract')),
      -- a secret document always says which provision keeps it secret (OSL 5 kap. 2 §)
      constraint matter_documents_secrecy_check check (not secret or coalesce(secrecy_ground, '') <> '')
    );
    create index matter_documents_matter_ix on matter_documents (tenant_id, matter_id, position);

    create table proposal_points (
      tenant_id text not null,
      id uuid not null default gen_random_uuid(),
      document_id uuid not null,
      number integer not null,
      text text not null,
      effect text not null default 'none',
      assignment_id uuid,
      organisation_id uuid,
      constraint proposal_points_pk primary key (tenant_id, id),
      constraint proposal_points_document_fk foreign key (tenant_id, document_id) references matter_documents (tenant_id, id) on delete cascade,
      constraint proposal_points_assignment_fk foreign key (tenant_id, assignment_id) references assignments (tenant_id, id),
      constraint proposal_points_organisation_fk foreign key (tenant_id, organisation_id) references organisations (tenant_id, id),
      constraint proposal_points_number_uq unique (tenant_id, document_id, number) deferrable initially immediate,
      constraint proposal_points_effect_check check (effect in ('none', 'adopt-report', 'approve-assignment')),
      constraint proposal_points_assignment_check check ((effect = 'approve-assignment') = (assignment_id is not null and organisation_id is not null))
    );

    create table meetings (
      tenant_id text not null,
      id uuid not null default gen_random_uuid(),
      organisation_id uuid not null,
      starts_at timestamptz not null,
      ends_at timestamptz,
      place text not null,
      state text not null default 'planned',
      called_at timestamptz,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      deleted_at timestamptz,
      constraint meetings_pk primary key (tenant_id, id),
      constraint meetings_organisation_fk foreign key (tenant_id, organisation_id) references organisations (tenant_id, id),
      constraint meetings_state_check check (state in ('planned', 'called', 'held', 'cancelled'))
    );
    create index meetings_starts_ix on meetings (tenant_id, starts_at, id);

    create table meeting_attendance (
      tenant_id text not null,
      meeting_id uuid not null,
      person_id uuid not null,
      party_id uuid,
      serving_as text not null,
      constraint meeting_attendance_pk primary key (tenant_id, meeting_id, person_id),
      constraint meeting_attendance_meeting_fk foreign key (tenant_id, meeting_id) references meetings (tenant_id, id) on delete cascade,
      constraint meeting_attendance_person_fk foreign key (tenant_id, person_id) references people (tenant_id, id),
      constraint meeting_attendance_party_fk foreign key (tenant_id, party_id) references parties (tenant_id, id),
      constraint meeting_attendance_serving_check check (serving_as in ('member', 'substitute'))
    );

    create table agenda_items (
      tenant_id text not null,
      id uuid not null default gen_random_uuid(),
      meeting_id uuid not null,
      number text not null,
      position integer not null,
      title text not null,
      matter_id uuid,
      public boolean not null default true,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      deleted_at timestamptz,
      constraint agenda_items_pk primary key (tenant_id, id),
      constraint agenda_items_meeting_fk foreign key (tenant_id, meeting_id) references meetings (tenant_id, id),
      constraint agenda_items_matter_fk foreign key (tenant_id, matter_id) references matters (tenant_id, id),
      constraint agenda_items_number_format check (number ~ '^[0-9]+(\\.[0-9]+)*$')
    );
    create unique index agenda_items_number_uq on agenda_items (tenant_id, meeting_id, number) where deleted_at is null;

    create table motions (
      tenant_id text not null,
      id uuid not null default gen_random_uuid(),
      matter_id uuid not null,
      document_id uuid not null,
      filed_on date not null,
      revision integer not null default 1,
      revises_id uuid,
      superseded boolean not null default false,
      reasoning text not null default '',
      created_at timestamptz not null default now(),
      constraint motions_pk primary key (tenant_id, id),
      constraint motions_matter_fk foreign key (tenant_id, matter_id) references matters (tenant_id, id),
      constraint motions_document_fk foreign key (tenant_id, document_id) references matter_documents (tenant_id, id),
      constraint motions_revises_fk foreign key (tenant_id, revises_id) references motions (tenant_id, id),
      constraint motions_revision_check check (revision >= 1)
    );
    create index motions_matter_ix on motions (tenant_id, matter_id);

    create table motion_parties (
      tenant_id text not null,
      motion_id uuid not null,
      party_id uuid not null,
      position integer not null,
      constraint motion_parties_pk primary key (tenant_id, motion_id, party_id),
      constraint motion_parties_motion_fk foreign key (tenant_id, motion_id) references motions (tenant_id, id) on delete cascade,
      constraint motion_parties_party_fk foreign key (tenant_id, party_id) references parties (tenant_id, id)
    );

    create table motion_points (
      tenant_id text not null,
      id uuid not null default gen_random_uuid(),
      motion_id uuid not null,
      number integer not null,
      kind text not null,
      target_point_id uuid,
      text text not null default '',
      organisation_id uuid,
      constraint motion_points_pk primary key (tenant_id, id),
      constraint motion_points_motion_fk foreign key (tenant_id, motion_id) references motions (tenant_id, id) on delete cascade,
      constraint motion_points_target_fk foreign key (tenant_id, target_point_id) references proposal_points (tenant_id, id),
      constraint motion_points_organisation_fk foreign key (tenant_id, organisation_id) references organisations (tenant_id, id),
      constraint motion_points_number_uq unique (tenant_id, motion_id, number),
      constraint motion_points_kind_check check (kind in ('approve', 'reject', 'replace', 'add', 'approve-rest')),
      constraint motion_points_target_check check ((kind in ('approve', 'reject', 'replace')) = (target_point_id is not null))
    );

    create table statements (
      tenant_id text not null,
      id uuid not null default gen_random_uuid(),
      matter_id uuid not null,
      document_id uuid not null,
      party_id uuid not null,
      filed_on date not null,
      created_at timestamptz not null default now(),
      constraint statements_pk primary key (tenant_id, id),
      constraint statements_matter_fk foreign key (tenant_id, matter_id) references matters (tenant_id, id),
      constraint statements_document_fk foreign key (tenant_id, document_id) references matter_documents (tenant_id, id),
      constraint statements_party_fk foreign key (tenant_id, party_id) references parties (tenant_id, id)
    );

    create table statement_points (
      tenant_id text not null,
      statement_id uuid not null,
      point_id uuid not null,
      position integer not null,
      text text not null,
      constraint statement_points_pk primary key (tenant_id, statement_id, point_id),
      constraint statement_points_statement_fk foreign key (tenant_id, statement_id) references statements (tenant_id, id) on delete cascade,
      constraint statement_points_point_fk foreign key (tenant_id, point_id) references proposal_points (tenant_id, id)
    );

    create table decisions (
      tenant_id text not null,
      id uuid not null default gen_random_uuid(),
      agenda_item_id uuid not null,
      matter_id uuid not null,
      paragraph integer not null,
      decided_on date not null,
      outcome text not null,
      text text not null,
      note text,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      constraint decisions_pk primary key (tenant_id, id),
      constraint decisions_agenda_item_fk foreign key (tenant_id, agenda_item_id) references agenda_items (tenant_id, id),
      constraint decisions_matter_fk foreign key (tenant_id, matter_id) references matters (tenant_id, id),
      constraint decisions_agenda_item_uq unique (tenant_id, agenda_item_id),
      constraint decisions_outcome_check check (outcome in ('decided', 'referred-back', 'postponed')),
      constraint decisions_paragraph_check check (paragraph > 0)
    );

    create table decision_points (
      tenant_id text not null,
      id uuid not null default gen_random_uuid(),
      decision_id uuid not null,
      position integer not null,
      kind text not null,
      number integer,
      proposal_point_id uuid,
      motion_point_id uuid,
      outcome text not null,
      text text not null,
      method text not null,
      order_of_questions text,
      proposals jsonb not null default '[]',
      assignment_id uuid,
      organisation_id uuid,
      created_assignment_id uuid,
      constraint decision_points_pk primary key (tenant_id, id),
      constraint decision_points_decision_fk foreign key (tenant_id, decision_id) references decisions (tenant_id, id) on delete cascade,
      constraint decision_points_proposal_fk foreign key (tenant_id, proposal_point_id) references proposal_points (tenant_id, id),
      constraint decision_points_motion_point_fk foreign key (tenant_id, motion_point_id) references motion_points (tenant_id, id),
      constraint decision_points_assignment_fk foreign key (tenant_id, assignment_id) references assignments (tenant_id, id),
      constraint decision_points_organisation_fk foreign key (tenant_id, organisation_id) references organisations (tenant_id, id),
      constraint decision_points_created_assignment_fk foreign key (tenant_id, created_assignment_id) references assignments (tenant_id, id),
      constraint decision_points_kind_check check (kind in ('procedural', 'point')),
      constraint decision_points_outcome_check check (outcome in ('approved', 'rejected', 'added', 'referred-back', 'postponed', 'not-adopted')),
      constraint decision_points_method_check check (method in ('acclamation', 'vote'))
    );
    create index decision_points_decision_ix on decision_points (tenant_id, decision_id, position);

    create table decision_votes (
      tenant_id text not null,
      decision_point_id uuid not null,
      person_id uuid not null,
      party_id uuid,
      choice text not null,
      constraint decision_votes_pk primary key (tenant_id, decision_point_id, person_id),
      constraint decision_votes_point_fk foreign key (tenant_id, decision_point_id) references decision_points (tenant_id, id) on delete cascade,
      constraint decision_votes_person_fk foreign key (tenant_id, person_id) references people (tenant_id, id),
      constraint decision_votes_party_fk foreign key (tenant_id, party_id) references parties (tenant_id, id),
      constraint decision_votes_choice_check check (choice in ('yes', 'no', 'abstain'))
    );

    create table decision_remarks (
      tenant_id text not null,
      id uuid not null default gen_random_uuid(),
      decision_id uuid not null,
      kind text not null,
      party_id uuid,
      position integer not null,
      text text not null,
      constraint decision_remarks_pk primary key (tenant_id, id),
      constraint decision_remarks_decision_fk foreign key (tenant_id, decision_id) references decisions (tenant_id, id) on delete cascade,
      constraint decision_remarks_party_fk foreign key (tenant_id, party_id) references parties (tenant_id, id),
      constraint decision_remarks_kind_check check (kind in ('dissent', 'minute-note'))
    );

    create table minutes (
      tenant_id text not null,
      id uuid not null default gen_random_uuid(),
      meeting_id uuid not null,
      approved_on date,
      approvers text[] not null default '{}',
      posted_on date,
      appeal_ends_on date,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      constraint minutes_pk primary key (tenant_id, id),
      constraint minutes_meeting_fk foreign key (tenant_id, meeting_id) references meetings (tenant_id, id),
      constraint minutes_meeting_uq unique (tenant_id, meeting_id),
      -- posted only once approved; the appeal window follows from the posting day
      constraint minutes_posting_check check (posted_on is null or (approved_on is not null and posted_on >= approved_on and appeal_ends_on is not null))
    );
    create index minutes_posted_ix on minutes (tenant_id, posted_on);

    create table council_referrals (
      tenant_id text not null,
      id uuid not null default gen_random_uuid(),
      assignment_id uuid not null,
      organisation_id uuid not null,
      decision_id uuid not null,
      queued_on date not null,
      picked_up_by_report_id uuid,
      constraint council_referrals_pk primary key (tenant_id, id),
      constraint council_referrals_assignee_fk foreign key (tenant_id, assignment_id, organisation_id)
        references assignees (tenant_id, assignment_id, organisation_id),
      constraint council_referrals_decision_fk foreign key (tenant_id, decision_id) references decisions (tenant_id, id),
      constraint council_referrals_uq unique (tenant_id, assignment_id, organisation_id, decision_id)
    );
    create index council_referrals_open_ix on council_referrals (tenant_id, picked_up_by_report_id);

    -- Foundation rows that point at a decision. Deferred: an export loads the status history
    -- before the decisions it refers to.
    alter table assignment_status_changes add constraint assignment_status_changes_decision_fk
      foreign key (tenant_id, decision_id) references decisions (tenant_id, id) deferrable initially deferred;
  `.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`
    alter table assignment_status_changes drop constraint assignment_status_changes_decision_fk;
    drop table council_referrals, minutes, decision_remarks, decision_votes, decision_points, decisions,
      statement_points, statements, motion_points, motion_parties, motions, agenda_items, meeting_attendance,
      meetings, proposal_points, matter_documents, matters, memberships, people, legislative_terms, registry_counters;
  `.execute(db);
}
