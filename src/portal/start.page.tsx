import { Hono } from 'hono';
import { statusLabel } from '../assignments/assignment.labels.ts';
import { ASSIGNMENT_STATUSES } from '../assignments/assignment-status.ts';
import { countByStatus } from '../assignments/assignment.store.ts';
import { listCycles } from '../cycles/cycle.store.ts';
import { listGoals } from '../goals/goal.store.ts';
import { listPostedMinutes } from '../meetings/meeting.store.ts';
import { sortNoticeBoard } from '../meetings/notice-board.ts';
import { meetingDay } from '../meetings/meeting.ts';
import type { AppEnv } from '../http/context.ts';
import { formatDate, formatNumber, swedishDay } from '../numbers/swedish-format.ts';
import { htmlDocument, Layout } from '../pages/layout.tsx';
import { frameOf } from '../pages/page-context.ts';
import { CancelledMark } from './components.tsx';
import { setLastModified } from './http-caching.ts';
import { listPublicDecisions, listPublicMeetings } from './public-registry.store.ts';
import { listPublicReports } from './public-report.store.ts';

export const startPage = new Hono<AppEnv>();

startPage.get('/', async (c) => {
  const frame = frameOf(c);
  const { t } = frame;
  const { db } = c.get('services');
  const tenant = c.get('tenant');
  const [cycles, counts, goals, decisions, ahead, recent, posted, reports] = await Promise.all([
    listCycles(db, tenant.id),
    countByStatus(db, tenant.id),
    listGoals(db, tenant.id),
    listPublicDecisions(db, tenant.id, { limit: 5 }),
    listPublicMeetings(db, tenant.id, { ahead: true, limit: 3 }),
    listPublicMeetings(db, tenant.id, { ahead: false, limit: 3 }),
    listPostedMinutes(db, tenant.id),
    listPublicReports(db, tenant.id),
  ]);
  // What is posted now, while the time to appeal runs; earlier postings are on the notice board.
  const notices = sortNoticeBoard(posted, swedishDay()).current.slice(0, 3);
  setLastModified(c, ...decisions.map((d) => d.updatedAt), ...ahead.map((m) => m.updatedAt), ...recent.map((m) => m.updatedAt), ...notices.map((n) => n.updatedAt));
  const current = cycles[0];
  const currentReports = current ? reports.filter((r) => r.cycleId === current.id) : [];
  const latestYear = goals[0]?.budgetYear;
  return c.html(
    htmlDocument(
      <Layout frame={frame} title={t('nav.start')}>
        <h1>{tenant.name}</h1>
        <p class="lead">{t('start.intro')}</p>
        {current ? (
          <section aria-labelledby="current-cycle">
            <h2 id="current-cycle">{t('start.currentCycle')}</h2>
            <p>
              <strong>{current.name}</strong> ({formatDate(current.periodStart)} – {formatDate(current.periodEnd)})
            </p>
            {current.committeeDeadline ? <p>{t('start.deadline', { date: formatDate(current.committeeDeadline) })}</p> : ''}
            {currentReports.length > 0 ? (
              <ul>
                {currentReports.slice(0, 5).map((r) => (
                  <li>
                    <a href={`/rapporter/${r.id}`}>{r.title}</a>
                  </li>
                ))}
              </ul>
            ) : (
              ''
            )}
            <p>
              <a href="/rapporter">{t('start.reportsLink')}</a>
            </p>
          </section>
        ) : (
          ''
        )}
        <div class="start-columns">
          <section aria-labelledby="latest-decisions">
            <h2 id="latest-decisions">{t('start.decisions')}</h2>
            {decisions.length === 0 ? (
              <p>{t('start.noDecisions')}</p>
            ) : (
              <ul class="plain start-list">
                {decisions.map((d) => (
                  <li>
                    <a href={`/beslut/${d.id}`}>{d.title}</a>
                    <span class="muted">
                      {' '}
                      {t('story.decisionNamePara', { body: d.bodyName, date: d.decidedOn, paragraph: d.paragraph })}
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </section>
          <section aria-labelledby="meetings">
            <h2 id="meetings">{ahead.length > 0 ? t('meetings.ahead') : t('start.recentMeetings')}</h2>
            {ahead.length === 0 && recent.length === 0 ? (
              <p>{t('meetings.noneAhead')}</p>
            ) : (
              <ul class="plain start-list">
                {(ahead.length > 0 ? ahead : recent).map((m) => (
                  <li>
                    <a href={`/sammantraden/${m.id}`}>{t('meeting.title', { body: m.bodyName, date: meetingDay(m.startsAt) })}</a>
                    <CancelledMark t={t} state={m.state} />
                    <span class="muted"> {m.place}</span>
                  </li>
                ))}
              </ul>
            )}
            <p>
              <a href="/sammantraden">{t('start.allMeetings')}</a>
            </p>
          </section>
          <section aria-labelledby="notices">
            <h2 id="notices">{t('nav.noticeBoard')}</h2>
            {notices.length === 0 ? (
              <p>{t('noticeBoard.currentNone')}</p>
            ) : (
              <ul class="plain start-list">
                {notices.map((n) => (
                  <li>
                    <a href={`/sammantraden/${n.meetingId}`}>{t('start.notice', { body: n.organisationName, date: meetingDay(n.meetingStartsAt) })}</a>
                    <span class="muted"> {t('meetings.posted', { date: formatDate(n.postedOn), appeal: formatDate(n.appealEndsOn) })}</span>
                  </li>
                ))}
              </ul>
            )}
            <p>
              <a href="/anslagstavla">{t('start.allNotices')}</a>
            </p>
          </section>
        </div>
        <section aria-labelledby="by-status">
          <h2 id="by-status">{t('start.assignmentsByStatus')}</h2>
          <ul class="cards status-cards">
            {ASSIGNMENT_STATUSES.filter((s) => counts[s]).map((s) => (
              <li class="card">
                <a href={`/uppdrag?status=${s}`}>
                  <span class="figure">{formatNumber(counts[s])}</span> {statusLabel(t, s)}
                </a>
              </li>
            ))}
          </ul>
          <p>
            <a href="/uppdrag">{t('start.allAssignments')}</a>
          </p>
        </section>
        {latestYear ? (
          <section aria-labelledby="goals">
            <h2 id="goals">{t('nav.goals')}</h2>
            <p>
              <a href="/mal">{t.n('start.goalsCount', goals.filter((g) => g.budgetYear === latestYear).length, { year: latestYear })}</a>
            </p>
          </section>
        ) : (
          ''
        )}
        <section aria-labelledby="follow">
          <h2 id="follow">{t('start.follow')}</h2>
          <p>{t('start.followText')}</p>
          <ul>
            <li>
              <a href="/sok">{t('nav.search')}</a>
            </li>
            <li>
              <a href="/oppna-data">{t('nav.openData')}</a>
            </li>
          </ul>
        </section>
      </Layout>,
    ),
  );
});
