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
];

/** Tables with tenant data that an export deliberately leaves out. */
export const NOT_EXPORTED: Record<string, string> = {
  sessions: 'sign-ins are short-lived secrets; users sign in again after a move',
  jobs: 'queued work of this installation; it is redone or re-queued on the target',
};
