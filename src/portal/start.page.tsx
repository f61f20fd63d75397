import { Hono } from 'hono';
import { statusLabel } from '../assignments/assignment.labels.ts';
import { ASSIGNMENT_STATUSES } from '../assignments/assignment-status.ts';
import { countByStatus } from '../assignments/assignment.store.ts';
import { listCycles } from '../cycles/cycle.store.ts';
import { listGoals } from '../goals/goal.store.ts';
import type { AppEnv } from '../http/context.ts';
import { formatDate, formatNumber } from '../numbers/swedish-format.ts';
import { htmlDocument, Layout } from '../pages/layout.tsx';
import { frameOf } from '../pages/page-context.ts';

export const startPage = new Hono<AppEnv>();

startPage.get('/', async (c) => {
  const frame = frameOf(c);
  const { t } = frame;
  const { db } = c.get('services');
  const tenant = c.get('tenant');
  const [cycles, counts, goals] = await Promise.all([listCycles(db, tenant.id), countByStatus(db, tenant.id), listGoals(db, tenant.id)]);
  const current = cycles[0];
  const latestYear = goals[0]?.budgetYear;
  return c.html(
    htmlDocument(
      <Layout frame={frame} title={t('nav.start')}>
        <h1>{tenant.name}</h1>
        <p class="lead">{t('start.intro')}</p>
        {current ? (
          <section aria-labelledby="current-cycle">
            <h2 id="current-cycle">{t('start.currentCycle')}</h2>
            <p>
              <strong>{current.name}</strong> ({formatDate(current.periodStart)} – {formatDate(current.periodEnd)})
            </p>
            {current.committeeDeadline ? <p>{t('start.deadline', { date: formatDate(current.committeeDeadline) })}</p> : ''}
            <p>
              <a href="/rapporter">{t('start.reportsLink')}</a>
            </p>
          </section>
        ) : (
          ''
        )}
        <section aria-labelledby="by-status">
          <h2 id="by-status">{t('start.assignmentsByStatus')}</h2>
          <ul class="cards status-cards">
            {ASSIGNMENT_STATUSES.filter((s) => counts[s]).map((s) => (
              <li class="card">
                <a href={`/uppdrag?status=${s}`}>
                  <span class="figure">{formatNumber(counts[s])}</span> {statusLabel(t, s)}
                </a>
              </li>
            ))}
          </ul>
          <p>
            <a href="/uppdrag">{t('start.allAssignments')}</a>
          </p>
        </section>
        {latestYear ? (
          <section aria-labelledby="goals">
            <h2 id="goals">{t('nav.goals')}</h2>
            <p>
              <a href="/mal">{t('start.goalsCount', { count: goals.filter((g) => g.budgetYear === latestYear).length, year: latestYear })}</a>
            </p>
          </section>
        ) : (
          ''
        )}
        <section aria-labelledby="follow">
          <h2 id="follow">{t('start.follow')}</h2>
          <p>{t('start.followText')}</p>
          <ul>
            <li>
              <a href="/sok">{t('nav.search')}</a>
            </li>
            <li>
              <a href="/oppna-data">{t('nav.openData')}</a>
            </li>
          </ul>
        </section>
      </Layout>,
    ),
  );
});
