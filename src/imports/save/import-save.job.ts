/**
 * Saving an uploaded document as a job, for the staff workspace: the upload is read by the
 * importer and saved in the uploader's name (their permissions, their audit entries) in one
 * transaction. A refusal (a missing organisation, a permission) fails the job with its Swedish
 * message and saves nothing; enqueue it with `enqueueImportSave` (one attempt: the same file
 * would be refused again).
 */
import type { Db } from '../../db/connection.ts';
import { enqueueJob } from '../../jobs/job.store.ts';
import type { JobContext } from '../../jobs/job-worker.ts';
import { findTenant } from '../../tenants/tenant.store.ts';
import { deleteFile, readFile } from '../../workspace/workspace-file.store.ts';
import { importDocument } from '../import-document.ts';
import type { ImportWarning } from '../import-result.ts';
import { userActor } from './import-lookup.store.ts';
import { saveImport } from './save-import.commands.ts';
import { saveSummaryText, type SaveSummary } from './save-summary.ts';

export const IMPORT_SAVE_JOB = 'imports.save';

export interface ImportSavePayload {
  /** Who asked: the save runs with their permissions and only they see the result. */
  userId: string;
  /** The upload in workspace_files. */
  fileId: string;
  fileName: string;
  createOrganisations?: boolean;
  /** Reporting cycle id or name, when the report's title does not say it. */
  cycle?: string | null;
  /** The organisation's name, when the report's title does not say it. */
  organisation?: string | null;
}

export interface ImportSaveResult {
  fileName: string;
  summary: SaveSummary;
  /** What the importer could not read with certainty (Swedish). */
  warnings: ImportWarning[];
  /** The summary for a person, in Swedish. */
  text: string;
}

export async function enqueueImportSave(trx: Db, tenantId: string, payload: ImportSavePayload): Promise<string | undefined> {
  return enqueueJob(trx, tenantId, { kind: IMPORT_SAVE_JOB, payload, maxAttempts: 1 });
}

export async function saveUploadedImport(ctx: JobContext): Promise<ImportSaveResult> {
  const payload = ctx.job.payload as ImportSavePayload;
  const tenant = await findTenant(ctx.db, ctx.job.tenantId);
  const actor = await userActor(ctx.db, ctx.job.tenantId, payload.userId);
  if (!tenant || !actor) throw new Error('Den som laddade upp filen finns inte längre; inget sparades.');
  await ctx.progress(5);
  const upload = await readFile(ctx.db, tenant.id, payload.fileId);
  if (!upload) throw new Error('Den uppladdade filen finns inte längre; inget sparades.');
  const result = await importDocument(upload.content, { fileName: payload.fileName });
  await ctx.progress(40);
  const summary = await ctx.db.transaction().execute((trx) =>
    saveImport(trx, actor, tenant, result, {
      fileName: payload.fileName,
      createOrganisations: payload.createOrganisations ?? false,
      cycle: payload.cycle ?? null,
      organisation: payload.organisation ?? null,
    }),
  );
  await ctx.progress(95);
  await deleteFile(ctx.db, tenant.id, upload.id);
  return { fileName: payload.fileName, summary, warnings: result.warnings, text: saveSummaryText(summary) };
}
