import { Hono } from 'hono';
import { statusLabel } from '../assignments/assignment.labels.ts';
import { ASSIGNMENT_STATUSES } from '../assignments/assignment-status.ts';
import { listAuditReports } from '../audit-reports/audit-report.store.ts';
import { listGoals } from '../goals/goal.store.ts';
import type { AppEnv } from '../http/context.ts';
import { notFound } from '../http/errors.ts';
import { formatNumber } from '../numbers/swedish-format.ts';
import { ORGANISATION_KINDS } from '../organisations/organisation.ts';
import { listOrganisations } from '../organisations/organisation.store.ts';
import { htmlDocument, Layout } from '../pages/layout.tsx';
import { frameOf } from '../pages/page-context.ts';
import { countByStatus } from '../assignments/assignment.store.ts';
import { findAssignmentPage } from './assignment-list.store.ts';
import { Downloads, StatusBadge } from './components.tsx';
import { roleLine } from './goal.pages.tsx';
import { listPublicDecisions } from './public-registry.store.ts';
import { listPublicReports } from './public-report.store.ts';

export const organisationPages = new Hono<AppEnv>();

organisationPages.get('/organisationer', async (c) => {
  const frame = frameOf(c);
  const { t } = frame;
  const organisations = await listOrganisations(c.get('services').db, c.get('tenant').id);
  const byId = new Map(organisations.map((o) => [o.id, o]));
  const title = t('nav.organisations');
  return c.html(
    htmlDocument(
      <Layout frame={frame} title={title}>
        <h1>{title}</h1>
        <p class="lead">{t('organisations.intro')}</p>
        {ORGANISATION_KINDS.filter((k) => organisations.some((o) => o.kind === k)).map((kind) => (
          <section aria-labelledby={`kind-${kind}`}>
            <h2 id={`kind-${kind}`}>{t(`organisationKinds.${kind}`)}</h2>
            <ul class="columns">
              {organisations
                .filter((o) => o.kind === kind)
                .map((o) => (
                  <li>
                    <a href={`/organisationer/${o.id}`}>{o.name}</a>
                    {o.servesId && byId.get(o.servesId) ? <span class="muted"> ({t('organisation.serves', { org: byId.get(o.servesId)!.name })})</span> : ''}
                  </li>
                ))}
            </ul>
          </section>
        ))}
        <Downloads t={t} csv="/data/organisationer.csv" json="/data/organisationer.json" />
      </Layout>,
    ),
  );
});

const SHOWN_ASSIGNMENTS = 50;

