/**
 * The whole schema as one type, assembled from each feature's table file. Add a feature's
 * tables here when its migration lands.
 */
import type { AssigneesTable, AssignmentStatusChangesTable, AssignmentsTable } from '../assignments/assignment.table.ts';
import type { AuditLogTable } from '../audit-log/audit-log.table.ts';
import type { AuditRecommendationsTable, AuditReportsTable } from '../audit-reports/audit-report.table.ts';
import type { RoleGrantsTable, SessionsTable, UsersTable } from '../auth/auth.table.ts';
import type { OidcGroupRolesTable, OidcLoginStatesTable, OidcProvidersTable } from '../auth/oidc.table.ts';
import type { PasswordResetTokensTable } from '../auth/password-reset.table.ts';
import type { RateLimitCountersTable } from '../auth/rate-limit.table.ts';
import type { SigningKeysTable } from '../auth/signing-key.table.ts';
import type { WorkspaceFilesTable } from '../workspace/workspace-file.table.ts';
import type { ReportingCyclesTable } from '../cycles/cycle.table.ts';
import type { GoalResponsibilitiesTable, GoalsTable } from '../goals/goal.table.ts';
import type { IndicatorValuesTable, IndicatorsTable } from '../indicators/indicator.table.ts';
import type { JobsTable } from '../jobs/job.table.ts';
import type { OrganisationsTable, PartiesTable } from '../organisations/organisation.table.ts';
import type { TenantsTable } from '../tenants/tenant.table.ts';
import type {
  SurveyAnswersTable,
  SurveyDerivedRowsTable,
  SurveyGroupsTable,
  SurveyOutboxTable,
  SurveyPlacementsTable,
  SurveyQuestionsTable,
  SurveyResponsesTable,
  SurveysTable,
} from '../surveys/survey.table.ts';
import type { MatterDocumentsTable, MattersTable, ProposalPointsTable, RegistryCountersTable } from '../matters/matter.table.ts';
import type { LegislativeTermsTable, MembershipsTable, PeopleTable } from '../people/person.table.ts';
import type { AgendaItemsTable, MeetingAttendanceTable, MeetingsTable, MinutesTable } from '../meetings/meeting.table.ts';
import type {
  CouncilReferralsTable,
  DecisionPointsTable,
  DecisionRemarksTable,
  DecisionsTable,
  DecisionVotesTable,
  MotionPartiesTable,
  MotionPointsTable,
  MotionsTable,
  StatementPointsTable,
  StatementsTable,
} from '../decisions/decision.table.ts';
import type {
  CycleParticipantsTable,
  ReportEventsTable,
  ReportSectionVersionsTable,
  ReportSectionsTable,
  ReportsTable,
  ReportTemplatesTable,
} from '../reports/report.table.ts';

export interface Database {
  tenants: TenantsTable;
  organisations: OrganisationsTable;
  parties: PartiesTable;
  users: UsersTable;
  role_grants: RoleGrantsTable;
  sessions: SessionsTable;
  audit_log: AuditLogTable;
  reporting_cycles: ReportingCyclesTable;
  goals: GoalsTable;
  goal_responsibilities: GoalResponsibilitiesTable;
  assignments: AssignmentsTable;
  assignees: AssigneesTable;
  assignment_status_changes: AssignmentStatusChangesTable;
  indicators: IndicatorsTable;
  indicator_values: IndicatorValuesTable;
  audit_reports: AuditReportsTable;
  audit_recommendations: AuditRecommendationsTable;
  jobs: JobsTable;
  // surveys (src/surveys)
  surveys: SurveysTable;
  survey_groups: SurveyGroupsTable;
  survey_questions: SurveyQuestionsTable;
  survey_derived_rows: SurveyDerivedRowsTable;
  survey_responses: SurveyResponsesTable;
  survey_answers: SurveyAnswersTable;
  survey_outbox: SurveyOutboxTable;
  survey_placements: SurveyPlacementsTable;
  // reports (src/reports)
  report_templates: ReportTemplatesTable;
  reports: ReportsTable;
  report_sections: ReportSectionsTable;
  report_section_versions: ReportSectionVersionsTable;
  report_events: ReportEventsTable;
  cycle_participants: CycleParticipantsTable;
  // matters, meetings and decisions
  registry_counters: RegistryCountersTable;
  legislative_terms: LegislativeTermsTable;
  people: PeopleTable;
  memberships: MembershipsTable;
  matters: MattersTable;
  matter_documents: MatterDocumentsTable;
  proposal_points: ProposalPointsTable;
  meetings: MeetingsTable;
  meeting_attendance: MeetingAttendanceTable;
  agenda_items: AgendaItemsTable;
  motions: MotionsTable;
  motion_parties: MotionPartiesTable;
  motion_points: MotionPointsTable;
  statements: StatementsTable;
  statement_points: StatementPointsTable;
  decisions: DecisionsTable;
  decision_points: DecisionPointsTable;
  decision_votes: DecisionVotesTable;
  decision_remarks: DecisionRemarksTable;
  minutes: MinutesTable;
  council_referrals: CouncilReferralsTable;
  // Staff workspace sign-in (issue 6)
  rate_limit_counters: RateLimitCountersTable;
  password_reset_tokens: PasswordResetTokensTable;
  signing_keys: SigningKeysTable;
  oidc_providers: OidcProvidersTable;
  oidc_group_roles: OidcGroupRolesTable;
  oidc_login_states: OidcLoginStatesTable;
  workspace_files: WorkspaceFilesTable;
}
