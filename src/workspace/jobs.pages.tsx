/**
 * Long tasks without blocking the page: start one (a report as PDF or Word, an uploaded
 * document read by the importer), then follow it on a status page that reloads itself with
 * <meta refresh> when JavaScript is off, and polls a small JSON endpoint when it is on.
 */
import { Hono, type Context } from 'hono';
import type { AppEnv } from '../http/context.ts';
import { AppError, notFound } from '../http/errors.ts';
import { enqueueJob, type Job } from '../jobs/job.store.ts';
import { formatDateTime, formatNumber } from '../numbers/swedish-format.ts';
import { assertCanReadReport } from '../reports/report-access.ts';
import { findReport } from '../reports/report.store.ts';
import { isUuid, readForm, text } from './form-input.ts';
import { REPORTS } from './report-editor.pages.tsx';
import { staffForm, staffPage, WORKSPACE_BASE } from './staff-routes.ts';
import { deleteExpiredFiles, insertFile, readFile } from './workspace-file.store.ts';
import { findJobOf, listJobsOf } from './workspace-job.store.ts';
import { enqueueImportSave, IMPORT_SAVE_JOB, type ImportSaveResult } from '../imports/save/import-save.job.ts';
import { IMPORT_JOB, REPORT_DOCUMENT_JOB, WORKSPACE_JOB_KINDS, type ImportJobFinding, type ImportJobResult, type ReportDocumentResult } from './workspace-jobs.ts';
import { workspaceFrame, withNotice, type WorkspaceFrame } from './workspace-frame.ts';
import { htmlDocument } from '../pages/layout.tsx';
import { CsrfField, ErrorSummary, WorkspaceLayout } from './workspace-layout.tsx';

export const jobPages = new Hono<AppEnv>();

export const JOBS = `${WORKSPACE_BASE}/arbeten`;
const IMPORT = `${WORKSPACE_BASE}/inlasning`;
export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;

function userIdOf(c: Context<AppEnv>): string {
  const actor = c.get('actor');
  if (actor.kind !== 'user') throw new AppError('unauthenticated', 'Du behöver logga in.');
  return actor.userId;
}

function statusText(frame: WorkspaceFrame, job: Job): string {
  return job.status === 'running' ? frame.t('ws.jobs.status.running', { progress: job.progress }) : frame.t(`ws.jobs.status.${job.status}`);
}

const kindText = (frame: WorkspaceFrame, job: Job) => frame.t(`ws.jobs.kind.${job.kind as (typeof WORKSPACE_JOB_KINDS)[number]}`);

const PART_KINDS = ['motion', 'statement', 'staff-report', 'attachment'] as const;

/** "bilaga 3 · avsnitt 4.3 · tabell 4.3#1 · SLK · Resultat · Utfall · rad 2107". */
function findingPlace(frame: WorkspaceFrame, where: ImportJobFinding['where']): string {
  const { t } = frame;
  const part = where.part && where.part !== 'report' ? /^([a-z-]+?)(?:-(\d+))?$/.exec(where.part) : null;
  const kind = PART_KINDS.find((k) => k === part?.[1]);
  const places = [
    part ? (kind ? t(`ws.jobs.where.part.${kind}`, { n: part[2] ?? '' }) : where.part) : null,
    where.section ? t('ws.jobs.where.section', { number: where.section }) : null,
    where.table ? t('ws.jobs.where.table', { id: where.table }) : null,
    where.block,
    where.row,
    where.column,
    where.line ? t('ws.jobs.where.line', { line: where.line }) : null,
  ].filter(Boolean);
  return places.length ? places.join(' · ') : t('ws.jobs.where.document');
}

