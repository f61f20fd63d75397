/**
 * The controller's day: open a reporting cycle, follow who has handed in on a progress board
 * (overdue said in words as well as in red), review, and consolidate the city-wide figures.
 */
import { Hono, type Context } from 'hono';
import { findCycle, listCycles } from '../cycles/cycle.store.ts';
import { CYCLE_KINDS, type CycleKind } from '../cycles/cycle.ts';
import type { AppEnv } from '../http/context.ts';
import { AppError, notFound } from '../http/errors.ts';
import { formatDate, formatNumber, swedishDay } from '../numbers/swedish-format.ts';
import { listOrganisations } from '../organisations/organisation.store.ts';
import { consolidate } from '../reports/consolidation.ts';
import { STATEMENT_COLUMNS } from '../reports/financial-statement.ts';
import { loadReportDocument } from '../reports/report-document.store.ts';
import { listParticipants, listReports } from '../reports/report.store.ts';
import { listTemplates } from '../reports/template.store.ts';
import { DEFAULT_TEMPLATE_KEY } from '../reports/goteborg-interim.template.ts';
import { openReportingCycle } from './cycle-opening.commands.ts';
import { all, answerForm, isUuid, readForm, text, transact, type FormValues } from './form-input.ts';
import { REPORTS, StatusText } from './report-editor.pages.tsx';
import { countByProgress, isOverdue, type ProgressStatus } from './report-progress.ts';
import { staffForm, staffPage, WORKSPACE_BASE } from './staff-routes.ts';
import { workspaceFrame, withNotice } from './workspace-frame.ts';
import { htmlDocument } from '../pages/layout.tsx';
import { ScrollRegion } from '../pages/scroll-region.tsx';
import { CsrfField, ErrorSummary, WorkspaceLayout } from './workspace-layout.tsx';

export const cycleBoardPages = new Hono<AppEnv>();

const CYCLES = `${WORKSPACE_BASE}/uppfoljning`;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

