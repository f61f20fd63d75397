/**
 * The whole schema as one type, assembled from each feature's table file. Add a feature's
 * tables here when its migration lands.
 */
import type { AssigneesTable, AssignmentStatusChangesTable, AssignmentsTable } from '../assignments/assignment.table.ts';
import type { AuditLogTable } from '../audit-log/audit-log.table.ts';
import type { AuditRecommendationsTable, AuditReportsTable } from '../audit-reports/audit-report.table.ts';
import type { RoleGrantsTable, SessionsTable, UsersTable } from '../auth/auth.table.ts';
import type { ReportingCyclesTable } from '../cycles/cycle.table.ts';
import type { GoalResponsibilitiesTable, GoalsTable } from '../goals/goal.table.ts';
import type { IndicatorValuesTable, IndicatorsTable } from '../indicators/indicator.table.ts';
import type { JobsTable } from '../jobs/job.table.ts';
import type { OrganisationsTable, PartiesTable } from '../organisations/organisation.table.ts';
import type { TenantsTable } from '../tenants/tenant.table.ts';

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
}
