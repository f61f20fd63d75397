import { Hono, type Context } from 'hono';
import type { AppEnv } from '../http/context.ts';
import { notFound } from '../http/errors.ts';
import { formatDate, formatDateTime, swedishDay } from '../numbers/swedish-format.ts';
import { htmlDocument, Layout } from '../pages/layout.tsx';
import { frameOf } from '../pages/page-context.ts';
import { renderDocx } from '../render/docx.renderer.ts';
import { renderPdf } from '../render/pdf.renderer.ts';
import { isUuid } from '../http/uuid.ts';
import { findMinutes, listPostedMinutes } from './meeting.store.ts';
import { meetingDay } from './meeting.ts';
import { loadMeetingView } from './meeting.view.ts';
import { minutesDocument } from './minutes.document.ts';
import { sortNoticeBoard } from './notice-board.ts';
import type { Translate } from '../i18n/messages.ts';
import { ScrollRegion } from '../pages/scroll-region.tsx';
import { CancelledMark } from '../portal/components.tsx';

export const meetingPages = new Hono<AppEnv>();

meetingPages.get('/sammantraden/:id', async (c) => {
  const id = c.req.param('id');
  if (!isUuid(id)) throw notFound('Sammanträdet');
  const frame = frameOf(c);
  const { t } = frame;
  const view = await loadMeetingView(c.get('services').db, c.get('actor'), c.get('tenant').id, id);
  if (!view) throw notFound('Sammanträdet');
  const { meeting, body, agenda, minutes } = view;
  const day = meetingDay(meeting.startsAt);
  const title = t('meeting.title', { body: body.name, date: day });
  const cancelled = meeting.state === 'cancelled';
  return c.html(
    htmlDocument(
      <Layout frame={frame} title={cancelled ? `${title} – ${t('meetings.cancelled')}` : title}>
        <h1>
          {title}
          <CancelledMark t={t} state={meeting.state} />
        </h1>
        {cancelled ? (
          <p class="notice" role="status">
            <strong>{t('meetings.cancelledNotice')}</strong>
          </p>
        ) : (
          ''
        )}
        <dl class="facts">
          <dt>{t('meeting.time')}</dt>
          <dd>{formatDateTime(meeting.startsAt)}</dd>
          <dt>{t('meeting.place')}</dt>
          <dd>{meeting.place}</dd>
          {minutes?.approvedOn ? (
            <>
              <dt>{t('meeting.minutes')}</dt>
              <dd>
                <a href={`/protokoll/${minutes.id}.pdf`}>{t('meeting.minutesPdf')}</a>, <a href={`/protokoll/${minutes.id}.docx`}>{t('meeting.minutesDocx')}</a>
              </dd>
              <dt>{t('noticeBoard.appealEnds')}</dt>
              <dd>{minutes.appealEndsOn ? formatDate(minutes.appealEndsOn) : '–'}</dd>
            </>
          ) : (
            ''
          )}
        </dl>
        <h2>{t('meeting.agenda')}</h2>
        <ScrollRegion label={t('meeting.agenda.caption')}>
          <table>
            <caption>{t('meeting.agenda.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('meeting.item')}</th>
                <th scope="col">{t('meeting.matter')}</th>
                <th scope="col">{t('meeting.papers')}</th>
                <th scope="col">{t('meeting.decision')}</th>
              </tr>
            </thead>
            <tbody>
              {agenda.map((item) => (
                <tr id={`punkt-${item.number}`}>
                  <th scope="row">{item.number}</th>
                  <td>
                    {item.matter ? <a href={`/arenden/${item.matter.id}`}>{item.title}</a> : item.title}
                    {item.matter ? <span class="muted"> ({item.matter.dnr})</span> : ''}
                  </td>
                  <td>
                    <ul>
                      {item.papers.map((p) => (
                        <li>
                          <a href={`/api/v1/documents/${p.id}/content`}>{p.title}</a>
                        </li>
                      ))}
                    </ul>
                  </td>
                  <td>{item.decision ? <a href={`/beslut/${item.decision.id}`}>§ {item.decision.paragraph}</a> : '–'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      </Layout>,
    ),
  );
});

meetingPages.get('/anslagstavla', async (c) => {
  const frame = frameOf(c);
  const { t } = frame;
  const rows = await listPostedMinutes(c.get('services').db, c.get('tenant').id);
  const { current, earlier } = sortNoticeBoard(rows, swedishDay());
  const title = t('noticeBoard.title');
  return c.html(
    htmlDocument(
      <Layout frame={frame} title={title}>
        <h1>{title}</h1>
        <p class="lead">{t('noticeBoard.intro')}</p>
        <section aria-labelledby="posted-now">
          <h2 id="posted-now">{t('noticeBoard.current')}</h2>
          {current.length === 0 ? <p>{t('noticeBoard.currentNone')}</p> : <NoticeTable t={t} caption={t('noticeBoard.caption')} rows={current} />}
        </section>
        {earlier.length > 0 ? (
          <section aria-labelledby="posted-earlier">
            <h2 id="posted-earlier">{t('noticeBoard.earlier')}</h2>
            <NoticeTable t={t} caption={t('noticeBoard.earlierCaption')} rows={earlier} />
          </section>
        ) : (
          ''
        )}
      </Layout>,
    ),
  );
});

function NoticeTable(props: { t: Translate; caption: string; rows: Awaited<ReturnType<typeof listPostedMinutes>> }) {
  const { t } = props;
  return (
    <ScrollRegion label={props.caption}>
      <table>
        <caption>{props.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('noticeBoard.meeting')}</th>
            <th scope="col">{t('noticeBoard.approved')}</th>
            <th scope="col">{t('noticeBoard.posted')}</th>
            <th scope="col">{t('noticeBoard.appealEnds')}</th>
          </tr>
        </thead>
        <tbody>
          {props.rows.map((m) => (
            <tr>
              <th scope="row">
                <a href={`/sammantraden/${m.meetingId}`}>
                  {m.organisationName} {meetingDay(m.meetingStartsAt)}
                </a>{' '}
                (<a href={`/protokoll/${m.id}.pdf`}>PDF</a>)
              </th>
              <td class="nowrap">{formatDate(m.approvedOn)}</td>
              <td class="nowrap">{formatDate(m.postedOn)}</td>
              <td class="nowrap">{formatDate(m.appealEndsOn)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

/** Approved minutes only: a draft is not a public document. */
async function approvedMinutesDocument(c: Context<AppEnv>, id: string) {
  if (!isUuid(id)) throw notFound('Protokollet');
  const { db } = c.get('services');
  const tenantId = c.get('tenant').id;
  const minutes = await findMinutes(db, tenantId, id);
  if (!minutes?.approvedOn) throw notFound('Protokollet');
  const view = await loadMeetingView(db, { kind: 'anonymous', tenantId }, tenantId, minutes.meetingId);
  if (!view) throw notFound('Protokollet');
  const { meeting } = view;
  return minutesDocument({
    bodyName: view.body.name,
    day: meetingDay(meeting.startsAt),
    place: meeting.place,
    minutes,
    items: view.agenda
      .filter((i) => i.decision)
      .map((i) => ({ number: i.number, title: i.title, dnr: i.matter?.dnr ?? null, decision: i.decision! })),
  });
}

meetingPages.get('/protokoll/:file{[0-9a-f-]+\\.(pdf|docx)}', async (c) => {
  const file = c.req.param('file');
  const [id, extension] = file.split('.') as [string, 'pdf' | 'docx'];
  const document = await approvedMinutesDocument(c as never, id);
  const name = `${document.title.replace(/\s+/g, '-')}.${extension}`;
  c.header('Content-Disposition', `inline; filename="${name.replace(/[^\w.-]/g, '_')}"`);
  if (extension === 'pdf') {
    c.header('Content-Type', 'application/pdf');
    return c.body(new Uint8Array(await renderPdf(document)));
  }
  c.header('Content-Type', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document');
  return c.body(new Uint8Array(await renderDocx(document)));
});