async function renderCycles(c: Context<AppEnv>, errors: string[] = [], values: FormValues = {}, status = 200) {
  const frame = workspaceFrame(c);
  const { t } = frame;
  const { db } = c.get('services');
  const tenantId = c.get('tenant').id;
  const [cycles, organisations, templates, reports] = [await listCycles(db, tenantId), await listOrganisations(db, tenantId), await listTemplates(db, tenantId), await listReports(db, tenantId)];
  const templateKeys = [...new Map(templates.map((tp) => [tp.key, tp.name])).entries()];
  if (!templateKeys.some(([k]) => k === DEFAULT_TEMPLATE_KEY)) templateKeys.unshift([DEFAULT_TEMPLATE_KEY, t('ws.cycles.defaultTemplate')]);
  const chosen = new Set(all(values, 'organisationIds'));
  const reporting = organisations.filter((o) => o.kind !== 'council' && o.kind !== 'administration');
  const v = (name: string, fallback = '') => text(values, name) || fallback;
  return c.html(
    htmlDocument(
      <WorkspaceLayout frame={frame} title={t('ws.cycles.title')}>
        <h1>{t('ws.cycles.title')}</h1>
        <p class="lead">{t('ws.cycles.intro')}</p>
        {cycles.length > 0 ? (
          <ScrollRegion label={t('ws.section.table')}>
            <table>
              <caption class="visually-hidden">{t('ws.cycles.title')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('ws.cycles.col.name')}</th>
                  <th scope="col">{t('ws.cycles.col.period')}</th>
                  <th scope="col">{t('ws.cycles.col.deadline')}</th>
                  <th scope="col">{t('ws.cycles.col.progress')}</th>
                </tr>
              </thead>
              <tbody>
                {cycles.map((cy) => {
                  const own = reports.filter((r) => r.cycleId === cy.id);
                  const done = own.filter((r) => ['submitted', 'accepted', 'adopted'].includes(r.status)).length;
                  return (
                    <tr>
                      <td>
                        <a href={`${CYCLES}/${cy.id}`}>{cy.name}</a>
                      </td>
                      <td>{`${formatDate(cy.periodStart)} – ${formatDate(cy.periodEnd)}`}</td>
                      <td>{cy.committeeDeadline ? formatDate(cy.committeeDeadline) : '–'}</td>
                      <td>{t('ws.cycles.submittedCount', { done, total: own.length })}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </ScrollRegion>
        ) : (
          <p>{t('ws.none')}</p>
        )}
        <h2 id="open-cycle">{t('ws.cycles.open')}</h2>
        <ErrorSummary frame={frame} errors={errors} />
        <form method="post" action={CYCLES} class="stack" aria-labelledby="open-cycle">
          <CsrfField frame={frame} />
          <div class="field narrow">
            <label for="cy-name">{t('ws.cycles.name')}</label>
            <input id="cy-name" name="name" required minlength={3} value={v('name')} />
          </div>
          <div class="field narrow">
            <label for="cy-kind">{t('ws.cycles.kind')}</label>
            <select id="cy-kind" name="kind">
              {CYCLE_KINDS.map((k) => (
                <option value={k} selected={v('kind', 'interim') === k}>
                  {t(`cycleKind.${k}`)}
                </option>
              ))}
            </select>
          </div>
          <div class="field narrow">
            <label for="cy-year">{t('ws.cycles.year')}</label>
            <input id="cy-year" name="year" inputmode="numeric" required value={v('year', String(new Date().getFullYear()))} />
          </div>
          <div class="field narrow">
            <label for="cy-start">{t('ws.cycles.periodStart')}</label>
            <input id="cy-start" name="periodStart" type="date" required value={v('periodStart')} />
          </div>
          <div class="field narrow">
            <label for="cy-end">{t('ws.cycles.periodEnd')}</label>
            <input id="cy-end" name="periodEnd" type="date" required value={v('periodEnd')} />
          </div>
          <div class="field narrow">
            <label for="cy-deadline">{t('ws.cycles.deadline')}</label>
            <input id="cy-deadline" name="committeeDeadline" type="date" value={v('committeeDeadline')} />
          </div>
          <div class="field narrow">
            <label for="cy-template">{t('ws.cycles.template')}</label>
            <select id="cy-template" name="templateKey">
              {templateKeys.map(([key, name]) => (
                <option value={key} selected={v('templateKey', DEFAULT_TEMPLATE_KEY) === key}>
                  {name}
                </option>
              ))}
            </select>
          </div>
          <fieldset>
            <legend>{t('ws.cycles.organisations')}</legend>
            <p class="hint">{t('ws.cycles.organisationsHint')}</p>
            {reporting.map((o) => (
              <div class="choice">
                <input type="checkbox" id={`cy-o-${o.id}`} name="organisationIds" value={o.id} checked={chosen.has(o.id)} />
                <label for={`cy-o-${o.id}`}>{o.name}</label>
              </div>
            ))}
          </fieldset>
          <p>
            <button type="submit">{t('ws.cycles.openSubmit')}</button>
          </p>
        </form>
      </WorkspaceLayout>,
    ),
    status as 200,
  );
}

staffPage(cycleBoardPages, CYCLES, 'cycle.manage', (c) => renderCycles(c));

staffForm(cycleBoardPages, CYCLES, 'cycle.manage', async (c) => {
  const form = await readForm(c);
  return answerForm(
    c,
    async () => {
      const kind = text(form, 'kind');
      const year = Number(text(form, 'year'));
      const dates = ['periodStart', 'periodEnd'].map((n) => text(form, n));
      const deadline = text(form, 'committeeDeadline');
      if (!(CYCLE_KINDS as readonly string[]).includes(kind)) throw new AppError('invalid_input', 'Välj slag av uppföljning.');
      if (text(form, 'name').length < 3) throw new AppError('invalid_input', 'Ge uppföljningen ett namn.');
      if (!Number.isInteger(year) || year < 1900 || year > 2200) throw new AppError('invalid_input', 'Ange året med fyra siffror.');
      if (dates.some((d) => !ISO_DATE.test(d)) || (deadline && !ISO_DATE.test(deadline))) throw new AppError('invalid_input', 'Ange datum som ÅÅÅÅ-MM-DD.');
      const organisationIds = all(form, 'organisationIds').filter(isUuid);
      const { cycle } = await transact(c, (trx) =>
        openReportingCycle(trx, c.get('actor'), c.get('tenant'), {
          kind: kind as CycleKind,
          name: text(form, 'name'),
          year,
          periodStart: dates[0]!,
          periodEnd: dates[1]!,
          committeeDeadline: deadline || null,
          templateKey: text(form, 'templateKey') || undefined,
          organisationIds,
        }),
      );
      return c.redirect(withNotice(`${CYCLES}/${cycle.id}`, 'created'), 303);
    },
    (errors, status) => renderCycles(c, errors, form, status),
  );
});

async function loadCycle(c: Context<AppEnv>) {
  const id = c.req.param('id') ?? '';
  const { db } = c.get('services');
  const tenantId = c.get('tenant').id;
  const cycle = isUuid(id) ? await findCycle(db, tenantId, id) : undefined;
  if (!cycle) throw notFound('Uppföljningen');
  return cycle;
}

staffPage(cycleBoardPages, `${CYCLES}/:id`, 'report.review', async (c) => {
  const cycle = await loadCycle(c);
  const frame = workspaceFrame(c);
  const { t } = frame;
  const { db } = c.get('services');
  const tenantId = c.get('tenant').id;
  const [organisations, participants, reports] = [await listOrganisations(db, tenantId), await listParticipants(db, tenantId, cycle.id), await listReports(db, tenantId, { cycleId: cycle.id })];
  const today = swedishDay();
  const rows = [...new Set([...participants, ...reports.map((r) => r.organisationId)])]
    .map((organisationId) => {
      const organisation = organisations.find((o) => o.id === organisationId);
      const report = reports.find((r) => r.organisationId === organisationId);
      const status: ProgressStatus = report?.status ?? 'not-started';
      return { organisationId, name: organisation?.name ?? organisationId, sort: organisation?.sortOrder ?? 0, report, status, overdue: isOverdue(status, cycle.committeeDeadline, today) };
    })
    .sort((a, b) => a.sort - b.sort || a.name.localeCompare(b.name, 'sv'));
  const title = t('ws.board.title', { cycle: cycle.name });
  return c.html(
    htmlDocument(
      <WorkspaceLayout frame={frame} title={title} breadcrumbs={[{ href: CYCLES, label: t('ws.cycles.title') }]}>
        <h1>{title}</h1>
        <dl class="facts">
          <dt>{t('ws.cycles.col.period')}</dt>
          <dd>{`${formatDate(cycle.periodStart)} – ${formatDate(cycle.periodEnd)}`}</dd>
          <dt>{t('ws.cycles.col.deadline')}</dt>
          <dd>{cycle.committeeDeadline ? formatDate(cycle.committeeDeadline) : '–'}</dd>
        </dl>
        <h2>{t('ws.board.summary')}</h2>
        <ul class="cards progress-cards">
          {countByProgress(rows.map((r) => r.status)).map(({ status, count }) => (
            <li class="card">
              <span class="figure">{count}</span>
              {status === 'not-started' ? t('ws.progress.not-started') : t(`reportStatus.${status}`)}
            </li>
          ))}
        </ul>
        <ScrollRegion label={t('ws.section.table')}>
          <table>
            <caption class="visually-hidden">{title}</caption>
            <thead>
              <tr>
                <th scope="col">{t('ws.board.col.organisation')}</th>
                <th scope="col">{t('ws.board.col.status')}</th>
                <th scope="col">{t('ws.board.col.submitted')}</th>
                <th scope="col">{t('ws.board.col.report')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr class={r.overdue ? 'row-overdue' : undefined}>
                  <th scope="row">{r.name}</th>
                  <td>
                    <StatusText frame={frame} status={r.status} overdue={r.overdue} />
                  </td>
                  <td>{r.report?.submittedAt ? formatDate(r.report.submittedAt) : '–'}</td>
                  <td>
                    {r.report ? (
                      <a href={`${REPORTS}/${r.report.id}`} aria-label={`${r.status === 'submitted' ? t('ws.board.review') : t('ws.board.open')}: ${r.name}`}>
                        {r.status === 'submitted' ? t('ws.board.review') : t('ws.board.open')}
                      </a>
                    ) : (
                      '–'
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
        <p>
          <a class="button" href={`${CYCLES}/${cycle.id}/sammanstallning`}>
            {t('ws.board.consolidate')}
          </a>
        </p>
      </WorkspaceLayout>,
    ),
  );
});

staffPage(cycleBoardPages, `${CYCLES}/:id/sammanstallning`, 'report.review', async (c) => {
  const cycle = await loadCycle(c);
  const frame = workspaceFrame(c);
  const { t } = frame;
  const { db } = c.get('services');
  const tenantId = c.get('tenant').id;
  const organisations = new Map((await listOrganisations(db, tenantId)).map((o) => [o.id, o]));
  const documents = [];
  for (const report of await listReports(db, tenantId, { cycleId: cycle.id })) {
    const document = await loadReportDocument(db, tenantId, report);
    if (document) documents.push(document);
  }
  const expected = (await listParticipants(db, tenantId, cycle.id)).map((id) => ({ id, name: organisations.get(id)?.name ?? id }));
  const result = consolidate({ expected, reports: documents });
  const title = t('ws.consolidation.title', { cycle: cycle.name });
  const figure = (v: number | null, decimals = 1) => (v === null ? '–' : formatNumber(v, { decimals }));
  return c.html(
    htmlDocument(
      <WorkspaceLayout
        frame={frame}
        title={title}
        breadcrumbs={[
          { href: CYCLES, label: t('ws.cycles.title') },
          { href: `${CYCLES}/${cycle.id}`, label: cycle.name },
        ]}
      >
        <h1>{title}</h1>
        <p>{t('ws.consolidation.intro')}</p>
        <ScrollRegion label={t('ws.section.table')}>
          <table>
            <caption>{t('ws.consolidation.statement')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('ws.section.label')}</th>
                {STATEMENT_COLUMNS.map((col) => (
                  <th scope="col" class="num">
                    {t(`ws.statementColumn.${col}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {result.statement.map((row) => (
                <tr class={row.key === 'result' ? 'sum' : undefined}>
                  <th scope="row">{row.label}</th>
                  {STATEMENT_COLUMNS.map((col) => (
                    <td class="num">{figure(row.cells[col])}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
        <h2>{t('ws.consolidation.included', { count: result.included.length })}</h2>
        <ul>
          {result.included.map((i) => (
            <li>
              <a href={`${REPORTS}/${i.reportId}`}>{i.name}</a> ({t(`reportStatus.${i.status}`)})
            </li>
          ))}
        </ul>
        <h2>{t('ws.consolidation.missing', { count: result.missing.length })}</h2>
        <ul>
          {result.missing.map((m) => (
            <li>
              {m.name} – {t(`ws.consolidation.missing.${m.reason}`)}
            </li>
          ))}
        </ul>
        {result.indicators.length > 0 ? (
          <>
            <h2>{t('ws.consolidation.indicators')}</h2>
            <ul>
              {result.indicators.map((i) => (
                <li>
                  {i.name} ({i.unit}):{' '}
                  {i.additive ? Object.entries(i.values).map(([k, v]) => `${k} ${figure(v, i.decimals)}`).join(', ') : t('ws.consolidation.notAdditive')}
                </li>
              ))}
            </ul>
          </>
        ) : (
          ''
        )}
      </WorkspaceLayout>,
    ),
  );
});
