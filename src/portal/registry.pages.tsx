/** The lists around the decisions module's pages: the registry's matters and the meetings. */
import { Hono } from 'hono';
import type { AppEnv } from '../http/context.ts';
import { formatDate, formatNumber } from '../numbers/swedish-format.ts';
import { meetingDay } from '../meetings/meeting.ts';
import { htmlDocument, Layout } from '../pages/layout.tsx';
import { frameOf } from '../pages/page-context.ts';
import { CancelledMark, Downloads, Pager, pageNumber } from './components.tsx';
import { setLastModified } from './http-caching.ts';
import { findPublicMatters, listPublicMeetings, type PublicMeeting } from './public-registry.store.ts';
import type { Translate } from '../i18n/messages.ts';

export const registryPages = new Hono<AppEnv>();

const MATTERS_PER_PAGE = 25;

registryPages.get('/arenden', async (c) => {
  const frame = frameOf(c);
  const { t } = frame;
  const page = pageNumber(c.req.query('sida'));
  const { total, matters } = await findPublicMatters(c.get('services').db, c.get('tenant').id, {}, { limit: MATTERS_PER_PAGE, offset: (page - 1) * MATTERS_PER_PAGE });
  setLastModified(c, ...matters.map((m) => m.updatedAt));
  const pageCount = Math.max(1, Math.ceil(total / MATTERS_PER_PAGE));
  const title = t('nav.matters');
  return c.html(
    htmlDocument(
      <Layout frame={frame} title={title}>
        <h1>{title}</h1>
        <p class="lead">{t('matters.intro')}</p>
        <h2 id="matters-count">{t.n('matters.count', total)}</h2>
        {matters.length === 0 ? (
          <p>{t('matters.none')}</p>
        ) : (
          <div class="table-scroll" tabindex={0} role="region" aria-labelledby="matters-count">
            <table>
              <caption>{t('matters.caption', { page, count: pageCount })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('assignments.col.dnr')}</th>
                  <th scope="col">{t('matters.col.subject')}</th>
                  <th scope="col">{t('assignments.filter.organisation')}</th>
                  <th scope="col">{t('matters.col.registered')}</th>
                  <th scope="col" class="num">
                    {t('matters.col.documents')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {matters.map((m) => (
                  <tr>
                    <td class="nowrap">{m.dnr}</td>
                    <th scope="row">
                      <a href={`/arenden/${m.id}`}>{m.subject}</a>
                    </th>
                    <td>{m.organisationName}</td>
                    <td class="nowrap">{formatDate(m.registeredOn)}</td>
                    <td class="num">{formatNumber(m.documents)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        <Pager t={t} path="/arenden" query={new URLSearchParams()} page={page} pageCount={pageCount} />
        <Downloads t={t} csv="/data/arenden.csv" json="/data/arenden.json" />
      </Layout>,
    ),
  );
});

function MeetingList(props: { t: Translate; meetings: PublicMeeting[]; id: string }) {
  const { t } = props;
  return (
    <ul class="meeting-list" aria-labelledby={props.id}>
      {props.meetings.map((m) => (
        <li>
          <a href={`/sammantraden/${m.id}`}>{t('meeting.title', { body: m.bodyName, date: meetingDay(m.startsAt) })}</a>
          <CancelledMark t={t} state={m.state} />
          <span class="muted">
            {' '}
            · {m.place} · {t.n('meetings.items', m.items)}
            {m.minutesPostedOn ? ` · ${t('meetings.posted', { date: formatDate(m.minutesPostedOn), appeal: formatDate(m.appealEndsOn) })}` : ''}
          </span>
        </li>
      ))}
    </ul>
  );
}

registryPages.get('/sammantraden', async (c) => {
  const frame = frameOf(c);
  const { t } = frame;
  const { db } = c.get('services');
  const tenantId = c.get('tenant').id;
  const [ahead, past] = await Promise.all([listPublicMeetings(db, tenantId, { ahead: true }), listPublicMeetings(db, tenantId, { ahead: false, limit: 50 })]);
  setLastModified(c, ...[...ahead, ...past].map((m) => m.updatedAt));
  const title = t('nav.meetings');
  return c.html(
    htmlDocument(
      <Layout frame={frame} title={title}>
        <h1>{title}</h1>
        <p class="lead">{t('meetings.intro')}</p>
        <h2 id="ahead">{t('meetings.ahead')}</h2>
        {ahead.length === 0 ? <p>{t('meetings.noneAhead')}</p> : <MeetingList t={t} meetings={ahead} id="ahead" />}
        <h2 id="past">{t('meetings.past')}</h2>
        {past.length === 0 ? <p>{t('meetings.nonePast')}</p> : <MeetingList t={t} meetings={past} id="past" />}
        <p>
          <a href="/anslagstavla">{t('nav.noticeBoard')}</a>
        </p>
        <Downloads t={t} csv="/data/sammantraden.csv" json="/data/sammantraden.json" />
      </Layout>,
    ),
  );
});