/** The checker's findings on an imported file as a list: severity in words, where, what. */
function ImportFindings(props: { frame: WorkspaceFrame; result: ImportJobResult }) {
  const { frame, result } = props;
  const { t } = frame;
  const { findings } = result;
  const errors = typeof findings === 'string' ? 0 : findings.filter((f) => f.severity === 'error').length;
  return (
    <section class={typeof findings !== 'string' && findings.length > 0 ? 'findings' : undefined} aria-labelledby="import-findings">
      <h2 id="import-findings">{t('ws.jobs.importFindings', { count: result.findingCount })}</h2>
      {typeof findings === 'string' ? (
        // Jobs finished before findings were kept as data carry them as text.
        <pre class="json">{findings}</pre>
      ) : result.unchecked ? (
        <p class="error-summary">{result.unchecked}</p>
      ) : findings.length === 0 ? (
        <p>{t('ws.jobs.findingsNone')}</p>
      ) : (
        <>
          <p>{t('ws.jobs.findingsCount', { errors: t.n('count.error', errors), warnings: t.n('count.warning', findings.length - errors) })}</p>
          <ol>
            {findings.map((f) => (
              <li>
                <strong class={`severity-${f.severity}`}>{t(`ws.jobs.severity.${f.severity}`)}</strong>, <span class="finding-place">{findingPlace(frame, f.where)}</span>: {f.message}
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}

staffPage(jobPages, JOBS, 'signed-in', async (c) => {
  const frame = workspaceFrame(c);
  const { t } = frame;
  const jobs = await listJobsOf(c.get('services').db, c.get('tenant').id, userIdOf(c), WORKSPACE_JOB_KINDS);
  return c.html(
    htmlDocument(
      <WorkspaceLayout frame={frame} title={t('ws.jobs.title')}>
        <h1>{t('ws.jobs.title')}</h1>
        <p class="lead">{t('ws.jobs.intro')}</p>
        {jobs.length === 0 ? (
          <p>{t('ws.jobs.none')}</p>
        ) : (
          <ul>
            {jobs.map((job) => (
              <li>
                <a href={`${JOBS}/${job.id}`}>{`${kindText(frame, job)}, ${formatDateTime(job.createdAt)}`}</a> – {statusText(frame, job)}
              </li>
            ))}
          </ul>
        )}
        <p>
          <a href={IMPORT}>{t('ws.import.title')}</a>
        </p>
      </WorkspaceLayout>,
    ),
  );
});

staffPage(jobPages, `${JOBS}/:id`, 'signed-in', async (c) => {
  const id = c.req.param('id') ?? '';
  const frame = workspaceFrame(c);
  const { t } = frame;
  const job = isUuid(id) ? await findJobOf(c.get('services').db, c.get('tenant').id, userIdOf(c), id, WORKSPACE_JOB_KINDS) : undefined;
  if (!job) throw notFound('Arbetet');
  const finished = job.status === 'done' || job.status === 'failed';
  const title = kindText(frame, job);
  const documentResult = job.kind === REPORT_DOCUMENT_JOB && job.status === 'done' ? (job.result as ReportDocumentResult) : undefined;
  const importResult = job.kind === IMPORT_JOB && job.status === 'done' ? (job.result as ImportJobResult) : undefined;
  const saveResult = job.kind === IMPORT_SAVE_JOB && job.status === 'done' ? (job.result as ImportSaveResult) : undefined;
  return c.html(
    htmlDocument(
      <WorkspaceLayout frame={frame} title={title} refreshSeconds={finished ? undefined : 2} breadcrumbs={[{ href: JOBS, label: t('ws.jobs.title') }]}>
        <h1>{title}</h1>
        <div data-job-status={finished ? undefined : `${JOBS}/${job.id}/status`} class="stack">
          <label for="job-progress">{t('ws.jobs.progress')}</label>
          <progress id="job-progress" class="progress" max={100} value={job.progress}>{`${job.progress} %`}</progress>
          <p role="status" data-job-text>
            {statusText(frame, job)}
          </p>
          {finished ? '' : <p class="hint">{t('ws.jobs.refreshHint')}</p>}
        </div>
        {job.status === 'failed' ? <p class="error-summary">{t('ws.jobs.error', { message: job.lastError ?? '' })}</p> : ''}
        {documentResult ? (
          <p>
            <a class="button" href={`${WORKSPACE_BASE}/filer/${documentResult.fileId}`} download={documentResult.name}>
              {t('ws.jobs.download', { name: documentResult.name, size: formatNumber(documentResult.size / 1024, { decimals: 0 }) })}
            </a>
          </p>
        ) : (
          ''
        )}
        {importResult ? (
          <>
            <h2>{t('ws.jobs.importSummary')}</h2>
            <pre class="json">{importResult.summary}</pre>
            <ImportFindings frame={frame} result={importResult} />
          </>
        ) : (
          ''
        )}
        {saveResult ? (
          <>
            <h2>{t('ws.jobs.saveSummary')}</h2>
            <pre class="json">{saveResult.text}</pre>
          </>
        ) : (
          ''
        )}
      </WorkspaceLayout>,
    ),
  );
});

/** Progress as JSON for workspace.js: status, percent, and the words the page shows. */
staffPage(jobPages, `${JOBS}/:id/status`, 'signed-in', async (c) => {
  const id = c.req.param('id') ?? '';
  const job = isUuid(id) ? await findJobOf(c.get('services').db, c.get('tenant').id, userIdOf(c), id, WORKSPACE_JOB_KINDS) : undefined;
  if (!job) throw notFound('Arbetet');
  return c.json({ status: job.status, progress: job.progress, label: statusText(workspaceFrame(c), job) });
});

staffPage(jobPages, `${WORKSPACE_BASE}/filer/:id`, 'signed-in', async (c) => {
  const id = c.req.param('id') ?? '';
  const file = isUuid(id) ? await readFile(c.get('services').db, c.get('tenant').id, id) : undefined;
  if (!file || file.createdBy !== userIdOf(c)) throw notFound('Filen');
  c.header('Content-Type', file.contentType);
  c.header('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.name)}`);
  return c.body(file.content as Uint8Array<ArrayBuffer>);
});

staffForm(jobPages, `${REPORTS}/:id/dokument`, 'report.read', async (c) => {
  const id = c.req.param('id') ?? '';
  const { db } = c.get('services');
  const tenantId = c.get('tenant').id;
  const report = isUuid(id) ? await findReport(db, tenantId, id) : undefined;
  if (!report) throw notFound('Rapporten');
  await assertCanReadReport(db, c.get('actor'), tenantId, report);
  const form = await readForm(c);
  const format = text(form, 'format') === 'docx' ? 'docx' : 'pdf';
  const jobId = await db.transaction().execute((trx) => enqueueJob(trx, tenantId, { kind: REPORT_DOCUMENT_JOB, payload: { userId: userIdOf(c), reportId: report.id, format } }));
  return c.redirect(withNotice(`${JOBS}/${jobId}`, 'queued'), 303);
});

async function renderImport(c: Context<AppEnv>, errors: string[] = [], status = 200) {
  const frame = workspaceFrame(c);
  const { t } = frame;
  return c.html(
    htmlDocument(
      <WorkspaceLayout frame={frame} title={t('ws.import.title')} breadcrumbs={[{ href: JOBS, label: t('ws.jobs.title') }]}>
        <h1>{t('ws.import.title')}</h1>
        <p class="lead">{t('ws.import.intro')}</p>
        <ErrorSummary frame={frame} errors={errors} />
        <form method="post" action={IMPORT} enctype="multipart/form-data" class="stack narrow">
          <CsrfField frame={frame} />
          <div class="field">
            <label for="im-file">{t('ws.import.file')}</label>
            <input id="im-file" name="file" type="file" accept=".pdf,.txt,application/pdf,text/plain" required />
          </div>
          <div class="choice">
            <input id="im-save" name="save" type="checkbox" value="1" aria-describedby="im-save-hint" />
            <label for="im-save">{t('ws.import.save')}</label>
          </div>
          <p id="im-save-hint" class="hint">
            {t('ws.import.saveHint')}
          </p>
          <p>
            <button type="submit">{t('ws.import.submit')}</button>
          </p>
        </form>
      </WorkspaceLayout>,
    ),
    status as 200,
  );
}

staffPage(jobPages, IMPORT, 'document.import', (c) => renderImport(c));

staffForm(jobPages, IMPORT, 'document.import', async (c) => {
  const { t } = workspaceFrame(c);
  if (Number(c.req.header('content-length') ?? 0) > MAX_UPLOAD_BYTES + 64 * 1024) return renderImport(c, [t('ws.import.tooLarge')], 413);
  const body = await c.req.parseBody();
  const file = body.file;
  if (!(file instanceof File) || file.size === 0) return renderImport(c, [t('ws.import.missing')], 400);
  if (file.size > MAX_UPLOAD_BYTES) return renderImport(c, [t('ws.import.tooLarge')], 413);
  const { db } = c.get('services');
  const tenantId = c.get('tenant').id;
  const userId = userIdOf(c);
  const name = file.name.slice(0, 200) || 'dokument';
  const jobId = await db.transaction().execute(async (trx) => {
    // Files expire after three days; each upload clears out the expired ones (an indexed delete).
    await deleteExpiredFiles(trx);
    const stored = await insertFile(trx, tenantId, { name, contentType: file.type || 'application/octet-stream', content: new Uint8Array(await file.arrayBuffer()), createdBy: userId });
    if (body.save === '1') return enqueueImportSave(trx, tenantId, { userId, fileId: stored.id, fileName: name });
    return enqueueJob(trx, tenantId, { kind: IMPORT_JOB, payload: { userId, fileId: stored.id, fileName: name } });
  });
  return c.redirect(withNotice(`${JOBS}/${jobId}`, 'queued'), 303);
});
