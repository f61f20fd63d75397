/**
 * The reporter's day: "my reports" with deadlines, a report's sections with the checker's
 * findings beside them, submitting; and the controller's review of a submitted report
 * (comment, return or accept). Sections are edited in report-section.pages.tsx.
 */
import { Hono, type Context } from 'hono';
import { can } from '../auth/permissions.ts';
import type { Actor } from '../auth/roles.ts';
import { checkDocument } from '../checks/checker.ts';
import type { Finding } from '../checks/check-document.ts';
import { listCycles } from '../cycles/cycle.store.ts';
import type { Db } from '../db/connection.ts';
import type { AppEnv } from '../http/context.ts';
import { notFound } from '../http/errors.ts';
import { formatDate, formatDateTime, swedishDay } from '../numbers/swedish-format.ts';
import { listOrganisations } from '../organisations/organisation.store.ts';
import { coveringOrganisations, type Organisation } from '../organisations/organisation.ts';
import { assertCanReadReport } from '../reports/report-access.ts';
import { toCheckDocument } from '../reports/report-check.ts';
import { loadReportDocument } from '../reports/report-document.store.ts';
import type { DocumentSection, ReportDocument } from '../reports/report-document.ts';
import { acceptReport, createReport, returnReport, submitReport } from '../reports/report.commands.ts';
import { findReport, listParticipants, listReports } from '../reports/report.store.ts';
import { isEditable, type Report } from '../reports/report.ts';
import { answerForm, isUuid, readForm, text, transact } from './form-input.ts';
import { isOverdue, type ProgressStatus } from './report-progress.ts';
import { staffForm, staffPage, WORKSPACE_BASE } from './staff-routes.ts';
import { workspaceFrame, withNotice, type WorkspaceFrame } from './workspace-frame.ts';
import { htmlDocument } from '../pages/layout.tsx';
import { ScrollRegion } from '../pages/scroll-region.tsx';
import { CsrfField, ErrorSummary, WorkspaceLayout } from './workspace-layout.tsx';

export const reportEditorPages = new Hono<AppEnv>();

export const REPORTS = `${WORKSPACE_BASE}/rapporter`;

/** The organisations whose grants cover a report's organisation, for `can`. */
export const reportScope = (report: Pick<Report, 'organisationId'>, organisations: readonly Organisation[]) => ({
  organisationIds: coveringOrganisations(report.organisationId, organisations),
});

export function StatusText(props: { frame: WorkspaceFrame; status: ProgressStatus; overdue: boolean }) {
  const { t } = props.frame;
  const label = props.status === 'not-started' ? t('ws.progress.not-started') : t(`reportStatus.${props.status}`);
  return (
    <>
      <span class={`report-status report-status-${props.status}`}>{label}</span>
      {props.overdue ? <strong class="overdue"> – {t('ws.reports.overdue')}</strong> : ''}
    </>
  );
}

