/**
 * Survey pages in the staff workspace: the list (controllers see every survey, reporters those
 * their organisation must answer), and the controller's page for one survey — who has answered,
 * chasing, the aggregated table, exports, the report tables with the checker's findings.
 * Forms work without JavaScript.
 */
import { Hono, type Context } from 'hono';
import { can } from '../auth/permissions.ts';
import type { AppEnv } from '../http/context.ts';
import { AppError, notFound } from '../http/errors.ts';
import { formatDate, formatDateTime, swedishDay } from '../numbers/swedish-format.ts';
import { listOrganisations } from '../organisations/organisation.store.ts';
import { answerForm, isUuid, optional, readForm, text, transact } from '../workspace/form-input.ts';
import { staffForm, staffPage } from '../workspace/staff-routes.ts';
import { workspaceFrame, type WorkspaceFrame } from '../workspace/workspace-frame.ts';
import { htmlDocument } from '../pages/layout.tsx';
import { CsrfField, ErrorSummary, WorkspaceLayout } from '../workspace/workspace-layout.tsx';
import { reopenResponse } from './response.commands.ts';
import { listResponses, listResponsesOf } from './response.store.ts';
import { audienceOrganisations, chaseUnanswered, closeSurvey, createNextRound, openSurvey } from './survey.commands.ts';
import { SurveyNoticeView, withSurveyNotice } from './survey-notice.tsx';
import { findReport } from '../reports/report.store.ts';
import { removePlacement } from './survey-placement.commands.ts';
import { listPlacements } from './survey-placement.store.ts';
import { answeringFor, placementView, reportTakesChanges, requireSurvey, surveyProgress, surveyTable, visibleSurveys } from './survey.queries.ts';
import { findNextRoundId } from './survey.store.ts';
import { ScrollRegion } from '../pages/scroll-region.tsx';
import { AggregateTableView, ComparisonView, FindingsList, PlacedTableView, placeLabel, ResponseBadge, surveyStatusLabel, SURVEYS_BASE, SurveyStyles } from './survey.view.tsx';

export const surveyPages = new Hono<AppEnv>();


const canManage = (frame: WorkspaceFrame) => frame.actor.kind === 'user' && can(frame.actor, 'survey.manage');
const canReadAll = (frame: WorkspaceFrame) => frame.actor.kind === 'user' && can(frame.actor, 'survey.read', { organisationIds: [] });

