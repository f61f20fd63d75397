/**
 * The workspace's long tasks, run by the job worker so a page never waits on them: a report
 * as PDF or Word, and a document read by the importer. Each job names the person who asked
 * for it; only they see its progress and its result.
 */
import type { Finding } from '../checks/check-document.ts';
import { importSummary } from '../imports/import-summary.ts';
import { importDocument } from '../imports/import-document.ts';
import { whyNothingChecked } from '../imports/nothing-checked.ts';
import type { JobContext, JobHandler } from '../jobs/job-worker.ts';
import { loadReportDocument } from '../reports/report-document.store.ts';
import { exportReport } from '../reports/report-export.ts';
import { IMPORT_SAVE_JOB } from '../imports/save/import-save.job.ts';
import { deleteFile, insertFile, readFile } from './workspace-file.store.ts';

export const REPORT_DOCUMENT_JOB = 'workspace.report-document';
export const IMPORT_JOB = 'workspace.import-document';
export const WORKSPACE_JOB_KINDS = [REPORT_DOCUMENT_JOB, IMPORT_JOB, IMPORT_SAVE_JOB] as const;

export interface ReportDocumentPayload {
  userId: string;
  reportId: string;
  format: 'pdf' | 'docx';
}

export interface ImportPayload {
  userId: string;
  fileId: string;
  fileName: string;
}

export interface ReportDocumentResult {
  fileId: string;
  name: string;
  size: number;
}

/** A finding as the job page lists it: how serious, where, and what (the checker's Swedish words). */
export type ImportJobFinding = Pick<Finding, 'severity' | 'where' | 'message'>;

export interface ImportJobResult {
  fileName: string;
  /** The importer's summary as plain text, without pointers to the command line. */
  summary: string;
  /** The findings as data; plain text in jobs finished before they were kept so. */
  findings: ImportJobFinding[] | string;
  findingCount: number;
  /** Why nothing in the file could be checked, when so (then "no findings" means nothing). */
  unchecked?: string | null;
}

async function reportDocument(ctx: JobContext): Promise<ReportDocumentResult> {
  const payload = ctx.job.payload as ReportDocumentPayload;
  await ctx.progress(5);
  const document = await loadReportDocument(ctx.db, ctx.job.tenantId, payload.reportId);
  if (!document) throw new Error('Rapporten finns inte längre.');
  await ctx.progress(25);
  const exported = await exportReport(document, payload.format);
  await ctx.progress(90);
  const content = typeof exported.body === 'string' ? new TextEncoder().encode(exported.body) : exported.body;
  const file = await insertFile(ctx.db, ctx.job.tenantId, { name: exported.filename, contentType: exported.contentType, content, createdBy: payload.userId });
  return { fileId: file.id, name: file.name, size: file.size };
}

async function importUpload(ctx: JobContext): Promise<ImportJobResult> {
  const payload = ctx.job.payload as ImportPayload;
  await ctx.progress(5);
  const upload = await readFile(ctx.db, ctx.job.tenantId, payload.fileId);
  if (!upload) throw new Error('Den uppladdade filen finns inte längre.');
  await ctx.progress(15);
  const result = await importDocument(upload.content, { fileName: payload.fileName });
  await ctx.progress(90);
  // The upload has served its purpose; the summary is what the person came for.
  await deleteFile(ctx.db, ctx.job.tenantId, upload.id);
  const unchecked = whyNothingChecked(result);
  // Findings read from an unreadable file are noise (a "[placeholder]" in binary data).
  const findings = unchecked ? [] : result.findings.map(({ severity, where, message }) => ({ severity, where, message }));
  return { fileName: payload.fileName, summary: importSummary(result, { cliHints: false }), findings, findingCount: findings.length, unchecked };
}

export const WORKSPACE_JOB_HANDLERS: Record<string, JobHandler> = {
  [REPORT_DOCUMENT_JOB]: reportDocument,
  [IMPORT_JOB]: importUpload,
};
