import { Hono } from 'hono';
import type { AppEnv } from '../http/context.ts';
import { notFound } from '../http/errors.ts';
import { formatList, type MessageKey } from '../i18n/messages.ts';
import { formatDate } from '../numbers/swedish-format.ts';
import { htmlDocument, Layout } from '../pages/layout.tsx';
import { frameOf } from '../pages/page-context.ts';
import { loadMatterView } from './matter.view.ts';
import type { StaffReportBody } from './staff-report.ts';
import { ScrollRegion } from '../pages/scroll-region.tsx';
import { wasCalledSql } from '../meetings/meeting.store.ts';
import { isUuid } from '../http/uuid.ts';

export const matterPages = new Hono<AppEnv>();

matterPages.get('/arenden/:id', async (c) => {
  const id = c.req.param('id');
  if (!isUuid(id)) throw notFound('Ärendet');
  const frame = frameOf(c);
  const { t } = frame;
  const { db } = c.get('services');
  const tenantId = c.get('tenant').id;
  const view = await loadMatterView(db, c.get('actor'), tenantId, id);
  if (!view) throw notFound('Ärendet');
  const { matter, documents, staffReport, motions, statements } = view;
  const body = (staffReport?.body ?? null) as Partial<StaffReportBody> | null;
  const items = await db
    .selectFrom('agenda_items')
    .innerJoin('meetings', (j) => j.onRef('meetings.tenant_id', '=', 'agenda_items.tenant_id').onRef('meetings.id', '=', 'agenda_items.meeting_id'))
    .select(['meetings.id', 'meetings.starts_at', 'agenda_items.number'])
    .where('agenda_items.tenant_id', '=', tenantId)
    .where('agenda_items.matter_id', '=', matter.id)
    .where('agenda_items.deleted_at', 'is', null)
    .where(wasCalledSql('meetings'))
    .execute();
  return c.html(
    htmlDocument(
      <Layout frame={frame} title={matter.subject}>
        <h1>{matter.subject}</h1>
        <dl class="facts">
          <dt>{t('matter.dnr')}</dt>
          <dd>{matter.dnr}</dd>
          <dt>{t('matter.registered')}</dt>
          <dd>{formatDate(matter.registeredOn)}</dd>
          {matter.sender ? (
            <>
              <dt>{t('matter.sender')}</dt>
              <dd>{matter.sender}</dd>
            </>
          ) : (
            ''
          )}
          {matter.recipient ? (
            <>
              <dt>{t('matter.recipient')}</dt>
              <dd>{matter.recipient}</dd>
            </>
          ) : (
            ''
          )}
          {items.length ? (
            <>
              <dt>{t('matter.meetings')}</dt>
              {items.map((i) => (
                <dd>
                  <a href={`/sammantraden/${i.id}`}>
                    {formatDate(i.starts_at)}, {t('meeting.item')} {i.number}
                  </a>
                </dd>
              ))}
            </>
          ) : (
            ''
          )}
        </dl>

        {staffReport ? (
          <section aria-labelledby="proposal">
            <h2 id="proposal">{t('matter.proposal')}</h2>
            <ol class="points">
              {staffReport.points.map((p) => (
                <li value={String(p.number)}>{p.text}</li>
              ))}
            </ol>
            {body?.issuedOn ? <p class="muted">{t('matter.issued', { date: formatDate(body.issuedOn), by: body.issuedBy ?? '' })}</p> : ''}
            {body?.summary ? <p>{body.summary}</p> : ''}
            {body?.consultation ? (
              <>
                <h3>{t('matter.consultation')}</h3>
                <p>{body.consultation}</p>
              </>
            ) : (
              ''
            )}
            {body?.officers?.length ? (
              <>
                <h3>{t('matter.officers')}</h3>
                <ul>
                  {body.officers.map((o) => (
                    <li>{o.name}</li>
                  ))}
                </ul>
              </>
            ) : (
              ''
            )}
          </section>
        ) : (
          ''
        )}

        <section aria-labelledby="documents">
          <h2 id="documents">{t('matter.documents')}</h2>
          <ScrollRegion label={t('matter.documents.caption', { dnr: matter.dnr })}>
            <table>
              <caption>{t('matter.documents.caption', { dnr: matter.dnr })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('matter.document')}</th>
                  <th scope="col">{t('matter.kind')}</th>
                  <th scope="col">{t('matter.registered')}</th>
                  <th scope="col">{t('matter.sender')}</th>
                </tr>
              </thead>
              <tbody>
                {documents.map((d) => (
                  <tr>
                    <th scope="row">
                      <a href={`/api/v1/documents/${d.id}/content`}>{d.title}</a>
                      {d.secret ? <span class="muted"> ({t('matter.secretMarker', { ground: d.secrecyGround ?? '' })})</span> : ''}
                    </th>
                    <td>{t(`documentKind.${d.kind}` as MessageKey)}</td>
                    <td>{formatDate(d.registeredOn)}</td>
                    <td>{d.sender ?? ''}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
        </section>

        <section aria-labelledby="motions">
          <h2 id="motions">{t('matter.motions')}</h2>
          {motions.length === 0 ? <p>{t('matter.none')}</p> : ''}
          {motions.map((m) => (
            <article class={m.superseded ? 'superseded' : ''}>
              <h3>
                {formatList(frame.locale, m.parties.map((p) => p.abbreviation))}:{' '}
                {m.revision > 1 ? t('matter.revised', { n: m.revision, date: formatDate(m.filedOn) }) : t('matter.motion', { date: formatDate(m.filedOn) })}
              </h3>
              {m.superseded ? <p class="muted">{t('matter.superseded')}</p> : ''}
              <ol>
                {m.points.map((p) => (
                  <li>
                    {p.text}
                    {p.targetPointNumber ? <span class="muted"> ({t('matter.point', { n: p.targetPointNumber })})</span> : ''}
                  </li>
                ))}
              </ol>
              {m.reasoning ? <p>{m.reasoning}</p> : ''}
            </article>
          ))}
        </section>

        <section aria-labelledby="statements">
          <h2 id="statements">{t('matter.statements')}</h2>
          {statements.length === 0 ? <p>{t('matter.none')}</p> : ''}
          {statements.map((s) => (
            <article>
              <h3>{t('matter.statement', { party: s.partyAbbreviation, date: formatDate(s.filedOn) })}</h3>
              {s.points.map((p) => (
                <>
                  <h4>{t('matter.point', { n: p.pointNumber })}</h4>
                  <p>{p.text}</p>
                </>
              ))}
            </article>
          ))}
        </section>
      </Layout>,
    ),
  );
});