staffPage(surveyPages, SURVEYS_BASE, 'survey.read', async (c) => {
  const frame = workspaceFrame(c);
  const { t } = frame;
  const { db } = c.get('services');
  const surveys = await visibleSurveys(db, c.get('actor'), c.get('tenant'));
  const own = canReadAll(frame) ? [] : await answeringFor(db, c.get('actor'), c.get('tenant').id);
  // A reporter's own response in each survey, to link straight to the form.
  const ownResponses = new Map<string, { organisationId: string; organisationName: string; status: 'not-started' | 'draft' | 'submitted' }[]>();
  for (const r of await listResponsesOf(db, c.get('tenant').id, own)) ownResponses.set(r.surveyId, [...(ownResponses.get(r.surveyId) ?? []), r]);
  return c.html(
    htmlDocument(
      <WorkspaceLayout frame={frame} title={t('survey.list.title')}>
        <SurveyStyles />
        <h1>{t('survey.list.title')}</h1>
        <p class="lead">{t('survey.list.lead')}</p>
        <SurveyNoticeView c={c} t={t} />
        {canManage(frame) ? (
          <p>
            <a class="button" href={`${SURVEYS_BASE}/ny`}>
              {t('survey.list.new')}
            </a>
          </p>
        ) : (
          ''
        )}
        {surveys.length === 0 ? (
          <p>{t('survey.list.none')}</p>
        ) : (
          <ScrollRegion label={t('survey.list.title')}>
            <table>
              <caption class="visually-hidden">{t('survey.list.title')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('survey.col.title')}</th>
                  <th scope="col">{t('survey.col.status')}</th>
                  <th scope="col">{t('survey.col.deadline')}</th>
                  <th scope="col">{canReadAll(frame) ? t('survey.col.progress') : t('survey.col.response')}</th>
                </tr>
              </thead>
              <tbody>
                {surveys.map((s) => (
                  <tr>
                    <th scope="row">
                      {canReadAll(frame) ? <a href={`${SURVEYS_BASE}/${s.id}`}>{s.title}</a> : s.title}
                      {s.periodLabel ? <span class="muted"> ({s.periodLabel})</span> : ''}
                    </th>
                    <td>{surveyStatusLabel(t, s.status)}</td>
                    <td>
                      {formatDate(s.deadline)}
                      {s.status === 'open' && s.deadline && s.deadline < swedishDay() && s.submitted < s.expected ? <span class="overdue"> {t('survey.overdue')}</span> : ''}
                    </td>
                    <td>
                      {canReadAll(frame) ? (
                        t('survey.progress.summary', { submitted: s.submitted, expected: s.expected })
                      ) : (
                        <ul class="plain">
                          {(ownResponses.get(s.id) ?? []).map((r) => (
                            <li>
                              <a href={`${SURVEYS_BASE}/${s.id}/svar/${r.organisationId}`}>{r.organisationName}</a> <ResponseBadge t={t} status={r.status} />
                            </li>
                          ))}
                        </ul>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
        )}
      </WorkspaceLayout>,
    ),
  );
});

async function renderSurvey(c: Context<AppEnv>, errors: string[] = [], status = 200) {
  const id = c.req.param('id') ?? '';
  if (!isUuid(id)) throw notFound('Enkäten');
  const frame = workspaceFrame(c);
  const { t } = frame;
  const { db } = c.get('services');
  const tenant = c.get('tenant');
  const survey = await requireSurvey(db, tenant.id, id);
  if (!canReadAll(frame)) {
    // A reporter has no overview of others' answers: straight to their own response.
    const own = await answeringFor(db, c.get('actor'), tenant.id);
    const responses = (await listResponses(db, tenant.id, id)).filter((r) => own.includes(r.organisationId));
    if (responses.length === 0) throw new AppError('forbidden', 'Du har inte behörighet att göra detta.');
    return c.redirect(`${SURVEYS_BASE}/${id}/svar/${responses[0]!.organisationId}`, 303);
  }
  const includeDrafts = c.req.query('utkast') === '1';
  const compare = c.req.query('jamfor') === '1';
  const [progress, view, placements, nextRoundId, organisations] = [
    await surveyProgress(db, c.get('actor'), tenant, id, frame.locale),
    await surveyTable(db, c.get('actor'), tenant, id, { includeDrafts, compare }),
    await listPlacements(db, tenant.id, { surveyId: id }),
    await findNextRoundId(db, tenant.id, id),
    await listOrganisations(db, tenant.id),
  ];
  const placed = [];
  for (const p of placements) {
    const report = p.reportId ? await findReport(db, tenant.id, p.reportId) : undefined;
    placed.push({ ...(await placementView(db, tenant.id, p.id)), report });
  }
  const base = `${SURVEYS_BASE}/${id}`;
  const manage = canManage(frame);
  const audience = survey.status === 'draft' ? audienceOrganisations(survey.audience, organisations) : [];
  return c.html(
    htmlDocument(
      <WorkspaceLayout frame={frame} title={survey.title} breadcrumbs={[{ href: SURVEYS_BASE, label: t('survey.list.title') }]}>
        <SurveyStyles />
        <h1>{survey.title}</h1>
        <SurveyNoticeView c={c} t={t} />
        <ErrorSummary frame={frame} errors={errors} />
        {survey.description ? <p class="lead">{survey.description}</p> : ''}
        <dl class="facts">
          <dt>{t('survey.col.status')}</dt>
          <dd>{surveyStatusLabel(t, survey.status)}</dd>
          {survey.periodLabel ? (
            <>
              <dt>{t('survey.facts.period')}</dt>
              <dd>{survey.periodLabel}</dd>
            </>
          ) : (
            ''
          )}
          <dt>{t('survey.facts.deadline')}</dt>
          <dd>{formatDate(survey.deadline)}</dd>
          <dt>{t('survey.facts.repeats')}</dt>
          <dd>{survey.repeats ? t('survey.facts.repeatsYes') : t('survey.facts.repeatsNo')}</dd>
          {survey.previousRoundId ? (
            <>
              <dt>{t('survey.facts.previous')}</dt>
              <dd>
                <a href={`${SURVEYS_BASE}/${survey.previousRoundId}`}>{t('survey.facts.previous')}</a>
              </dd>
            </>
          ) : (
            ''
          )}
          {nextRoundId ? (
            <>
              <dt>{t('survey.facts.next')}</dt>
              <dd>
                <a href={`${SURVEYS_BASE}/${nextRoundId}`}>{t('survey.facts.next')}</a>
              </dd>
            </>
          ) : (
            ''
          )}
          {audience.length > 0 ? (
            <>
              <dt>{t('survey.facts.audience')}</dt>
              <dd>{audience.map((o) => o.name).join(', ')}</dd>
            </>
          ) : (
            ''
          )}
        </dl>

        {manage ? (
          <section aria-labelledby="actions">
            <h2 id="actions">{t('survey.actions')}</h2>
            <div class="actions">
              {survey.status === 'draft' ? (
                <a class="button button-secondary" href={`${base}/andra`}>
                  {t('survey.action.edit')}
                </a>
              ) : (
                ''
              )}
              {survey.status !== 'open' ? (
                <form method="post" action={`${base}/oppna`} class="inline-form">
                  <CsrfField frame={frame} />
                  <button type="submit">{t('survey.action.open')}</button>
                </form>
              ) : (
                <>
                  <form method="post" action={`${base}/paminn`} class="inline-form">
                    <CsrfField frame={frame} />
                    <button type="submit">{t('survey.action.remind')}</button>
                  </form>
                  <form method="post" action={`${base}/stang`} class="inline-form">
                    <CsrfField frame={frame} />
                    <button type="submit" class="button-secondary">
                      {t('survey.action.close')}
                    </button>
                  </form>
                </>
              )}
            </div>
            {survey.repeats && !nextRoundId ? (
              <form method="post" action={`${base}/ny-omgang`} class="stack narrow">
                <CsrfField frame={frame} />
                <div class="field">
                  <label for="r-title">{t('survey.action.nextRoundTitle')}</label>
                  <input id="r-title" name="title" value={survey.title} required minlength={3} />
                </div>
                <div class="field">
                  <label for="r-period">{t('survey.action.nextRoundPeriod')}</label>
                  <input id="r-period" name="periodLabel" />
                </div>
                <div class="field">
                  <label for="r-deadline">{t('survey.action.nextRoundDeadline')}</label>
                  <input id="r-deadline" name="deadline" type="date" />
                </div>
                <p>
                  <button type="submit">{t('survey.action.nextRound')}</button>
                </p>
              </form>
            ) : (
              ''
            )}
          </section>
        ) : (
          ''
        )}

        {progress.expected > 0 ? (
          <section aria-labelledby="progress">
            <h2 id="progress">{t('survey.progress.title')}</h2>
            <p>
              <progress class="progress" max={progress.expected} value={progress.submitted} aria-labelledby="progress-summary"></progress>{' '}
              <strong id="progress-summary">{progress.summary}</strong>
            </p>
            <ScrollRegion label={t('survey.progress.title')}>
              <table>
                <caption class="visually-hidden">{t('survey.progress.title')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('survey.col.organisation')}</th>
                    <th scope="col">{t('survey.col.status')}</th>
                    <th scope="col">{t('survey.col.submittedAt')}</th>
                    <th scope="col">{t('survey.col.reminded')}</th>
                  </tr>
                </thead>
                <tbody>
                  {progress.organisations.map((o) => (
                    <tr>
                      <th scope="row">
                        <a href={`${base}/svar/${o.organisationId}`}>{o.organisationName}</a>
                      </th>
                      <td>
                        <ResponseBadge t={t} status={o.status} />
                        {survey.status === 'open' && o.status !== 'submitted' && survey.deadline && survey.deadline < swedishDay() ? <span class="overdue"> {t('survey.overdue')}</span> : ''}
                        {o.reopenRequestedAt ? (
                          <p class="warning">
                            {t('survey.progress.reopenRequested', { reason: o.reopenReason ?? '' })}
                          </p>
                        ) : (
                          ''
                        )}
                        {manage && o.status === 'submitted' && survey.status === 'open' ? (
                          <form method="post" action={`${base}/svar/${o.organisationId}/oppna`} class="inline-form">
                            <CsrfField frame={frame} />
                            <button type="submit" class="button-secondary">
                              {t('survey.action.reopen')}
                              <span class="visually-hidden"> – {o.organisationName}</span>
                            </button>
                          </form>
                        ) : (
                          ''
                        )}
                      </td>
                      <td>{o.submittedAt ? formatDateTime(o.submittedAt) : ''}</td>
                      <td>
                        {o.lastRemindedAt ? t('survey.progress.remindedRound', { date: formatDateTime(o.lastRemindedAt), round: o.reminderRound ?? 0 }) : ''}
                        {manage && survey.status === 'open' && o.status !== 'submitted' ? (
                          <form method="post" action={`${base}/paminn`} class="inline-form">
                            <CsrfField frame={frame} />
                            <input type="hidden" name="organisationId" value={o.organisationId} />
                            <button type="submit" class="button-secondary">
                              {t('survey.action.remindOne')}
                              <span class="visually-hidden"> – {o.organisationName}</span>
                            </button>
                          </form>
                        ) : (
                          ''
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollRegion>
          </section>
        ) : (
          ''
        )}

        <section aria-labelledby="table">
          <h2 id="table">{t('survey.table.title')}</h2>
          <form method="get" action={base} class="filters">
            <div class="field">
              <label>
                <input type="checkbox" name="utkast" value="1" checked={includeDrafts} /> {t('survey.table.includeDrafts')}
              </label>
            </div>
            {survey.previousRoundId ? (
              <div class="field">
                <label>
                  <input type="checkbox" name="jamfor" value="1" checked={compare} /> {t('survey.table.compare')}
                </label>
              </div>
            ) : (
              ''
            )}
            <button type="submit">{t('survey.table.show')}</button>
          </form>
          <AggregateTableView t={t} table={view.table} caption={survey.periodLabel ? t('survey.table.caption', { title: survey.title, period: survey.periodLabel }) : survey.title} />
          <p class="hint">{t('survey.table.legend')}</p>
          {view.comparison ? <ComparisonView t={t} table={view.table} comparison={view.comparison} /> : ''}
          <h3>{t('survey.export.title')}</h3>
          <ul>
            <li>
              <a href={`/api/v1/surveys/${id}/export/sammanstallning.csv`} type="text/csv">
                {t('survey.export.aggregateCsv')}
              </a>
            </li>
            <li>
              <a href={`/api/v1/surveys/${id}/export/svar.csv`} type="text/csv">
                {t('survey.export.answersCsv')}
              </a>
            </li>
            <li>
              <a href={`/api/v1/surveys/${id}/export/enkat.xlsx`}>{t('survey.export.xlsx')}</a>
            </li>
          </ul>
        </section>

        <section aria-labelledby="placements">
          <h2 id="placements">{t('survey.placements.title')}</h2>
          {placed.length === 0 ? <p>{t('survey.placements.none')}</p> : ''}
          {manage ? (
            <p>
              <a class="button" href={`${base}/placera`}>
                {t('survey.placements.place')}
              </a>
            </p>
          ) : (
            ''
          )}
          {placed.map((p) => (
            <article class="editor-section">
              <h3>{p.placed.title}</h3>
              <dl class="facts">
                <dt>{t('survey.placements.report')}</dt>
                <dd>{p.report ? <a href={`/arbete/rapporter/${p.report.id}`}>{p.report.title}</a> : t('survey.placements.noReport')}</dd>
                <dt>{t('survey.placements.where')}</dt>
                <dd>{placeLabel(p.placement, t) || '–'}</dd>
              </dl>
              {manage && (!p.report || reportTakesChanges(p.report)) ? (
                <form method="post" action={`${base}/placeringar/${p.placement.id}/ta-bort`} class="inline-form">
                  <CsrfField frame={frame} />
                  <button type="submit" class="button-secondary">
                    {t('survey.placements.remove')}
                    <span class="visually-hidden"> – {p.placed.title}</span>
                  </button>
                </form>
              ) : manage ? (
                <p class="hint">{t('survey.placements.fixed')}</p>
              ) : (
                ''
              )}
              <PlacedTableView t={t} placed={p.placed} />
              <h4>{t('survey.findings.title')}</h4>
              <FindingsList t={t} findings={p.findings} />
            </article>
          ))}
        </section>
      </WorkspaceLayout>,
    ),
    status as 200,
  );
}

staffPage(surveyPages, `${SURVEYS_BASE}/:id`, 'survey.read', (c) => renderSurvey(c));

/** A controller's form on the survey page: run it, then back to the page with a confirmation. */
function surveyAction(path: string, work: (c: Context<AppEnv>, id: string) => Promise<string>) {
  staffForm(surveyPages, `${SURVEYS_BASE}/:id/${path}`, 'survey.manage', async (c) => {
    const id = c.req.param('id') ?? '';
    if (!isUuid(id)) throw notFound('Enkäten');
    return answerForm(
      c,
      async () => c.redirect(await work(c, id), 303),
      (errors, status) => renderSurvey(c, errors, status),
    );
  });
}

surveyAction('oppna', async (c, id) => {
  await transact(c, (trx) => openSurvey(trx, c.get('actor'), c.get('tenant'), id));
  return withSurveyNotice(`${SURVEYS_BASE}/${id}`, 'opened');
});

surveyAction('stang', async (c, id) => {
  await transact(c, (trx) => closeSurvey(trx, c.get('actor'), c.get('tenant'), id));
  return withSurveyNotice(`${SURVEYS_BASE}/${id}`, 'closed');
});

surveyAction('paminn', async (c, id) => {
  const form = await readForm(c);
  const one = optional(form, 'organisationId');
  if (one && !isUuid(one)) throw new AppError('invalid_input', 'Ogiltigt val av organisation.');
  const result = await transact(c, (trx) => chaseUnanswered(trx, c.get('actor'), c.get('tenant'), id, one ? [one] : undefined));
  return withSurveyNotice(`${SURVEYS_BASE}/${id}`, 'reminded', { antal: result.organisationIds.length, omgang: result.round });
});

surveyAction('ny-omgang', async (c, id) => {
  const form = await readForm(c);
  const deadline = optional(form, 'deadline');
  if (deadline && !/^\d{4}-\d{2}-\d{2}$/.test(deadline)) throw new AppError('invalid_input', 'Sista svarsdag ska skrivas som 2024-08-23.');
  const created = await transact(c, (trx) =>
    createNextRound(trx, c.get('actor'), c.get('tenant'), id, { title: text(form, 'title') || undefined, deadline, periodLabel: optional(form, 'periodLabel') }),
  );
  return withSurveyNotice(`${SURVEYS_BASE}/${created.id}`, 'created');
});

surveyAction('placeringar/:placementId/ta-bort', async (c, id) => {
  const placementId = c.req.param('placementId') ?? '';
  if (!isUuid(placementId)) throw notFound('Tabellplaceringen');
  await transact(c, (trx) => removePlacement(trx, c.get('actor'), c.get('tenant'), id, placementId));
  return withSurveyNotice(`${SURVEYS_BASE}/${id}`, 'unplaced');
});

staffForm(surveyPages, `${SURVEYS_BASE}/:id/svar/:organisationId/oppna`, 'survey.manage', async (c) => {
  const id = c.req.param('id') ?? '';
  const organisationId = c.req.param('organisationId') ?? '';
  if (!isUuid(id) || !isUuid(organisationId)) throw notFound('Svaret');
  return answerForm(
    c,
    async () => {
      await transact(c, (trx) => reopenResponse(trx, c.get('actor'), c.get('tenant'), { surveyId: id, organisationId }, null));
      return c.redirect(withSurveyNotice(`${SURVEYS_BASE}/${id}`, 'reopened'), 303);
    },
    (errors, status) => renderSurvey(c, errors, status),
  );
});