staffPage(reportEditorPages, REPORTS, 'report.edit', async (c) => {
  const frame = workspaceFrame(c);
  const { t } = frame;
  const { db } = c.get('services');
  const tenantId = c.get('tenant').id;
  const actor = frame.actor;
  const [organisations, cycles, reports] = [await listOrganisations(db, tenantId), await listCycles(db, tenantId), await listReports(db, tenantId)];
  const orgName = new Map(organisations.map((o) => [o.id, o.name]));
  const mine = reports.filter((r) => r.status !== 'adopted' && can(actor, 'report.edit', reportScope(r, organisations)));
  const today = swedishDay();
  const toStart: Array<{ organisationId: string; cycleId: string; cycleName: string; deadline: string | null }> = [];
  for (const cycle of cycles) {
    if (cycle.committeeDeadline && cycle.committeeDeadline < today && !reports.some((r) => r.cycleId === cycle.id)) continue;
    for (const organisationId of await listParticipants(db, tenantId, cycle.id)) {
      if (reports.some((r) => r.cycleId === cycle.id && r.organisationId === organisationId)) continue;
      if (!can(actor, 'report.create', { organisationIds: coveringOrganisations(organisationId, organisations) })) continue;
      toStart.push({ organisationId, cycleId: cycle.id, cycleName: cycle.name, deadline: cycle.committeeDeadline });
    }
  }
  const cycleOf = new Map(cycles.map((cy) => [cy.id, cy]));
  return c.html(
    htmlDocument(
      <WorkspaceLayout frame={frame} title={t('ws.reports.title')}>
        <h1>{t('ws.reports.title')}</h1>
        <p class="lead">{t('ws.reports.intro')}</p>
        {mine.length === 0 && toStart.length === 0 ? <p>{t('ws.reports.none')}</p> : ''}
        {mine.length > 0 ? (
          <ScrollRegion label={t('ws.section.table')}>
            <table>
              <caption class="visually-hidden">{t('ws.reports.title')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('ws.reports.col.report')}</th>
                  <th scope="col">{t('ws.reports.col.organisation')}</th>
                  <th scope="col">{t('ws.reports.col.deadline')}</th>
                  <th scope="col">{t('ws.reports.col.status')}</th>
                </tr>
              </thead>
              <tbody>
                {mine.map((r) => {
                  const deadline = cycleOf.get(r.cycleId)?.committeeDeadline ?? null;
                  return (
                    <tr>
                      <td>
                        <a href={`${REPORTS}/${r.id}`}>{r.title}</a>
                      </td>
                      <td>{orgName.get(r.organisationId)}</td>
                      <td>{deadline ? formatDate(deadline) : '–'}</td>
                      <td>
                        <StatusText frame={frame} status={r.status} overdue={isOverdue(r.status, deadline, today)} />
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </ScrollRegion>
        ) : (
          ''
        )}
        {toStart.length > 0 ? (
          <section aria-labelledby="to-start">
            <h2 id="to-start">{t('ws.reports.toStart')}</h2>
            <ul class="plain">
              {toStart.map((s) => (
                <li>
                  <form method="post" action={REPORTS} class="inline-form">
                    <CsrfField frame={frame} />
                    <input type="hidden" name="organisationId" value={s.organisationId} />
                    <input type="hidden" name="cycleId" value={s.cycleId} />
                    <button type="submit">{t('ws.reports.start', { organisation: orgName.get(s.organisationId) ?? '' })}</button>
                  </form>{' '}
                  {s.cycleName}
                  {s.deadline ? `, ${t('ws.reports.col.deadline').toLocaleLowerCase('sv')} ${formatDate(s.deadline)}` : ''}
                  {isOverdue('not-started', s.deadline, today) ? <strong class="overdue"> – {t('ws.reports.overdue')}</strong> : ''}
                </li>
              ))}
            </ul>
          </section>
        ) : (
          ''
        )}
      </WorkspaceLayout>,
    ),
  );
});

staffForm(reportEditorPages, REPORTS, 'report.create', async (c) => {
  const form = await readForm(c);
  const organisationId = text(form, 'organisationId');
  const cycleId = text(form, 'cycleId');
  if (!isUuid(organisationId) || !isUuid(cycleId)) throw notFound('Uppföljningen');
  const created = await transact(c, (trx) => createReport(trx, c.get('actor'), c.get('tenant'), { organisationId, cycleId }));
  return c.redirect(withNotice(`${REPORTS}/${created.id}`, 'created'), 303);
});

/** The report, its document and the checker's findings, as the editor and review pages need them. */
export async function loadForEditor(c: Context<AppEnv>, id: string) {
  const { db } = c.get('services');
  const tenantId = c.get('tenant').id;
  const report = isUuid(id) ? await findReport(db, tenantId, id) : undefined;
  if (!report) throw notFound('Rapporten');
  await assertCanReadReport(db, c.get('actor'), tenantId, report);
  const document = (await loadReportDocument(db, tenantId, report))!;
  const findings = checkDocument(toCheckDocument(document));
  const organisations = await listOrganisations(db, tenantId);
  return { report, document, findings, organisations };
}

/** Findings about a section or any of its subsections. */
export function findingsUnder(findings: readonly Finding[], number: string): Finding[] {
  return findings.filter((f) => f.where.section === number || (f.where.section ?? '').startsWith(`${number}.`));
}

function SectionEntry(props: { frame: WorkspaceFrame; report: Report; section: DocumentSection; findings: Finding[]; editable: boolean }) {
  const { frame, report, section, findings, editable } = props;
  const { t } = frame;
  const own = findings.filter((f) => f.where.section === section.number);
  const label = `${section.number} ${section.title}`;
  return (
    <li>
      {section.contentKey && editable ? <a href={`${REPORTS}/${report.id}/avsnitt/${section.contentKey}`}>{label}</a> : label}
      {section.contentKey ? <span class="muted"> – {section.version > 0 ? t('ws.report.started') : t('ws.report.empty')}</span> : ''}
      {own.length > 0 ? <span class="finding-count"> – {t('ws.report.findings', { errors: t.n('count.error', own.filter((f) => f.severity === 'error').length), warnings: t.n('count.warning', own.filter((f) => f.severity === 'warning').length) })}</span> : ''}
      {section.accounts.length > 0 ? (
        <ul>
          {section.accounts.map((a) => (
            <li>
              {editable ? <a href={`${REPORTS}/${report.id}/avsnitt/${a.key}`}>{`${a.dnr} ${a.title}`}</a> : `${a.dnr} ${a.title}`}
              {section.kind === 'assignment-accounts' ? <span class="muted"> – {t('ws.account.open')}</span> : ''}
            </li>
          ))}
        </ul>
      ) : (
        ''
      )}
      {section.children.length > 0 ? (
        <ul>
          {section.children.map((child) => (
            <SectionEntry frame={frame} report={report} section={child} findings={findings} editable={editable} />
          ))}
        </ul>
      ) : (
        ''
      )}
    </li>
  );
}

function latestReturn(document: ReportDocument) {
  return [...document.comments].reverse().find((cm) => cm.action === 'return');
}

async function renderReport(c: Context<AppEnv>, errors: string[] = [], status = 200) {
  const { report, document, findings, organisations } = await loadForEditor(c, c.req.param('id') ?? '');
  const frame = workspaceFrame(c);
  const { t } = frame;
  const actor: Actor = frame.actor;
  const scope = reportScope(report, organisations);
  const editable = isEditable(report.status) && !report.locked && can(actor, 'report.edit', scope);
  const cycles = await listCycles(c.get('services').db, c.get('tenant').id);
  const deadline = cycles.find((cy) => cy.id === report.cycleId)?.committeeDeadline ?? null;
  const returned = report.status === 'returned' ? latestReturn(document) : undefined;
  const errorsCount = findings.filter((f) => f.severity === 'error').length;
  const base = `${REPORTS}/${report.id}`;
  return c.html(
    htmlDocument(
      <WorkspaceLayout frame={frame} title={report.title} breadcrumbs={can(actor, 'report.edit') ? [{ href: REPORTS, label: t('ws.reports.title') }] : []}>
        <h1>{report.title}</h1>
        <ErrorSummary frame={frame} errors={errors} />
        <dl class="facts">
          <dt>{t('ws.reports.col.organisation')}</dt>
          <dd>{document.organisation.name}</dd>
          <dt>{t('ws.reports.col.cycle')}</dt>
          <dd>{document.cycle.name}</dd>
          <dt>{t('ws.reports.col.deadline')}</dt>
          <dd>{deadline ? formatDate(deadline) : '–'}</dd>
          <dt>{t('ws.reports.col.status')}</dt>
          <dd>
            <StatusText frame={frame} status={report.status} overdue={isOverdue(report.status, deadline, swedishDay())} />
          </dd>
        </dl>
        {returned ? (
          <p class="warning" role="note">
            {t('ws.report.returnedComment', { comment: returned.text })}
          </p>
        ) : (
          ''
        )}
        <p>{findings.length === 0 ? t('ws.report.findingsNone') : t('ws.report.findings', { errors: t.n('count.error', errorsCount), warnings: t.n('count.warning', findings.length - errorsCount) })}</p>
        {!editable && isEditable(report.status) === false ? <p class="muted">{t('ws.report.readOnly', { status: t(`reportStatus.${report.status}`) })}</p> : ''}
        <h2>{t('ws.report.sections')}</h2>
        <ul class="section-list">
          {document.sections.map((s) => (
            <SectionEntry frame={frame} report={report} section={s} findings={findings} editable={editable} />
          ))}
        </ul>
        {editable && can(actor, 'report.submit', scope) ? (
          <form method="post" action={`${base}/lamna-in`} class="stack narrow">
            <CsrfField frame={frame} />
            <p class="hint" id="submit-hint">
              {t('ws.report.submitHint')}
            </p>
            <button type="submit" aria-describedby="submit-hint">
              {t('ws.report.submit')}
            </button>
          </form>
        ) : (
          ''
        )}
        {report.status === 'submitted' && can(actor, 'report.review', scope) ? (
          <section aria-labelledby="review">
            <h2 id="review">{t('ws.review.heading')}</h2>
            <form method="post" action={`${base}/granskning`} class="stack">
              <CsrfField frame={frame} />
              <div class="field">
                <label for="review-comment">{t('ws.review.comment')}</label>
                <p class="hint" id="review-hint">
                  {t('ws.review.commentHint')}
                </p>
                <textarea id="review-comment" name="comment" rows={4} aria-describedby="review-hint"></textarea>
              </div>
              <div class="actions">
                <button type="submit" name="decision" value="return">
                  {t('ws.review.return')}
                </button>
                <button type="submit" name="decision" value="accept">
                  {t('ws.review.accept')}
                </button>
              </div>
            </form>
          </section>
        ) : (
          ''
        )}
        <form method="post" action={`${base}/dokument`} class="actions" aria-describedby="pdf-hint">
          <CsrfField frame={frame} />
          <button type="submit" name="format" value="pdf">
            {t('ws.report.pdf')}
          </button>
          <button type="submit" name="format" value="docx">
            {t('ws.report.wordFile')}
          </button>
          <span class="hint" id="pdf-hint">
            {t('ws.report.pdfHint')}
          </span>
        </form>
        {document.comments.length > 0 ? (
          <section aria-labelledby="comments">
            <h2 id="comments">{t('ws.report.comments')}</h2>
            <ol class="timeline">
              {document.comments.map((cm) => (
                <li>
                  <time datetime={cm.at}>{formatDateTime(cm.at)}</time> {cm.by ?? ''}: {cm.text}
                </li>
              ))}
            </ol>
          </section>
        ) : (
          ''
        )}
      </WorkspaceLayout>,
    ),
    status as 200,
  );
}

staffPage(reportEditorPages, `${REPORTS}/:id`, 'signed-in', (c) => renderReport(c));

staffForm(reportEditorPages, `${REPORTS}/:id/lamna-in`, 'report.submit', async (c) => {
  const id = c.req.param('id') ?? '';
  if (!isUuid(id)) throw notFound('Rapporten');
  return answerForm(
    c,
    async () => {
      await transact(c, (trx) => submitReport(trx, c.get('actor'), c.get('tenant'), { reportId: id }));
      return c.redirect(withNotice(`${REPORTS}/${id}`, 'submitted'), 303);
    },
    (errors, status) => renderReport(c, errors, status),
  );
});

staffForm(reportEditorPages, `${REPORTS}/:id/granskning`, 'report.review', async (c) => {
  const id = c.req.param('id') ?? '';
  if (!isUuid(id)) throw notFound('Rapporten');
  const form = await readForm(c);
  const comment = text(form, 'comment');
  const accept = text(form, 'decision') === 'accept';
  return answerForm(
    c,
    async () => {
      const run = (trx: Db) =>
        accept ? acceptReport(trx, c.get('actor'), c.get('tenant'), { reportId: id, comment: comment || null }) : returnReport(trx, c.get('actor'), c.get('tenant'), { reportId: id, comment });
      await transact(c, run);
      return c.redirect(withNotice(`${REPORTS}/${id}`, accept ? 'accepted' : 'returned'), 303);
    },
    (errors, status) => renderReport(c, errors, status),
  );
});
