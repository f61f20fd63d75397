import type { Generated } from 'kysely';

export interface AuditReportsTable {
  tenant_id: string;
  id: Generated<string>;
  organisation_id: string;
  year: number;
  title: string;
  auditor: string;
  summary: string | null;
}

export interface AuditRecommendationsTable {
  tenant_id: string;
  id: Generated<string>;
  audit_report_id: string;
  position: number;
  text: string;
  status: Generated<string>;
  first_made_year: number;
  response: string | null;
}
