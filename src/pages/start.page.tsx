import { Hono } from 'hono';
import { statusLabel } from '../assignments/assignment.labels.ts';
import { ASSIGNMENT_STATUSES } from '../assignments/assignment-status.ts';
import { countByStatus } from '../assignments/assignment.store.ts';
import { listCycles } from '../cycles/cycle.store.ts';
import { listGoals } from '../goals/goal.store.ts';
import type { AppEnv } from '../http/context.ts';
import { formatDate } from '../numbers/swedish-format.ts';
import { Layout } from './layout.tsx';
import { frameOf } from './page-context.ts';

export const startPage = new Hono<AppEnv>();

startPage.get('/', async (c) => {
  const frame = frameOf(c);
  const { t } = frame;
  const { db } = c.get('services');
  const tenant = c.get('tenant');
  const cycles = await listCycles(db, tenant.id);
  const counts = await countByStatus(db, tenant.id);
  const goals = await listGoals(db, tenant.id);
  const current = cycles[0];
  const latestYear = goals[0]?.budgetYear;
  const title = t('start.title', { tenant: tenant.name });
  return c.html(
    '<!doctype html>' +
      (
        <Layout frame={frame} title={t('nav.start')}>
          <h1>{title}</h1>
          <p class="lead">{t('start.intro')}</p>
          {current ? (
            <section aria-labelledby="current-cycle">
              <h2 id="current-cycle">{t('start.currentCycle')}</h2>
              <p>
                <strong>{current.name}</strong> ({formatDate(current.periodStart)} – {formatDate(current.periodEnd)})
              </p>
              {current.committeeDeadline ? <p>{t('start.deadline', { date: formatDate(current.committeeDeadline) })}</p> : ''}
            </section>
          ) : (
            ''
          )}
          <section aria-labelledby="by-status">
            <h2 id="by-status">{t('start.assignmentsByStatus')}</h2>
            <ul class="cards">
              {ASSIGNMENT_STATUSES.filter((s) => counts[s]).map((s) => (
                <li class="card">
                  <span class="figure">{counts[s]}</span>
                  <a href={`/uppdrag?status=${s}`}>{statusLabel(t, s)}</a>
                </li>
              ))}
            </ul>
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
        </Layout>
      ).toString(),
  );
});
