/**
 * A report with everything in it, as `GET /api/v1/reports/{id}` sends it: the numbered section
 * tree with prose, computed tables, charts, goal assessments, assignment accounts and audit
 * reports. It is plain JSON and self-contained, so a file saved from the API can be checked
 * (`uppsikt check report.json`) or printed without the database.
 */
import type { Jsonified } from '../http/json.ts';
import type { AccountView } from './assignment-accounts.ts';
import type { Report, ReportAction } from './report.ts';
import type { ReportChart, ReportTable } from './report-table.ts';
import type { ContentKind } from './section-content.ts';

export const REPORT_DOCUMENT_FORMAT = 'uppsikt-report';

export type DocumentSectionKind = ContentKind | 'account-group' | 'free-subsection';

export interface AuditReportView {
  title: string;
  year: number;
  auditor: string;
  summary: string | null;
  recommendations: Array<{ text: string; status: string; carriedOverFrom: number | null }>;
}

export interface DocumentSection {
  /** Unique in the document: a template key, `<key>:<id>` for generated ones, `<key>#<n>` for groups and free subsections. */
  key: string;
  /** The stored section this one is edited through (PUT …/sections/{contentKey}), or null for generated headings. */
  contentKey: string | null;
  number: string;
  depth: number;
  title: string;
  kind: DocumentSectionKind;
  /** Version of the stored section (0: never saved). Send it back when saving. */
  version: number;
  guidance?: string;
  /** Sanitised HTML printed before the section's tables; `textAfter` after them. */
  text: string | null;
  textAfter: string | null;
  /** Lines the registers contribute (a goal's role line), printed before the text. */
  lines: string[];
  tables: ReportTable[];
  charts: ReportChart[];
  /** Printed accounts (in groups) or, on the origin section, the open assignments not yet accounted for. */
  accounts: AccountView[];
  auditReports: AuditReportView[];
  /** Things the reporter should know (a figure that is not of its column's type, a missing indicator). */
  warnings: string[];
  children: DocumentSection[];
}

/** Tables of a part of the matter outside the report's numbered sections (attachment 2's "Tabell 1"). */
export interface ReportAttachment {
  /** "attachment-2" */
  part: string;
  tables: ReportTable[];
}

export interface ReportComment {
  version: number;
  action: ReportAction | 'comment';
  text: string;
  at: string;
  by: string | null;
}

export interface ReportDocument {
  format: typeof REPORT_DOCUMENT_FORMAT;
  formatVersion: 1;
  report: Jsonified<Report>;
  organisation: { id: string; name: string; shortName: string | null };
  /** Who issues it: the administration serving the organisation, or the organisation itself. */
  issuer: string;
  cycle: { id: string; name: string; kind: string; year: number; periodStart: string; periodEnd: string };
  template: { id: string; key: string; version: number; name: string };
  sections: DocumentSection[];
  /** Survey tables placed in an attachment rather than a section. Absent in files saved before they existed. */
  attachments?: ReportAttachment[];
  comments: ReportComment[];
}

/** Every section of the tree in document order. */
export function flattenSections(sections: readonly DocumentSection[]): DocumentSection[] {
  return sections.flatMap((s) => [s, ...flattenSections(s.children)]);
}
