import type { Db } from '../db/connection.ts';
import type { MessageKey } from '../i18n/messages.ts';
import { listAdoptedReports, type AdoptedReport } from '../reports/adopted-report.store.ts';

/** An adopted report as the public lists show it, with its formats one click away. */
export interface PublicReport extends AdoptedReport {
  formats: Array<{ key: MessageKey; href: string; type: string }>;
}

/** The files of a report: the renderers' PDF and DOCX, the report as JSON, its tables as CSV and JSON. */
export function reportFormats(reportId: string): PublicReport['formats'] {
  const exported = (format: string) => `/api/v1/reports/${reportId}/export?format=${format}`;
  return [
    { key: 'reportFormat.pdf', href: exported('pdf'), type: 'application/pdf' },
    { key: 'reportFormat.docx', href: exported('docx'), type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
    { key: 'reportFormat.tablesCsv', href: `/data/rapporter/${reportId}/tabeller.csv`, type: 'text/csv' },
    { key: 'reportFormat.tablesJson', href: `/data/rapporter/${reportId}/tabeller.json`, type: 'application/json' },
    { key: 'reportFormat.json', href: exported('json'), type: 'application/json' },
  ];
}

/** Adopted reports, newest period first. Drafts and reports under review are not public. */
export async function listPublicReports(db: Db, tenantId: string, filter: { organisationId?: string } = {}): Promise<PublicReport[]> {
  const reports = await listAdoptedReports(db, tenantId);
  return reports.filter((r) => !filter.organisationId || r.organisationId === filter.organisationId).map((r) => ({ ...r, formats: reportFormats(r.id) }));
}
