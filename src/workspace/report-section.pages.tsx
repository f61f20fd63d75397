/**
 * Editing one section of a report: its text, its figures (tables compute themselves; a typed
 * figure is kept and compared), an assignment's account with its proposal, with the checker's
 * findings for the section beside the form. Saving without JavaScript posts the form; with
 * it, workspace.js saves in the background. Two people on one section get a clear conflict
 * and nobody's text is lost.
 */
import { Hono, type Context } from 'hono';
import { raw } from 'hono/html';
import { statusLabel } from '../assignments/assignment.labels.ts';
import { can } from '../auth/permissions.ts';
import type { Finding } from '../checks/check-document.ts';
import type { AppEnv } from '../http/context.ts';
import { AppError, errorBody, notFound } from '../http/errors.ts';
import type { AccountView } from '../reports/assignment-accounts.ts';
import { flattenSections, type DocumentSection } from '../reports/report-document.ts';
import { saveReportSection } from '../reports/report.commands.ts';
import { findSection } from '../reports/report.store.ts';
import { isEditable } from '../reports/report.ts';
import { findTemplate } from '../reports/template.store.ts';
import { findSection as findTemplateSection, type GenericTableSection } from '../reports/template.ts';
import { formatDateTime } from '../numbers/swedish-format.ts';
import { isFixable, readForm, text, transact, type FormValues } from './form-input.ts';
import { findingsUnder, loadForEditor, reportScope, REPORTS } from './report-editor.pages.tsx';
import { ReportTableView, type TableInput } from './report-table.view.tsx';
import { contentFromForm, HAS_TEXT_AFTER, SEP, SPARE_ROWS } from './section-form.ts';
import { staffForm, staffPage } from './staff-routes.ts';
import { workspaceFrame, withNotice, type WorkspaceFrame } from './workspace-frame.ts';
import { htmlDocument } from '../pages/layout.tsx';
import { ScrollRegion } from '../pages/scroll-region.tsx';
import { CsrfField, ErrorSummary, WorkspaceLayout } from './workspace-layout.tsx';

export const reportSectionPages = new Hono<AppEnv>();

const SECTION_PATH = `${REPORTS}/:id/avsnitt/:key`;

interface Target {
  section: DocumentSection;
  /** Set when the key is an assignment's account. */
  account?: AccountView;
  kind: string;
}

function findTarget(sections: DocumentSection[], key: string): Target | undefined {
  for (const section of flattenSections(sections)) {
    if (section.contentKey === key && section.kind !== 'account-group' && section.kind !== 'free-subsection') return { section, kind: section.kind };
    const account = section.accounts.find((a) => a.key === key);
    if (account) return { section, account, kind: 'assignment-account' };
  }
  return undefined;
}

function Findings(props: { frame: WorkspaceFrame; findings: Finding[] }) {
  const { t } = props.frame;
  if (props.findings.length === 0) return <></>;
  return (
    <aside class="findings" aria-labelledby="findings-heading">
      <h2 id="findings-heading">{t('ws.report.findingsHeading')}</h2>
      <ul>
        {props.findings.map((f) => (
          <li>
            <span class={`severity-${f.severity}`}>{t(f.severity === 'error' ? 'ws.jobs.severity.error' : 'ws.jobs.severity.warning')}:</span> {f.message}
          </li>
        ))}
      </ul>
    </aside>
  );
}

function TextField(props: { frame: WorkspaceFrame; name: 'text' | 'textAfter'; label: string; value: string }) {
  return (
    <div class="field">
      <label for={`f-${props.name}`}>{props.label}</label>
      <textarea id={`f-${props.name}`} name={props.name} rows={10} aria-describedby="text-hint">
        {props.value}
      </textarea>
    </div>
  );
}

interface Rendering {
  errors: string[];
  status: number;
  /** What the person typed, shown again after a refused save. */
  typed?: FormValues;
  /** The other person's saved version after a conflict. */
  theirs?: { version: number; content: Record<string, unknown> | null };
}

