/** The audit log for administrators and auditors: filters, before/after, CSV for a spreadsheet. */
import { Hono } from 'hono';
import { AuditLogQuery, auditFilterOf, decodeAuditCursor } from '../audit-log/audit-log.routes.ts';
import { auditActionLabel, auditEntityLabel } from '../audit-log/audit-log.labels.ts';
import { auditVocabulary, searchChanges } from '../audit-log/audit-log.search.ts';
import type { AppEnv } from '../http/context.ts';
import { page } from '../http/paging.ts';
import { formatDateTime } from '../numbers/swedish-format.ts';
import { listUsers } from '../auth/user-admin.store.ts';
import { staffPage, WORKSPACE_BASE } from './staff-routes.ts';
import { workspaceFrame } from './workspace-frame.ts';
import { htmlDocument } from '../pages/layout.tsx';
import { ScrollRegion } from '../pages/scroll-region.tsx';
import { WorkspaceLayout } from './workspace-layout.tsx';

export const auditLogPages = new Hono<AppEnv>();

const PATH = `${WORKSPACE_BASE}/andringslogg`;

const pretty = (value: unknown) => (value === null || value === undefined ? '–' : JSON.stringify(value, null, 2));

staffPage(auditLogPages, PATH, 'audit-log.read', async (c) => {
  const frame = workspaceFrame(c);
  const { t } = frame;
  const { db } = c.get('services');
  const tenantId = c.get('tenant').id;
  // A hand-edited filter that does not parse shows the unfiltered log rather than an error page.
  const parsed = AuditLogQuery.safeParse(c.req.query());
  const q = parsed.success ? parsed.data : AuditLogQuery.parse({});
  let after;
  try {
    after = decodeAuditCursor(q.cursor);
  } catch {
    after = undefined;
  }
  const rows = await searchChanges(db, tenantId, auditFilterOf(q), { limit: q.limit + 1, after });
  const result = page(rows, q.limit, (e) => [e.at.toISOString(), e.id], c.req.url);
  const vocabulary = await auditVocabulary(db, tenantId);
  const users = await listUsers(db, tenantId);
  const filterQuery = new URLSearchParams(
    Object.entries({ entityType: q.entityType, entityId: q.entityId, user: q.user, action: q.action, from: q.from, to: q.to }).filter(
      (kv): kv is [string, string] => Boolean(kv[1]),
    ),
  ).toString();
  const title = t('ws.audit.title');
  const select = (id: string, name: string, label: string, options: Array<[string, string]>, current: string | undefined) => (
    <div class="field">
      <label for={id}>{label}</label>
      <select id={id} name={name}>
        <option value="">{t('ws.audit.filter.any')}</option>
        {options.map(([value, text]) => (
          <option value={value} selected={current === value}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
  return c.html(
    htmlDocument(
      <WorkspaceLayout frame={frame} title={title}>
        <h1>{title}</h1>
        <p class="lead">{t('ws.audit.intro')}</p>
        <form method="get" action={PATH} class="filters" role="search" aria-label={t('ws.audit.filter')}>
          {select('f-entity', 'entityType', t('ws.audit.filter.entity'), vocabulary.entityTypes.map((v) => [v, auditEntityLabel(t, v)]), q.entityType)}
          <div class="field">
            <label for="f-entity-id">{t('ws.audit.filter.entityId')}</label>
            <input id="f-entity-id" name="entityId" value={q.entityId ?? ''} />
          </div>
          {select('f-user', 'user', t('ws.audit.filter.user'), users.map((u) => [u.id, `${u.name} <${u.email}>`]), q.user)}
          {select('f-action', 'action', t('ws.audit.filter.action'), vocabulary.actions.map((v) => [v, auditActionLabel(t, v)]), q.action)}
          <div class="field">
            <label for="f-from">{t('ws.audit.filter.from')}</label>
            <input id="f-from" name="from" type="date" value={q.from ?? ''} />
          </div>
          <div class="field">
            <label for="f-to">{t('ws.audit.filter.to')}</label>
            <input id="f-to" name="to" type="date" value={q.to ?? ''} />
          </div>
          <button type="submit">{t('ws.audit.filter.submit')}</button>
        </form>
        <p>
          <a href={`/api/v1/audit-log.csv${filterQuery ? `?${filterQuery}` : ''}`} download>
            {t('ws.audit.csv')}
          </a>
        </p>
        {result.data.length === 0 ? (
          <p>{t('ws.audit.none')}</p>
        ) : (
          <ScrollRegion label={t('ws.section.table')}>
            <table>
              <caption class="visually-hidden">{title}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('ws.audit.col.at')}</th>
                  <th scope="col">{t('ws.audit.col.actor')}</th>
                  <th scope="col">{t('ws.audit.col.action')}</th>
                  <th scope="col">{t('ws.audit.col.entity')}</th>
                  <th scope="col">{t('ws.audit.col.reason')}</th>
                  <th scope="col">{t('ws.audit.col.change')}</th>
                </tr>
              </thead>
              <tbody>
                {result.data.map((e) => (
                  <tr>
                    <td>
                      <time datetime={e.at.toISOString()}>{formatDateTime(e.at)}</time>
                    </td>
                    <td>{e.actorLabel}</td>
                    <td>{auditActionLabel(t, e.action)}</td>
                    <td>
                      <a href={`${PATH}?entityType=${encodeURIComponent(e.entityType)}&entityId=${encodeURIComponent(e.entityId)}`}>
                        {`${auditEntityLabel(t, e.entityType)} ${e.entityId.slice(0, 8)}`}
                      </a>
                    </td>
                    <td>{e.reason ?? ''}</td>
                    <td>
                      {e.before === null && e.after === null ? (
                        '–'
                      ) : (
                        <details>
                          <summary>{t('ws.audit.details')}</summary>
                          <p>{t('ws.audit.before')}</p>
                          <pre class="json">{pretty(e.before)}</pre>
                          <p>{t('ws.audit.after')}</p>
                          <pre class="json">{pretty(e.after)}</pre>
                        </details>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
        )}
        {result.links.next ? (
          <p class="pager">
            <a href={`${PATH}${new URL(result.links.next, 'http://x').search}`}>{t('ws.audit.next')}</a>
          </p>
        ) : (
          ''
        )}
      </WorkspaceLayout>,
    ),
  );
});
