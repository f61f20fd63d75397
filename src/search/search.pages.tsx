import { Hono } from 'hono';
import type { AppEnv } from '../http/context.ts';
import type { Translate } from '../i18n/messages.ts';
import { formatNumber } from '../numbers/swedish-format.ts';
import { listOrganisations } from '../organisations/organisation.store.ts';
import { htmlDocument, Layout } from '../pages/layout.tsx';
import { frameOf } from '../pages/page-context.ts';
import { Downloads, Pager, pageNumber, withQuery } from '../portal/components.tsx';
import { SEARCH_KINDS, type SearchKind } from './search-sources.ts';
import { searchPublic, type FacetCount, type SearchFilter } from './search.store.ts';
import { isUuid } from '../http/uuid.ts';

export const searchPages = new Hono<AppEnv>();

export const SEARCH_PAGE_SIZE = 20;

/** The search's text and facet choices from the query string; odd values are dropped. */
export function searchParamsFrom(query: Record<string, string | undefined>): { text: string; filter: SearchFilter } {
  const year = Number(query.ar);
  return {
    text: (query.q ?? '').trim().slice(0, 200),
    filter: {
      kind: SEARCH_KINDS.find((k) => k === query.typ),
      organisationId: isUuid(query.organisation) ? query.organisation : undefined,
      year: Number.isInteger(year) && year >= 1900 && year <= 2200 ? year : undefined,
    },
  };
}

export const kindLabel = (t: Translate, kind: SearchKind) => t(`searchKind.${kind}`);

function Facet<T extends string | number>(props: {
  t: Translate;
  id: string;
  title: string;
  param: string;
  chosen: T | undefined;
  counts: FacetCount<T>[];
  label: (value: T) => string;
  params: URLSearchParams;
}) {
  const { t } = props;
  if (props.counts.length === 0) return '';
  return (
    <section class="facet" aria-labelledby={props.id}>
      <h3 id={props.id}>{props.title}</h3>
      <ul class="plain">
        {props.chosen !== undefined ? (
          <li>
            <a href={withQuery('/sok', props.params, { [props.param]: undefined, sida: undefined })}>{t('search.facetAll')}</a>
          </li>
        ) : (
          ''
        )}
        {props.counts.map((f) => (
          <li>
            <a
              href={withQuery('/sok', props.params, { [props.param]: f.value, sida: undefined })}
              aria-current={props.chosen === f.value ? 'true' : undefined}
            >
              {props.label(f.value)} <span class="count">({formatNumber(f.count)})</span>
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}

searchPages.get('/sok', async (c) => {
  const frame = frameOf(c);
  const { t } = frame;
  const { db } = c.get('services');
  const tenantId = c.get('tenant').id;
  const query = c.req.query();
  const { text, filter } = searchParamsFrom(query);
  const page = pageNumber(query.sida);
  const [result, organisations] = await Promise.all([
    searchPublic(db, tenantId, text, filter, { limit: SEARCH_PAGE_SIZE, offset: (page - 1) * SEARCH_PAGE_SIZE }),
    listOrganisations(db, tenantId),
  ]);
  const orgName = new Map(organisations.map((o) => [o.id, o.name]));
  const params = new URLSearchParams(new URL(c.req.url).search);
  params.delete('lang');
  const pageCount = Math.max(1, Math.ceil(result.total / SEARCH_PAGE_SIZE));
  const feedQuery = withQuery('', params, { sida: undefined });
  const title = text ? t('search.titleFor', { q: text }) : t('nav.search');
  return c.html(
    htmlDocument(
      <Layout frame={frame} title={title} feeds={text ? [{ href: `/flode/sok${feedQuery}`, title: t('feed.search', { q: text }) }] : []}>
        <h1>{t('nav.search')}</h1>
        <form method="get" action="/sok" class="search-form" role="search" aria-label={t('nav.search')}>
          <div class="field field-wide">
            <label for="q">{t('search.label')}</label>
            <input id="q" name="q" type="search" value={text} aria-describedby="search-help" />
          </div>
          {filter.kind ? <input type="hidden" name="typ" value={filter.kind} /> : ''}
          {filter.organisationId ? <input type="hidden" name="organisation" value={filter.organisationId} /> : ''}
          {filter.year ? <input type="hidden" name="ar" value={String(filter.year)} /> : ''}
          <button type="submit">{t('nav.search')}</button>
          <p id="search-help" class="muted">
            {t('search.help')}
          </p>
        </form>
        {text === '' ? (
          <p>{t('search.empty')}</p>
        ) : (
          <div class="search-layout">
            <section class="results" aria-labelledby="results-heading">
              <h2 id="results-heading">
                {t.n('search.count', result.total)}
              </h2>
              {result.query.ignored.length > 0 ? <p class="muted">{t('search.ignored', { words: result.query.ignored.join(', ') })}</p> : ''}
              {result.hits.length === 0 ? (
                <p>{t('search.none')}</p>
              ) : (
                <ol class="hits" start={(page - 1) * SEARCH_PAGE_SIZE + 1}>
                  {result.hits.map((h) => (
                    <li class="hit">
                      <p class="hit-kind">{kindLabel(t, h.kind)}{h.year ? ` · ${h.year}` : ''}</p>
                      <h3>
                        <a href={h.url}>{h.title}</a>
                      </h3>
                      {h.reference && h.reference !== h.title ? <p class="hit-reference">{h.reference}</p> : ''}
                      <p class="excerpt">{h.excerpt.map((part, i) => (i % 2 === 1 ? <mark>{part}</mark> : part))}</p>
                    </li>
                  ))}
                </ol>
              )}
              <Pager t={t} path="/sok" query={params} page={page} pageCount={pageCount} />
              <Downloads t={t} csv={`/data/sok.csv${feedQuery}`} json={`/data/sok.json${feedQuery}`} feed={`/flode/sok${feedQuery}`} />
            </section>
            {result.facets.kind.length + result.facets.organisation.length + result.facets.year.length === 0 ? '' : (
            <section class="facets" aria-labelledby="facets-heading">
              <h2 id="facets-heading">{t('search.facets')}</h2>
              <Facet t={t} id="facet-kind" title={t('search.facet.kind')} param="typ" chosen={filter.kind} counts={result.facets.kind} label={(k) => kindLabel(t, k)} params={params} />
              <Facet
                t={t}
                id="facet-organisation"
                title={t('search.facet.organisation')}
                param="organisation"
                chosen={filter.organisationId}
                counts={result.facets.organisation.filter((f) => orgName.has(f.value))}
                label={(id) => orgName.get(id) ?? id}
                params={params}
              />
              <Facet t={t} id="facet-year" title={t('search.facet.year')} param="ar" chosen={filter.year} counts={result.facets.year} label={(y) => String(y)} params={params} />
            </section>
            )}
          </div>
        )}
      </Layout>,
    ),
  );
});
