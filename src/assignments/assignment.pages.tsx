import { Hono } from 'hono';
import type { AppEnv } from '../http/context.ts';
import { notFound } from '../http/errors.ts';
import { decodeCursor, page } from '../http/paging.ts';
import type { Translate } from '../i18n/messages.ts';
import { formatDate, formatDateTime } from '../numbers/swedish-format.ts';
import { listOrganisations } from '../organisations/organisation.store.ts';
import { Layout } from '../pages/layout.tsx';
import { frameOf } from '../pages/page-context.ts';
import { ASSIGNMENT_ORIGINS, type Assignee } from './assignment.ts';
import { originLabel, statusLabel } from './assignment.labels.ts';
import { ASSIGNMENT_STATUSES, isAssignmentStatus } from './assignment-status.ts';
import { countByStatus, findAssignment, listAssignments, listStatusChanges } from './assignment.store.ts';
import { AssignmentListQuery } from './assignment.schemas.ts';

export const assignmentPages = new Hono<AppEnv>();

function StatusBadge(props: { t: Translate; status: Assignee['status'] }) {
  return <span class={`status status-${props.status}`}>{statusLabel(props.t, props.status)}</span>;
}

assignmentPages.get('/uppdrag', async (c) => {
  const frame = frameOf(c);
  const { t } = frame;
  const { db } = c.get('services');
  const tenantId = c.get('tenant').id;
  // Bad filter values in a hand-edited URL are dropped rather than failing the page.
  const parsed = AssignmentListQuery.safeParse(c.req.query());
  const q = parsed.success ? parsed.data : AssignmentListQuery.parse({});
  const filter = { status: q.status, organisationId: q.organisation, origin: q.origin, year: q.year, text: q.text };
  const [rows, counts, organisations] = [
    await listAssignments(db, tenantId, filter, { limit: q.limit, after: decodeCursor(q.cursor, 2) }),
    await countByStatus(db, tenantId, { ...filter, status: undefined }),
    await listOrganisations(db, tenantId),
  ];
  const result = page(rows, q.limit, (a) => [a.sortKey, a.id], c.req.url);
  const title = t('assignments.title');
  return c.html(
    '<!doctype html>' +
      (
        <Layout frame={frame} title={title}>
          <h1>{title}</h1>
          <form method="get" action="/uppdrag" class="filters" role="search" aria-label={t('assignments.filter')}>
            <div class="field">
              <label for="f-text">{t('assignments.filter.text')}</label>
              <input id="f-text" name="text" type="search" value={q.text ?? ''} />
            </div>
            <div class="field">
              <label for="f-status">{t('assignments.filter.status')}</label>
              <select id="f-status" name="status">
                <option value="">{t('assignments.filter.any')}</option>
                {ASSIGNMENT_STATUSES.map((s) => (
                  <option value={s} selected={q.status === s}>
                    {statusLabel(t, s)}
                  </option>
                ))}
              </select>
            </div>
            <div class="field">
              <label for="f-org">{t('assignments.filter.organisation')}</label>
              <select id="f-org" name="organisation">
                <option value="">{t('assignments.filter.any')}</option>
                {organisations
                  .filter((o) => o.kind !== 'administration')
                  .map((o) => (
                    <option value={o.id} selected={q.organisation === o.id}>
                      {o.name}
                    </option>
                  ))}
              </select>
            </div>
            <div class="field">
              <label for="f-origin">{t('assignments.filter.origin')}</label>
              <select id="f-origin" name="origin">
                <option value="">{t('assignments.filter.any')}</option>
                {ASSIGNMENT_ORIGINS.map((o) => (
                  <option value={o} selected={q.origin === o}>
                    {t(`origin.${o}`)}
                  </option>
                ))}
              </select>
            </div>
            <div class="field">
              <label for="f-year">{t('assignments.filter.year')}</label>
              <input id="f-year" name="year" inputmode="numeric" pattern="[0-9]{4}" size={6} value={q.year ? String(q.year) : ''} />
            </div>
            <button type="submit">{t('assignments.filter.submit')}</button>
          </form>

          <h2 id="by-status">{t('start.assignmentsByStatus')}</h2>
          <ul class="cards" aria-labelledby="by-status">
            {ASSIGNMENT_STATUSES.filter((s) => counts[s]).map((s) => (
              <li class="card">
                <span class="figure">{counts[s]}</span>
                <a href={`/uppdrag?status=${s}`}>{statusLabel(t, s)}</a>
              </li>
            ))}
          </ul>

          {result.data.length === 0 ? (
            <p>{t('assignments.none')}</p>
          ) : (
            <div class="table-scroll">
              <table>
                <caption>{t('assignments.title')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('assignments.col.dnr')}</th>
                    <th scope="col">{t('assignments.col.title')}</th>
                    <th scope="col">{t('assignments.col.origin')}</th>
                    <th scope="col">{t('assignments.col.status')}</th>
                  </tr>
                </thead>
                <tbody>
                  {result.data.map((a) => (
                    <tr>
                      <td>{a.dnr}</td>
                      <th scope="row">
                        <a href={`/uppdrag/${a.id}`}>{a.title}</a>
                      </th>
                      <td>{originLabel(t, a)}</td>
                      <td>
                        {a.assignees.length === 1 ? (
                          <StatusBadge t={t} status={a.assignees[0]!.status} />
                        ) : (
                          <ul class="plain">
                            {a.assignees.slice(0, 3).map((x) => (
                              <li>
                                {x.organisationName}: <StatusBadge t={t} status={x.status} />
                              </li>
                            ))}
                            {a.assignees.length > 3 ? <li class="muted">+ {a.assignees.length - 3}</li> : ''}
                          </ul>
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          {result.links.next ? (
            <p class="pager">
              <a href={result.links.next} rel="next">
                {t('assignments.next')}
              </a>
            </p>
          ) : (
            ''
          )}
        </Layout>
      ).toString(),
  );
});

assignmentPages.get('/uppdrag/:id{[0-9a-f-]{36}}', async (c) => {
  const frame = frameOf(c);
  const { t } = frame;
  const { db } = c.get('services');
  const tenantId = c.get('tenant').id;
  const assignment = await findAssignment(db, tenantId, c.req.param('id'));
  if (!assignment) throw notFound('Uppdraget');
  const history = await listStatusChanges(db, tenantId, assignment.id);
  return c.html(
    '<!doctype html>' +
      (
        <Layout frame={frame} title={assignment.title}>
          <p class="muted">
            {t('assignments.col.dnr')} {assignment.dnr}
          </p>
          <h1>{assignment.title}</h1>
          <dl class="facts">
            <dt>{t('assignment.origin')}</dt>
            <dd>{originLabel(t, assignment)}</dd>
            {assignment.dueOn ? (
              <>
                <dt>{t('assignment.due')}</dt>
                <dd>{formatDate(assignment.dueOn)}</dd>
              </>
            ) : (
              ''
            )}
          </dl>
          {assignment.description ? <p>{assignment.description}</p> : ''}
          <h2>{t('assignment.assignees')}</h2>
          {assignment.assignedToAll ? <p>{t('assignment.allCommittees')}</p> : ''}
          <ul>
            {assignment.assignees.map((a) => (
              <li>
                {a.organisationName}: <StatusBadge t={t} status={a.status} />
              </li>
            ))}
          </ul>
          <h2>{t('assignment.history')}</h2>
          <ol class="timeline">
            {history.map((h) => (
              <li>
                <time datetime={h.at.toISOString()}>{formatDateTime(h.at)}</time>
                <br />
                {h.from === null
                  ? t('assignment.history.created', { org: h.organisationName })
                  : t('assignment.history.changed', {
                      org: h.organisationName,
                      from: statusLabel(t, h.from),
                      to: isAssignmentStatus(h.to) ? statusLabel(t, h.to) : h.to,
                    })}
                {h.reason ? <p class="muted">{h.reason}</p> : ''}
              </li>
            ))}
          </ol>
        </Layout>
      ).toString(),
  );
});
