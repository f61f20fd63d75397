/**
 * Placing a survey's table in a report from the workspace, without JavaScript: first the report
 * (a GET form, so its sections can be offered), then where in it, which rows and organisations,
 * and the figures the report prints in the derived rows where they are not the computed ones —
 * what the checker compares with the answers. Saved through the same command as the API.
 */
import { Hono, type Context } from 'hono';
import type { AppEnv } from '../http/context.ts';
import { AppError, notFound } from '../http/errors.ts';
import { htmlDocument } from '../pages/layout.tsx';
import type { Report } from '../reports/report.ts';
import { all, isFixable, isUuid, readForm, text, transact, type FormValues } from '../workspace/form-input.ts';
import { staffForm, staffPage } from '../workspace/staff-routes.ts';
import { workspaceFrame } from '../workspace/workspace-frame.ts';
import { CsrfField, ErrorSummary, WorkspaceLayout } from '../workspace/workspace-layout.tsx';
import type { AggregateTable } from './aggregate.ts';
import { TOTAL_COLUMN } from './survey-placement.ts';
import { placeSurveyTable } from './survey-placement.commands.ts';
import type { PlacementInput } from './survey-placement.store.ts';
import { withSurveyNotice } from './survey-notice.tsx';
import { placeableReports, reportSections, surveyTable, type ReportSectionChoice } from './survey.queries.ts';
import type { Survey } from './survey.ts';
import { ScrollRegion } from '../pages/scroll-region.tsx';
import { SURVEYS_BASE, SurveyStyles } from './survey.view.tsx';

export const surveyPlacementPages = new Hono<AppEnv>();

const placePath = (surveyId: string) => `${SURVEYS_BASE}/${surveyId}/placera`;

/** Rows a table can have, in the survey's order: its questions, then its derived rows. */
function rowChoices(survey: Survey) {
  return [
    ...survey.questions.map((q) => ({ key: q.key, label: q.text, derived: false, text: q.kind === 'text' })),
    ...survey.derivedRows.map((d) => ({ key: d.key, label: d.label, derived: true, text: false })),
  ];
}

/** The form as first shown: every figure row and every organisation, nothing typed over the computed figures. */
function defaults(survey: Survey, table: AggregateTable): FormValues {
  const rows = rowChoices(survey);
  return {
    title: survey.periodLabel ? `${survey.title} (${survey.periodLabel})` : survey.title,
    rows: rows.filter((r) => !r.text).map((r) => r.key),
    organisations: table.columns.map((c) => c.organisationId),
    ...Object.fromEntries(rows.map((r, i) => [`order.${r.key}`, String(i + 1)])),
  };
}

/** The posted form as the command's input; what a person must fix is named as the form names it. */
function placementInputOf(form: FormValues, survey: Survey, table: AggregateTable): PlacementInput {
  const problems: string[] = [];
  const reportId = text(form, 'reportId');
  if (!isUuid(reportId)) problems.push('Välj rapporten som tabellen ska stå i.');
  const section = text(form, 'section') || null;
  const attachment = text(form, 'attachment');
  const part = /^[1-9]\d?$/.test(attachment) ? `attachment-${attachment}` : null;
  if (attachment && !part) problems.push('Bilagans nummer ska vara ett heltal från 1 till 99, till exempel 2.');
  if (section && attachment) problems.push('Välj antingen ett avsnitt i rapporten eller en bilaga, inte båda.');
  if (!section && !attachment) problems.push('Välj avsnittet i rapporten eller ange bilagans nummer.');
  const title = text(form, 'title');
  if (title.length < 3 || title.length > 500) problems.push('Tabellen behöver en rubrik på 3–500 tecken.');

  const choices = rowChoices(survey);
  const chosen = new Set(all(form, 'rows'));
  const order = (key: string, natural: number) => {
    const typed = Number(text(form, `order.${key}`));
    return Number.isFinite(typed) && text(form, `order.${key}`) !== '' ? typed : natural + 1;
  };
  const rows = choices
    .map((r, i) => ({ ...r, at: order(r.key, i), natural: i }))
    .filter((r) => chosen.has(r.key))
    .sort((a, b) => a.at - b.at || a.natural - b.natural);
  if (rows.length === 0) problems.push('Välj minst en rad till tabellen.');
  const picked = new Set(all(form, 'organisations'));
  const organisationIds = table.columns.map((c) => c.organisationId).filter((id) => picked.has(id));
  if (organisationIds.length === 0) problems.push('Välj minst en organisation som kolumn.');
  const showTotals = text(form, 'totals') === '1';

  const printed: Record<string, Record<string, string>> = {};
  for (const row of rows.filter((r) => r.derived)) {
    for (const column of [...organisationIds, ...(showTotals ? [TOTAL_COLUMN] : [])]) {
      const figure = text(form, `printed.${row.key}.${column}`);
      if (!figure) continue;
      if (figure.length > 200) problems.push(`${row.label}: en tryckt siffra får vara högst 200 tecken.`);
      (printed[row.key] ??= {})[column] = figure;
    }
  }
  if (problems.length > 0) throw new AppError('invalid_input', problems.join(' '), { problems });
  return { reportId, section: part ? null : section, part, title, rowKeys: rows.map((r) => r.key), organisationIds, columnLabels: {}, rowLabels: {}, printed, showTotals };
}