organisationPages.get('/organisationer/:id{[0-9a-f-]{36}}', async (c) => {
  const frame = frameOf(c);
  const { t } = frame;
  const { db } = c.get('services');
  const tenantId = c.get('tenant').id;
  const organisations = await listOrganisations(db, tenantId);
  const organisation = organisations.find((o) => o.id === c.req.param('id'));
  if (!organisation) throw notFound('Organisationen');
  const filter = { organisationId: organisation.id };
  const [goals, assignments, counts, audits, reports, decisions] = await Promise.all([
    listGoals(db, tenantId, { organisationId: organisation.id }),
    findAssignmentPage(db, tenantId, filter, { limit: SHOWN_ASSIGNMENTS, offset: 0 }),
    countByStatus(db, tenantId, filter),
    listAuditReports(db, tenantId, { organisationId: organisation.id }),
    listPublicReports(db, tenantId, { organisationId: organisation.id }),
    listPublicDecisions(db, tenantId, { organisationId: organisation.id, limit: 10 }),
  ]);
  const parent = organisations.find((o) => o.id === organisation.parentId);
  const serves = organisations.find((o) => o.id === organisation.servesId);
  const children = organisations.filter((o) => o.parentId === organisation.id);
  const feed = `/flode/organisationer/${organisation.id}`;
  return c.html(
    htmlDocument(
      <Layout
        frame={frame}
        title={organisation.name}
        feeds={[{ href: feed, title: t('feed.organisation', { org: organisation.name }) }]}
        breadcrumbs={[{ href: '/organisationer', label: t('nav.organisations') }]}
      >
        <p class="kicker">{t(`organisationKind.${organisation.kind}`)}</p>
        <h1>{organisation.name}</h1>
        <dl class="facts">
          {parent ? (
            <>
              <dt>{t('organisation.parent')}</dt>
              <dd>
                <a href={`/organisationer/${parent.id}`}>{parent.name}</a>
              </dd>
            </>
          ) : (
            ''
          )}
          {serves ? (
            <>
              <dt>{t('organisation.servesLabel')}</dt>
              <dd>
                <a href={`/organisationer/${serves.id}`}>{serves.name}</a>
              </dd>
            </>
          ) : (
            ''
          )}
          {children.length > 0 ? (
            <>
              <dt>{t('organisation.children')}</dt>
              <dd>
                <ul class="plain">
                  {children.map((o) => (
                    <li>
                      <a href={`/organisationer/${o.id}`}>{o.name}</a>
                    </li>
                  ))}
                </ul>
              </dd>
            </>
          ) : (
            ''
          )}
        </dl>

        <section aria-labelledby="org-goals">
          <h2 id="org-goals">{t('organisation.goals')}</h2>
          {goals.length === 0 ? (
            <p>{t('organisation.noGoals')}</p>
          ) : (
            <ul>
              {goals.map((g) => {
                const own = g.responsibilities.find((r) => r.organisationId === organisation.id);
                return (
                  <li>
                    <a href={`/mal/${g.id}`}>{g.title}</a>
                    {own ? <span class="muted"> – {roleLine(t, own)}</span> : ''}
                  </li>
                );
              })}
            </ul>
          )}
        </section>

        <section aria-labelledby="org-assignments">
          <h2 id="org-assignments">{t('organisation.assignments', { count: formatNumber(assignments.total) })}</h2>
          <ul class="plain inline-list">
            {ASSIGNMENT_STATUSES.filter((s) => counts[s]).map((s) => (
              <li>
                <a href={`/uppdrag?organisation=${organisation.id}&status=${s}`}>
                  {statusLabel(t, s)}: {formatNumber(counts[s])}
                </a>
              </li>
            ))}
          </ul>
          {assignments.assignments.length > 0 ? (
            <ul class="assignment-list">
              {assignments.assignments.map((a) => {
                const own = a.assignees.find((x) => x.organisationId === organisation.id);
                return (
                  <li>
                    <a href={`/uppdrag/${a.id}`}>
                      {a.dnr} {a.title}
                    </a>{' '}
                    {own ? <StatusBadge t={t} status={own.status} /> : ''}
                  </li>
                );
              })}
            </ul>
          ) : (
            ''
          )}
          {assignments.total > SHOWN_ASSIGNMENTS ? (
            <p>
              <a href={`/uppdrag?organisation=${organisation.id}`}>{t('organisation.allAssignments')}</a>
            </p>
          ) : (
            ''
          )}
        </section>

        {reports.length > 0 ? (
          <section aria-labelledby="org-reports">
            <h2 id="org-reports">{t('nav.reports')}</h2>
            <ul>
              {reports.map((r) => (
                <li>
                  <a href={`/rapporter/${r.id}`}>{r.title}</a>
                </li>
              ))}
            </ul>
          </section>
        ) : (
          ''
        )}

        {decisions.length > 0 ? (
          <section aria-labelledby="org-decisions">
            <h2 id="org-decisions">{t('start.decisions')}</h2>
            <ul>
              {decisions.map((d) => (
                <li>
                  <a href={`/beslut/${d.id}`}>{d.title}</a>
                  <span class="muted"> {t('story.decisionNamePara', { body: d.bodyName, date: d.decidedOn, paragraph: d.paragraph })}</span>
                </li>
              ))}
            </ul>
          </section>
        ) : (
          ''
        )}

        {audits.length > 0 ? (
          <section aria-labelledby="org-audits">
            <h2 id="org-audits">{t('organisation.audits')}</h2>
            {audits.map((r) => (
              <article id={`revision-${r.id}`} class="audit">
                <h3>{r.title}</h3>
                <p class="muted">
                  {r.auditor}, {String(r.year)}
                </p>
                {r.summary ? <p>{r.summary}</p> : ''}
                {r.recommendations.length > 0 ? (
                  <>
                    <h4>{t('organisation.recommendations')}</h4>
                    <ol>
                      {r.recommendations.map((x) => (
                        <li>
                          {x.text}{' '}
                          <span class="muted">
                            ({t(`recommendationStatus.${x.status}`)}
                            {x.firstMadeYear < r.year ? `, ${t('organisation.carriedOver', { year: x.firstMadeYear })}` : ''})
                          </span>
                          {x.response ? <p>{x.response}</p> : ''}
                        </li>
                      ))}
                    </ol>
                  </>
                ) : (
                  ''
                )}
              </article>
            ))}
          </section>
        ) : (
          ''
        )}
        <Downloads t={t} csv={`/data/uppdrag.csv?organisation=${organisation.id}`} json={`/data/uppdrag.json?organisation=${organisation.id}`} feed={feed} />
      </Layout>,
    ),
  );
});