async function renderSection(c: Context<AppEnv>, r: Rendering = { errors: [], status: 200 }) {
  const id = c.req.param('id') ?? '';
  const key = c.req.param('key') ?? '';
  const { report, document, findings, organisations } = await loadForEditor(c, id);
  const frame = workspaceFrame(c);
  const { t } = frame;
  if (!can(frame.actor, 'report.edit', reportScope(report, organisations))) throw new AppError('forbidden', 'Du har inte behörighet att ändra rapporten.');
  const target = findTarget(document.sections, key);
  if (!target) throw notFound('Avsnittet');
  const { db } = c.get('services');
  const tenantId = c.get('tenant').id;
  const stored = await findSection(db, tenantId, report.id, key);
  const content = (stored?.content ?? {}) as Record<string, unknown>;
  const version = r.theirs ? r.theirs.version : (stored?.version ?? 0);
  const typedText = (name: string) => (r.typed && typeof r.typed[name] === 'string' ? (r.typed[name] as string) : undefined);
  const editable = isEditable(report.status) && !report.locked;
  const { section, account, kind } = target;
  const title = account ? `${account.dnr} ${account.title}` : `${section.number} ${section.title}`;
  const path = `${REPORTS}/${report.id}/avsnitt/${key}`;
  const template = kind === 'generic-table' ? await findTemplate(db, tenantId, report.templateId) : undefined;
  const spec = template ? (findTemplateSection(template.definition, key) as GenericTableSection | undefined) : undefined;
  const input: TableInput =
    kind === 'indicator-table'
      ? { kind: 'given', rowKey: (k) => k.replace(/#\d+$/, '') }
      : kind === 'time-series'
        ? { kind: 'values', rowKey: (k) => k }
        : undefined;
  const storedRows = (Array.isArray(content.rows) ? content.rows : []) as Array<Record<string, string>>;
  const sectionFindings = account ? findings.filter((f) => f.where.section === section.number) : findingsUnder(findings, section.number);
  return c.html(
    htmlDocument(
      <WorkspaceLayout
        frame={frame}
        title={title}
        breadcrumbs={[
          { href: REPORTS, label: t('ws.reports.title') },
          { href: `${REPORTS}/${report.id}`, label: report.title },
        ]}
      >
        <h1>{title}</h1>
        <ErrorSummary frame={frame} errors={r.errors} />
        {r.theirs ? (
          <section class="conflict" aria-labelledby="theirs">
            <h2 id="theirs">{t('ws.section.theirs')}</h2>
            {r.theirs.content && typeof r.theirs.content.text === 'string' ? <div class="prose">{raw(r.theirs.content.text)}</div> : <p>{t('ws.none')}</p>}
          </section>
        ) : (
          ''
        )}
        {section.guidance ? (
          <details>
            <summary>{t('ws.section.guidance')}</summary>
            <p>{section.guidance}</p>
          </details>
        ) : (
          ''
        )}
        <Findings frame={frame} findings={sectionFindings} />
        {account ? (
          <dl class="facts">
            <dt>{t('ws.account.assignment')}</dt>
            <dd>{account.title}</dd>
            <dt>{t('ws.account.status')}</dt>
            <dd>{statusLabel(t, account.status)}</dd>
          </dl>
        ) : (
          ''
        )}
        {section.tables.map((table, i) =>
          kind === 'generic-table' || kind === 'central-funds' ? (
            ''
          ) : (
            <>
              {input && editable ? <p class="hint">{t('ws.section.figuresHint')}</p> : kind === 'financial-statement' ? <p class="hint">{t('ws.section.readOnlyTable')}</p> : ''}
              <ReportTableView t={t} table={table} input={editable ? input : undefined} idPrefix={`t${i}`} />
            </>
          ),
        )}
        {!editable ? (
          <p>{t('ws.report.readOnly', { status: t(`reportStatus.${report.status}`) })}</p>
        ) : (
          <form
            method="post"
            action={path}
            class="stack editor-section"
            data-autosave={path}
            data-saved-text={t('ws.section.autosaved')}
            data-offline-text={t('ws.section.offline')}
          >
            <CsrfField frame={frame} />
            <input type="hidden" name="version" value={String(version)} />
            <p class="hint" id="text-hint">
              {t('ws.section.textHint')}
            </p>
            {account ? (
              <fieldset>
                <legend>{t('ws.account.proposed')}</legend>
                {(['done', 'partial', 'none'] as const).map((p) => {
                  const current = typedText('proposed') ?? (content.proposed as string | null | undefined) ?? 'none';
                  return (
                    <div class="choice">
                      <input type="radio" id={`p-${p}`} name="proposed" value={p === 'none' ? '' : p} checked={(current || 'none') === p} />
                      <label for={`p-${p}`}>{t(`ws.account.proposed.${p}`)}</label>
                    </div>
                  );
                })}
              </fieldset>
            ) : (
              ''
            )}
            <TextField frame={frame} name="text" label={account ? t('ws.account.text') : t('ws.section.text')} value={typedText('text') ?? ((content.text as string | undefined) ?? '')} />
            {kind === 'generic-table' && spec ? (
              <GenericRows frame={frame} columns={spec.columns} rows={storedRows} caption={spec.caption} />
            ) : kind === 'central-funds' ? (
              <GenericRows
                frame={frame}
                columns={[
                  { key: 'label', label: t('ws.section.label') },
                  { key: 'actual', label: t('ws.section.actual') },
                  { key: 'forecast', label: t('ws.section.forecast') },
                  { key: 'budget', label: t('ws.section.budget') },
                ]}
                rows={storedRows}
                caption={section.tables[0]?.caption ?? section.title}
              />
            ) : (
              ''
            )}
            {HAS_TEXT_AFTER.includes(kind) ? (
              <TextField frame={frame} name="textAfter" label={t('ws.section.textAfter')} value={typedText('textAfter') ?? ((content.textAfter as string | undefined) ?? '')} />
            ) : (
              ''
            )}
            <p class="save-status" data-save-status aria-live="polite">
              {stored && !r.theirs && r.errors.length === 0 && frame.notice === 'saved' ? t('ws.report.saved', { time: formatDateTime(new Date()) }) : ''}
            </p>
            <p>
              <button type="submit">{t('ws.section.save')}</button>
            </p>
          </form>
        )}
        <p>
          <a href={`${REPORTS}/${report.id}`}>{t('ws.section.back')}</a>
        </p>
      </WorkspaceLayout>,
    ),
    r.status as 200,
  );
}

/** Rows the reporter types in, with a few blank ones for new rows. */
function GenericRows(props: { frame: WorkspaceFrame; columns: Array<{ key: string; label: string }>; rows: Array<Record<string, string>>; caption: string }) {
  const { t } = props.frame;
  const rows = [...props.rows, ...Array.from({ length: SPARE_ROWS }, () => ({}) as Record<string, string>)];
  return (
    <ScrollRegion label={t('ws.section.table')}>
      <table class="report-table">
        <caption>{props.caption}</caption>
        <thead>
          <tr>
            <th scope="col">
              <span class="visually-hidden">{t('ws.section.row', { n: '' })}</span>
            </th>
            {props.columns.map((col, i) => (
              <th scope="col" id={`gc${i}`}>
                {col.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, r) => (
            <tr>
              <th scope="row" id={`gr${r}`}>
                {r < props.rows.length ? t('ws.section.row', { n: r + 1 }) : t('ws.section.newRow')}
              </th>
              {props.columns.map((col, i) => (
                <td>
                  <input name={`rows${SEP}${r}${SEP}${col.key}`} value={row[col.key] ?? ''} aria-labelledby={`gr${r} gc${i}`} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

staffPage(reportSectionPages, SECTION_PATH, 'report.edit', (c) => renderSection(c));

staffForm(reportSectionPages, SECTION_PATH, 'report.edit', async (c) => {
  const id = c.req.param('id') ?? '';
  const key = c.req.param('key') ?? '';
  const form = await readForm(c);
  // The background save of workspace.js asks for JSON; a plain form post gets a page.
  const wantsJson = text(form, 'autosave') === '1' || (c.req.header('accept') ?? '').startsWith('application/json');
  const { report, document } = await loadForEditor(c, id);
  const target = findTarget(document.sections, key);
  if (!target) throw notFound('Avsnittet');
  const version = Number(text(form, 'version'));
  const stored = await findSection(c.get('services').db, c.get('tenant').id, report.id, key);
  const content = contentFromForm(target.kind, stored?.content as Record<string, unknown> | undefined, form);
  try {
    const saved = await transact(c, (trx) =>
      saveReportSection(trx, c.get('actor'), c.get('tenant'), { reportId: report.id, key, version: Number.isInteger(version) ? version : -1, content }),
    );
    if (wantsJson) return c.json({ version: saved.version, reportVersion: saved.reportVersion }, 200);
    return c.redirect(withNotice(`${REPORTS}/${report.id}/avsnitt/${key}`, 'saved'), 303);
  } catch (error) {
    if (!isFixable(error)) throw error;
    if (wantsJson) return c.json(errorBody(error), error.status as 409);
    if (error.code === 'conflict') {
      const details = error.details as { currentVersion?: number; currentContent?: Record<string, unknown> | null } | undefined;
      return renderSection(c, {
        errors: [workspaceFrame(c).t('ws.section.conflict')],
        status: 409,
        typed: form,
        theirs: { version: details?.currentVersion ?? 0, content: details?.currentContent ?? null },
      });
    }
    return renderSection(c, { errors: [error.message], status: error.status, typed: form });
  }
});
