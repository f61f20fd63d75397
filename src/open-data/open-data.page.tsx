import { Hono } from 'hono';
import type { AppEnv } from '../http/context.ts';
import type { MessageKey } from '../i18n/messages.ts';
import { htmlDocument, Layout } from '../pages/layout.tsx';
import { frameOf } from '../pages/page-context.ts';
import { DATASETS } from './datasets.ts';

export const openDataPage = new Hono<AppEnv>();

/** Where src/oparl publishes the OParl 1.1 API (mounted in src/http/app.ts). */
export const OPARL_PATH = '/oparl/v1';

openDataPage.get('/oppna-data', (c) => {
  const frame = frameOf(c);
  const { t } = frame;
  const key = (k: string) => k as MessageKey;
  const origin = new URL(c.req.url).origin;
  const title = t('nav.openData');
  return c.html(
    htmlDocument(
      <Layout frame={frame} title={title}>
        <h1>{title}</h1>
        <p class="lead">{t('openData.intro')}</p>
        <p>{t('openData.secret')}</p>
        <nav aria-labelledby="datasets-toc">
          <h2 id="datasets-toc">{t('openData.datasets')}</h2>
          <ul>
            {DATASETS.map((d) => (
              <li>
                <a href={`#${d.key}`}>{t(key(`dataset.${d.key}.title`))}</a>
              </li>
            ))}
            <li>
              <a href="#csv">{t('openData.csv.heading')}</a>
            </li>
            <li>
              <a href="#api">{t('openData.api.heading')}</a>
            </li>
          </ul>
        </nav>

        {DATASETS.map((d) => (
          <section id={d.key} class="dataset" aria-labelledby={`${d.key}-h`}>
            <h2 id={`${d.key}-h`}>{t(key(`dataset.${d.key}.title`))}</h2>
            <p>{t(key(`dataset.${d.key}.description`))}</p>
            <ul class="downloads">
              <li>
                <a href={`/data/${d.key}.csv`} type="text/csv">
                  <code>{`${origin}/data/${d.key}.csv`}</code>
                </a>
              </li>
              <li>
                <a href={`/data/${d.key}.json`} type="application/json">
                  <code>{`${origin}/data/${d.key}.json`}</code>
                </a>
              </li>
            </ul>
            {d.filters && d.filters.length > 0 ? (
              <p>
                {t('openData.filters')}
                {d.filters.map((f, i) => (
                  <>
                    {i > 0 ? '; ' : ''}
                    <code>{f}</code> – {t(key(`data.filter.${f}`))}
                  </>
                ))}
              </p>
            ) : (
              ''
            )}
            <div class="table-scroll" tabindex={0} role="region" aria-labelledby={`${d.key}-fields`}>
              <table>
                <caption id={`${d.key}-fields`}>{t('openData.fields', { title: t(key(`dataset.${d.key}.title`)) })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('openData.field')}</th>
                    <th scope="col">{t('openData.type')}</th>
                    <th scope="col">{t('openData.description')}</th>
                  </tr>
                </thead>
                <tbody>
                  {d.fields.map((f) => (
                    <tr>
                      <th scope="row">
                        <code>{f.name}</code>
                      </th>
                      <td>{t(key(`dataType.${f.type}`))}</td>
                      <td>{t(key(`data.${d.key}.${f.name}`))}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>
        ))}

        <section id="csv" aria-labelledby="csv-h">
          <h2 id="csv-h">{t('openData.csv.heading')}</h2>
          <p>{t('openData.csv.text')}</p>
          <ul>
            <li>{t('openData.csv.bom')}</li>
            <li>{t('openData.csv.separator')}</li>
            <li>{t('openData.csv.decimal')}</li>
            <li>{t('openData.csv.quotes')}</li>
            <li>{t('openData.csv.dates')}</li>
          </ul>
          <h2>{t('openData.json.heading')}</h2>
          <p>{t('openData.json.text')}</p>
          <p>
            <a href="/data" type="application/json">
              <code>{`${origin}/data`}</code>
            </a>
          </p>
        </section>

        <section id="api" aria-labelledby="api-h">
          <h2 id="api-h">{t('openData.api.heading')}</h2>
          <p>{t('openData.api.text')}</p>
          <p>
            <a href="/api/openapi.json">
              <code>{`${origin}/api/openapi.json`}</code>
            </a>
          </p>
          <h2>{t('openData.oparl.heading')}</h2>
          <p>{t('openData.oparl.text')}</p>
          <p>
            <a href={OPARL_PATH}>
              <code>{`${origin}${OPARL_PATH}`}</code>
            </a>
          </p>
          <h2>{t('openData.feeds.heading')}</h2>
          <p>{t('openData.feeds.text')}</p>
          <h2>{t('openData.caching.heading')}</h2>
          <p>{t('openData.caching.text')}</p>
        </section>
      </Layout>,
    ),
  );
});