interface PlacementPage {
  survey: Survey;
  table: AggregateTable;
  reports: { report: Report; cycleName: string }[];
  /** The report chosen in the first step, with its sections. */
  chosen: { report: Report; sections: ReportSectionChoice[] } | null;
}

async function loadPage(c: Context<AppEnv>, reportId: string | null | undefined): Promise<PlacementPage> {
  const id = c.req.param('id') ?? '';
  if (!isUuid(id)) throw notFound('Enkäten');
  const { db } = c.get('services');
  const { survey, table } = await surveyTable(db, c.get('actor'), c.get('tenant'), id);
  const reports = await placeableReports(db, c.get('actor'), c.get('tenant').id);
  const report = reports.find((r) => r.report.id === reportId)?.report;
  return { survey, table, reports, chosen: report ? { report, sections: await reportSections(db, c.get('tenant').id, report) } : null };
}

function renderPage(c: Context<AppEnv>, page: PlacementPage, values: FormValues, errors: string[] = [], status = 200) {
  const frame = workspaceFrame(c);
  const { t } = frame;
  const { survey, table, reports, chosen } = page;
  const path = placePath(survey.id);
  const rows = rowChoices(survey);
  const checked = (name: string, value: string) => all(values, name).includes(value);
  const cycles = [...new Set(reports.map((r) => r.cycleName))];
  const derived = rows.filter((r) => r.derived);
  const columns = [...table.columns.map((col) => ({ id: col.organisationId, label: col.label })), { id: TOTAL_COLUMN, label: t('survey.col.total') }];
  const computed = (key: string, column: string) => {
    const row = table.rows.find((r) => r.key === key);
    const at = table.columns.findIndex((col) => col.organisationId === column);
    return (column === TOTAL_COLUMN ? row?.total : row?.cells[at])?.text ?? '';
  };
  return c.html(
    htmlDocument(
      <WorkspaceLayout
        frame={frame}
        title={t('survey.place.title')}
        breadcrumbs={[
          { href: SURVEYS_BASE, label: t('survey.list.title') },
          { href: `${SURVEYS_BASE}/${survey.id}`, label: survey.title },
        ]}
      >
        <SurveyStyles />
        <h1>{t('survey.place.title')}</h1>
        <p class="lead">{t('survey.place.lead', { title: survey.title })}</p>
        <ErrorSummary frame={frame} errors={errors} />
        <section aria-labelledby="place-report">
          <h2 id="place-report">{t('survey.place.report')}</h2>
          {reports.length === 0 ? (
            <p>{t('survey.place.noReports')}</p>
          ) : (
            <form method="get" action={path} class="stack narrow">
              <div class="field">
                <label for="p-report">{t('survey.place.reportField')}</label>
                <select id="p-report" name="rapport">
                  {cycles.map((cycle) => (
                    <optgroup label={cycle}>
                      {reports
                        .filter((r) => r.cycleName === cycle)
                        .map(({ report }) => (
                          <option value={report.id} selected={chosen?.report.id === report.id}>
                            {report.title}
                          </option>
                        ))}
                    </optgroup>
                  ))}
                </select>
              </div>
              <p>
                <button type="submit" class="button-secondary">
                  {t('survey.place.chooseReport')}
                </button>
              </p>
            </form>
          )}
        </section>
        {chosen ? (
          <form method="post" action={path} class="stack survey-form">
            <CsrfField frame={frame} />
            <input type="hidden" name="reportId" value={chosen.report.id} />
            <section class="editor-section" aria-labelledby="place-where">
              <h2 id="place-where">{t('survey.place.where', { report: chosen.report.title })}</h2>
              <div class="field">
                <label for="p-section">{t('survey.place.section')}</label>
                <select id="p-section" name="section">
                  <option value="">{t('survey.place.noSection')}</option>
                  {chosen.sections.map((s) => (
                    <option value={s.number} selected={text(values, 'section') === s.number}>
                      {s.number} {s.title}
                    </option>
                  ))}
                </select>
              </div>
              <div class="field">
                <label for="p-attachment">{t('survey.place.attachment')}</label>
                <input id="p-attachment" name="attachment" value={text(values, 'attachment')} size={3} inputmode="numeric" aria-describedby="p-attachment-hint" />
                <p class="hint" id="p-attachment-hint">
                  {t('survey.place.attachmentHint')}
                </p>
              </div>
              <div class="field">
                <label for="p-title">{t('survey.place.tableTitle')}</label>
                <input id="p-title" name="title" value={text(values, 'title')} required minlength={3} maxlength={500} />
              </div>
            </section>
            <section class="editor-section" aria-labelledby="place-rows">
              <h2 id="place-rows">{t('survey.place.rows')}</h2>
              <ScrollRegion label={t('survey.place.rows')}>
                <table>
                  <caption class="visually-hidden">{t('survey.place.rows')}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('survey.place.rowIncluded')}</th>
                      <th scope="col">{t('survey.place.rowOrder')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {rows.map((r) => (
                      <tr>
                        <td>
                          <label class="checkbox">
                            <input type="checkbox" name="rows" value={r.key} checked={checked('rows', r.key)} /> {r.label}
                            {r.derived ? <span class="muted"> ({t('survey.table.derived')})</span> : ''}
                          </label>
                        </td>
                        <td>
                          <label class="visually-hidden" for={`p-order-${r.key}`}>
                            {t('survey.place.orderOf', { row: r.label })}
                          </label>
                          <input id={`p-order-${r.key}`} name={`order.${r.key}`} value={text(values, `order.${r.key}`)} size={3} inputmode="numeric" />
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </ScrollRegion>
              <fieldset>
                <legend>{t('survey.place.columns')}</legend>
                {table.columns.map((col) => (
                  <label class="checkbox">
                    <input type="checkbox" name="organisations" value={col.organisationId} checked={checked('organisations', col.organisationId)} /> {col.label}
                  </label>
                ))}
                <label class="checkbox">
                  <input type="checkbox" name="totals" value="1" checked={text(values, 'totals') === '1'} /> {t('survey.place.totals')}
                </label>
              </fieldset>
            </section>
            {derived.length > 0 ? (
              <section class="editor-section" aria-labelledby="place-printed">
                <h2 id="place-printed">{t('survey.place.printed')}</h2>
                <p class="hint">{t('survey.place.printedHint')}</p>
                <ScrollRegion label={t('survey.place.printed')}>
                  <table class="survey-table">
                    <caption class="visually-hidden">{t('survey.place.printed')}</caption>
                    <thead>
                      <tr>
                        <th scope="col">{t('survey.col.row')}</th>
                        {columns.map((col) => (
                          <th scope="col" class="num">
                            {col.label}
                          </th>
                        ))}
                      </tr>
                    </thead>
                    <tbody>
                      {derived.map((r) => (
                        <tr class="derived">
                          <th scope="row">{r.label}</th>
                          {columns.map((col, i) => (
                            <td class="num">
                              <label class="visually-hidden" for={`p-printed-${r.key}-${i}`}>
                                {t('survey.place.printedOf', { row: r.label, column: col.label })}
                              </label>
                              <input id={`p-printed-${r.key}-${i}`} name={`printed.${r.key}.${col.id}`} value={text(values, `printed.${r.key}.${col.id}`)} size={8} aria-describedby={`p-computed-${r.key}-${i}`} />
                              <br />
                              <span class="muted" id={`p-computed-${r.key}-${i}`}>
                                {t('survey.place.computed', { value: computed(r.key, col.id) || '–' })}
                              </span>
                            </td>
                          ))}
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </ScrollRegion>
              </section>
            ) : (
              ''
            )}
            <p>
              <button type="submit">{t('survey.place.save')}</button>
            </p>
          </form>
        ) : (
          ''
        )}
      </WorkspaceLayout>,
    ),
    status as 200,
  );
}

staffPage(surveyPlacementPages, `${SURVEYS_BASE}/:id/placera`, 'survey.manage', async (c) => {
  const asked = c.req.query('rapport');
  const page = await loadPage(c, asked);
  const errors = asked && !page.chosen ? [workspaceFrame(c).t('survey.place.notPlaceable')] : [];
  return renderPage(c, page, defaults(page.survey, page.table), errors);
});

staffForm(surveyPlacementPages, `${SURVEYS_BASE}/:id/placera`, 'survey.manage', async (c) => {
  const form = await readForm(c);
  const page = await loadPage(c, text(form, 'reportId'));
  try {
    const input = placementInputOf(form, page.survey, page.table);
    await transact(c, (trx) => placeSurveyTable(trx, c.get('actor'), c.get('tenant'), page.survey.id, input));
    return c.redirect(withSurveyNotice(`${SURVEYS_BASE}/${page.survey.id}`, 'placed'), 303);
  } catch (error) {
    if (!isFixable(error)) throw error;
    const fields = (error.details?.fields as { message: string }[] | undefined) ?? [];
    const problems = (error.details?.problems as string[] | undefined) ?? (fields.length > 1 ? fields.map((f) => f.message) : [error.message]);
    return renderPage(c, page, form, problems, error.status);
  }
});
