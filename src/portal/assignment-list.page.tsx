import { Hono } from 'hono';
import { originLabel, statusLabel } from '../assignments/assignment.labels.ts';
import { ASSIGNMENT_ORIGINS } from '../assignments/assignment.ts';
import { ASSIGNMENT_STATUSES } from '../assignments/assignment-status.ts';
import type { AppEnv } from '../http/context.ts';
import { formatNumber } from '../numbers/swedish-format.ts';
import { listOrganisations } from '../organisations/organisation.store.ts';
import { htmlDocument, Layout } from '../pages/layout.tsx';
import { frameOf } from '../pages/page-context.ts';
import { assignmentFilterFrom } from './assignment-list.query.ts';
import { countByStatus } from '../assignments/assignment.store.ts';
import { assignmentYears, findAssignmentPage } from './assignment-list.store.ts';
import { Downloads, Pager, pageNumber, StatusBadge, withQuery } from './components.tsx';
import { setLastModified } from './http-caching.ts';

export const PAGE_SIZE = 25;
export const assignmentListPage = new Hono<AppEnv>();

assignmentListPage.get('/uppdrag', async (c) => {
  const frame = frameOf(c);
  const { t } = frame;
  const { db } = c.get('services');
  const tenantId = c.get('tenant').id;
  const query = c.req.query();
  const filter = assignmentFilterFrom(query);
  const page = pageNumber(query.sida);
  const [result, counts, organisations, years] = await Promise.all([
    findAssignmentPage(db, tenantId, filter, { limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE }),
    countByStatus(db, tenantId, filter),
    listOrganisations(db, tenantId),
    assignmentYears(db, tenantId),
  ]);
  const pageCount = Math.max(1, Math.ceil(result.total / PAGE_SIZE));
  const params = new URLSearchParams(new URL(c.req.url).search);
  params.delete('lang');
  const listQuery = withQuery('', params, { sida: undefined });
  setLastModified(c, ...result.assignments.map((a) => a.updatedAt));
  const title = t('assignments.title');
  const filtered = Object.values(filter).some((v) => v !== undefined);
  return c.html(
    htmlDocument(
      <Layout frame={frame} title={page > 1 ? `${title} – ${t('pager.page', { page, count: pageCount })}` : title}>
        <h1>{title}</h1>
        <p class="lead">{t('assignments.intro')}</p>
        <form method="get" action="/uppdrag" class="filters" aria-labelledby="filter-heading">
          <h2 id="filter-heading" class="filters-heading">
            {t('assignments.filter')}
          </h2>
          <div class="field field-wide">
            <label for="f-text">{t('assignments.filter.text')}</label>
            <input id="f-text" name="q" type="search" value={filter.text ?? ''} />
          </div>
          <div class="field">
            <label for="f-status">{t('assignments.filter.status')}</label>
            <select id="f-status" name="status">
              <option value="">{t('assignments.filter.any')}</option>
              {ASSIGNMENT_STATUSES.map((s) => (
                <option value={s} selected={filter.status === s}>
                  {statusLabel(t, s)}
                </option>
              ))}
            </select>
          </div>
          <div class="field">
            <label for="f-org">{t('assignments.filter.organisation')}</label>
            <select id="f-org" name="organisation">
              <option value="">{t('assignments.filter.any')}</option>
              {organisations.map((o) => (
                <option value={o.id} selected={filter.organisationId === o.id}>
                  {o.name}
                </option>
              ))}
            </select>
          </div>
          <div class="field">
            <label for="f-origin">{t('assignments.filter.origin')}</label>
            <select id="f-origin" name="ursprung">
              <option value="">{t('assignments.filter.any')}</option>
              {ASSIGNMENT_ORIGINS.map((o) => (
                <option value={o} selected={filter.origin === o}>
                  {t(`origin.${o}`)}
                </option>
              ))}
            </select>
          </div>
          <div class="field">
            <label for="f-year">{t('assignments.filter.givenYear')}</label>
            <select id="f-year" name="ar">
              <option value="">{t('assignments.filter.any')}</option>
              {years.map((y) => (
                <option value={String(y)} selected={filter.year === y}>
                  {String(y)}
                </option>
              ))}
            </select>
          </div>
          <div class="field field-actions">
            <button type="submit">{t('assignments.filter.submit')}</button>
            {filtered ? <a href="/uppdrag">{t('assignments.filter.clear')}</a> : ''}
          </div>
        </form>

        <section aria-labelledby="by-status">
          <h2 id="by-status">{t('start.assignmentsByStatus')}</h2>
          <p class="muted">{t('assignments.statusCountsNote')}</p>
          <ul class="cards status-cards">
            {ASSIGNMENT_STATUSES.filter((s) => counts[s]).map((s) => (
              <li class={`card${filter.status === s ? ' card-current' : ''}`}>
                <a href={withQuery('/uppdrag', params, { status: s, sida: undefined })} aria-current={filter.status === s ? 'true' : undefined}>
                  <span class="figure">{formatNumber(counts[s])}</span> {statusLabel(t, s)}
                </a>
              </li>
            ))}
          </ul>
        </section>

        <section aria-labelledby="result-heading">
          <h2 id="result-heading">{t.n('assignments.count', result.total)}</h2>
          {result.assignments.length === 0 ? (
            <p>{t('assignments.none')}</p>
          ) : (
            <div class="table-scroll" tabindex={0} role="region" aria-labelledby="result-heading">
              <table>
                <caption>{t('assignments.caption', { page, count: pageCount })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('assignments.col.dnr')}</th>
                    <th scope="col">{t('assignments.col.title')}</th>
                    <th scope="col">{t('assignments.col.origin')}</th>
                    <th scope="col">{t('assignments.col.status')}</th>
                  </tr>
                </thead>
                <tbody>
                  {result.assignments.map((a) => {
                    const shown = filter.organisationId ? a.assignees.filter((x) => x.organisationId === filter.organisationId) : a.assignees;
                    return (
                      <tr>
                        <td class="nowrap">{a.dnr}</td>
                        <th scope="row">
                          <a href={`/uppdrag/${a.id}`}>{a.title}</a>
                        </th>
                        <td>{originLabel(t, a)}</td>
                        <td>
                          {shown.length === 1 ? (
                            <StatusBadge t={t} status={shown[0]!.status} />
                          ) : (
                            <ul class="plain">
                              {shown.slice(0, 3).map((x) => (
                                <li>
                                  {x.organisationName}: <StatusBadge t={t} status={x.status} />
                                </li>
                              ))}
                              {shown.length > 3 ? <li class="muted">{t('assignments.moreAssignees', { count: shown.length - 3 })}</li> : ''}
                            </ul>
                          )}
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          )}
          <Pager t={t} path="/uppdrag" query={params} page={page} pageCount={pageCount} />
          <Downloads t={t} csv={`/data/uppdrag.csv${listQuery}`} json={`/data/uppdrag.json${listQuery}`} />
        </section>
      </Layout>,
    ),
  );
});
