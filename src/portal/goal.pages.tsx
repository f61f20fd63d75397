import { Hono } from 'hono';
import { raw } from 'hono/html';
import type { GoalResponsibility } from '../goals/goal.ts';
import { findGoal, listGoals } from '../goals/goal.store.ts';
import type { AppEnv } from '../http/context.ts';
import { notFound } from '../http/errors.ts';
import type { Translate } from '../i18n/messages.ts';
import { htmlDocument, Layout } from '../pages/layout.tsx';
import { frameOf } from '../pages/page-context.ts';
import { Downloads } from './components.tsx';
import { listGoalAssessments } from './goal-assessment.store.ts';

export const goalPages = new Hono<AppEnv>();

/** "Kommunstyrelsen är huvudansvarig för målet", as the reports write it. */
export function roleLine(t: Translate, r: GoalResponsibility): string {
  return t(r.role ? `goalRole.${r.role}` : 'goalRole.none', { org: r.organisationName });
}

goalPages.get('/mal', async (c) => {
  const frame = frameOf(c);
  const { t } = frame;
  const goals = await listGoals(c.get('services').db, c.get('tenant').id);
  const years = [...new Set(goals.map((g) => g.budgetYear))];
  const title = t('nav.goals');
  return c.html(
    htmlDocument(
      <Layout frame={frame} title={title}>
        <h1>{title}</h1>
        <p class="lead">{t('goals.intro')}</p>
        {years.length === 0 ? <p>{t('goals.none')}</p> : ''}
        {years.map((year) => (
          <section aria-labelledby={`goals-${year}`}>
            <h2 id={`goals-${year}`}>{t('goals.title', { year })}</h2>
            <ol class="goal-list">
              {goals
                .filter((g) => g.budgetYear === year)
                .map((g) => (
                  <li id={`mal-${g.id}`} value={String(g.number)}>
                    <h3>
                      <a href={`/mal/${g.id}`}>{g.title}</a>
                    </h3>
                    <ul class="plain muted">
                      {g.responsibilities.map((r) => (
                        <li>{roleLine(t, r)}</li>
                      ))}
                    </ul>
                  </li>
                ))}
            </ol>
          </section>
        ))}
        <Downloads t={t} csv="/data/mal.csv" json="/data/mal.json" />
      </Layout>,
    ),
  );
});

goalPages.get('/mal/:id{[0-9a-f-]{36}}', async (c) => {
  const frame = frameOf(c);
  const { t } = frame;
  const { db } = c.get('services');
  const tenantId = c.get('tenant').id;
  const goal = await findGoal(db, tenantId, c.req.param('id'));
  if (!goal) throw notFound('Målet');
  const assessments = await listGoalAssessments(db, tenantId, goal.id);
  return c.html(
    htmlDocument(
      <Layout frame={frame} title={goal.title} breadcrumbs={[{ href: '/mal', label: t('nav.goals') }]}>
        <p class="kicker">{t('goal.kicker', { year: goal.budgetYear, number: goal.number })}</p>
        <h1>{goal.title}</h1>
        {goal.description ? <p>{goal.description}</p> : ''}
        <h2>{t('goals.responsible')}</h2>
        <ul>
          {goal.responsibilities.map((r) => (
            <li>
              <a href={`/organisationer/${r.organisationId}`}>{roleLine(t, r)}</a>
            </li>
          ))}
        </ul>
        <section aria-labelledby="assessments">
          <h2 id="assessments">{t('goal.assessments')}</h2>
          {assessments.length === 0 ? (
            <p>{t('goal.noAssessments')}</p>
          ) : (
            assessments.map((a) => (
              <article class="assessment">
                <h3>{t('goal.assessmentBy', { org: a.organisationName, period: a.periodName })}</h3>
                <div class="report-text">{raw(a.html)}</div>
                <p>
                  <a href={`/rapporter/${a.reportId}`}>{t('story.readReport')}</a>
                </p>
              </article>
            ))
          )}
        </section>
      </Layout>,
    ),
  );
});
