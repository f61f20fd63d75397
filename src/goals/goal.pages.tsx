import { Hono } from 'hono';
import type { AppEnv } from '../http/context.ts';
import type { Translate } from '../i18n/messages.ts';
import { Layout } from '../pages/layout.tsx';
import { frameOf } from '../pages/page-context.ts';
import type { GoalResponsibility } from './goal.ts';
import { listGoals } from './goal.store.ts';

export const goalPages = new Hono<AppEnv>();

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
    '<!doctype html>' +
      (
        <Layout frame={frame} title={title}>
          <h1>{title}</h1>
          {years.map((year) => (
            <section aria-labelledby={`goals-${year}`}>
              <h2 id={`goals-${year}`}>{t('goals.title', { year })}</h2>
              <ol class="goal-list">
                {goals
                  .filter((g) => g.budgetYear === year)
                  .map((g) => (
                    <li id={`mal-${g.id}`}>
                      <h3>{g.title}</h3>
                      {g.description ? <p>{g.description}</p> : ''}
                      <ul>
                        {g.responsibilities.map((r) => (
                          <li>{roleLine(t, r)}</li>
                        ))}
                      </ul>
                    </li>
                  ))}
              </ol>
            </section>
          ))}
        </Layout>
      ).toString(),
  );
});
