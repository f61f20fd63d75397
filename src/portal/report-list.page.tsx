import { Hono } from 'hono';
import type { AppEnv } from '../http/context.ts';
import { formatDate } from '../numbers/swedish-format.ts';
import { htmlDocument, Layout } from '../pages/layout.tsx';
import { frameOf } from '../pages/page-context.ts';
import { Downloads } from './components.tsx';
import { setLastModified } from './http-caching.ts';
import { listPublicReports } from './public-report.store.ts';

export const reportListPage = new Hono<AppEnv>();

reportListPage.get('/rapporter', async (c) => {
  const frame = frameOf(c);
  const { t } = frame;
  const reports = await listPublicReports(c.get('services').db, c.get('tenant').id);
  setLastModified(c, ...reports.map((r) => r.adoptedAt));
  const cycles = [...new Map(reports.map((r) => [r.cycleId, r.cycleName])).entries()];
  const title = t('nav.reports');
  return c.html(
    htmlDocument(
      <Layout frame={frame} title={title}>
        <h1>{title}</h1>
        <p class="lead">{t('reportList.intro')}</p>
        {reports.length === 0 ? <p>{t('reportList.none')}</p> : ''}
        {cycles.map(([cycleId, cycleName]) => (
          <section aria-labelledby={`cycle-${cycleId}`}>
            <h2 id={`cycle-${cycleId}`}>{cycleName}</h2>
            <ul class="report-list">
              {reports
                .filter((r) => r.cycleId === cycleId)
                .map((r) => (
                  <li>
                    <h3>
                      <a href={`/rapporter/${r.id}`}>{r.title}</a>
                    </h3>
                    <p class="muted">
                      {r.organisationName}
                      {r.adoptedAt ? ` · ${t('reportList.adoptedOn', { date: formatDate(r.adoptedAt) })}` : ''}
                    </p>
                    <ul class="downloads" aria-label={t('reportList.formats', { title: r.title })}>
                      {r.formats.map((f) => (
                        <li>
                          <a href={f.href} type={f.type}>
                            {t(f.key)}
                          </a>
                        </li>
                      ))}
                    </ul>
                  </li>
                ))}
            </ul>
          </section>
        ))}
        <Downloads t={t} csv="/data/rapporter.csv" json="/data/rapporter.json" />
      </Layout>,
    ),
  );
});
