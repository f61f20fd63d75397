/**
 * Every table that holds a tenant's data, parents before children, so an export can be
 * loaded back in this order. A test fails when a table with tenant_id is missing here:
 * add new tables when their migration lands.
 */
export interface TenantTable {
  name: string;
  /** Columns giving a stable row order in the export. */
  orderBy: string[];
  /** Columns referring to the same table (a tree): rows are loaded parents first. */
  selfReferences?: string[];
}

export const TENANT_TABLES: TenantTable[] = [
  { name: 'organisations', orderBy: ['id'], selfReferences: ['parent_id', 'serves_id'] },
  { name: 'parties', orderBy: ['id'] },
  { name: 'users', orderBy: ['id'] },
  { name: 'role_grants', orderBy: ['id'] },
  { name: 'audit_log', orderBy: ['at', 'id'] },
  { name: 'reporting_cycles', orderBy: ['id'] },
  { name: 'goals', orderBy: ['id'] },
  { name: 'goal_responsibilities', orderBy: ['goal_id', 'organisation_id'] },
  { name: 'assignments', orderBy: ['id'] },
  { name: 'assignees', orderBy: ['assignment_id', 'organisation_id'] },
  { name: 'assignment_status_changes', orderBy: ['changed_at', 'id'] },
  { name: 'indicators', orderBy: ['id'] },
  { name: 'indicator_values', orderBy: ['indicator_id', 'organisation_id', 'cycle_id', 'kind'] },
  { name: 'audit_reports', orderBy: ['id'] },
  { name: 'audit_recommendations', orderBy: ['id'] },
  // reports (src/reports)
  { name: 'report_templates', orderBy: ['id'] },
  { name: 'reports', orderBy: ['id'] },
  { name: 'report_sections', orderBy: ['report_id', 'section_key'] },
  { name: 'report_section_versions', orderBy: ['report_id', 'section_key', 'version'] },
  { name: 'report_events', orderBy: ['report_id', 'version'] },
  { name: 'cycle_participants', orderBy: ['cycle_id', 'organisation_id'] },
  // matters, meetings and decisions (parents first)
  { name: 'registry_counters', orderBy: ['year'] },
  { name: 'legislative_terms', orderBy: ['id'] },
  { name: 'people', orderBy: ['id'] },
  { name: 'memberships', orderBy: ['id'] },
  { name: 'matters', orderBy: ['id'] },
  { name: 'matter_documents', orderBy: ['id'] },
  { name: 'proposal_points', orderBy: ['id'] },
  { name: 'meetings', orderBy: ['id'] },
  { name: 'meeting_attendance', orderBy: ['meeting_id', 'person_id'] },
  { name: 'agenda_items', orderBy: ['id'] },
  { name: 'motions', orderBy: ['created_at', 'id'], selfReferences: ['revises_id'] },
  { name: 'motion_parties', orderBy: ['motion_id', 'party_id'] },
  { name: 'motion_points', orderBy: ['id'] },
  { name: 'statements', orderBy: ['id'] },
  { name: 'statement_points', orderBy: ['statement_id', 'point_id'] },
  { name: 'decisions', orderBy: ['id'] },
  { name: 'decision_points', orderBy: ['id'] },
  { name: 'decision_votes', orderBy: ['decision_point_id', 'person_id'] },
  { name: 'decision_remarks', orderBy: ['id'] },
  { name: 'minutes', orderBy: ['id'] },
  { name: 'council_referrals', orderBy: ['id'] },
  // Staff workspace sign-in (issue 6)
  { name: 'oidc_providers', orderBy: ['id'] },
  { name: 'oidc_group_roles', orderBy: ['id'] },
  // surveys (parents first)
  { name: 'surveys', orderBy: ['created_at', 'id'], selfReferences: ['previous_round_id'] },
  { name: 'survey_groups', orderBy: ['survey_id', 'position'] },
  { name: 'survey_questions', orderBy: ['survey_id', 'position'] },
  { name: 'survey_derived_rows', orderBy: ['survey_id', 'position'] },
  { name: 'survey_responses', orderBy: ['survey_id', 'organisation_id'] },
  { name: 'survey_answers', orderBy: ['survey_id', 'organisation_id', 'question_key'] },
  { name: 'survey_outbox', orderBy: ['created_at', 'id'] },
  { name: 'survey_placements', orderBy: ['created_at', 'id'] },
];

/** Tables with tenant data that an export deliberately leaves out. */
export const NOT_EXPORTED: Record<string, string> = {
  sessions: 'sign-ins are short-lived secrets; users sign in again after a move',
  jobs: 'queued work of this installation; it is redone or re-queued on the target',
  // Staff workspace sign-in (issue 6)
  rate_limit_counters: 'short-lived counters of sign-in attempts',
  password_reset_tokens: 'one-time secrets that expire within the hour',
  signing_keys: 'secrets of this installation; the target makes its own',
  oidc_login_states: 'single sign-ons in progress, minutes long',
  workspace_files: 'uploads and produced files of long tasks; they expire within days',
};
