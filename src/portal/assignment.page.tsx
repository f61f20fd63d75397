import { Hono } from 'hono';
import { raw } from 'hono/html';
import { originLabel, statusLabel } from '../assignments/assignment.labels.ts';
import type { StatusChange } from '../assignments/assignment.ts';
import type { AppEnv } from '../http/context.ts';
import { notFound } from '../http/errors.ts';
import type { Translate } from '../i18n/messages.ts';
import { formatDate } from '../numbers/swedish-format.ts';
import { htmlDocument, Layout } from '../pages/layout.tsx';
import { frameOf } from '../pages/page-context.ts';
import { buildStory, outcomes, type StoryDecision, type StoryEntry } from './assignment-story.ts';
import { loadStory } from './assignment-story.store.ts';
import { Downloads, StatusBadge } from './components.tsx';
import { setLastModified } from './http-caching.ts';

export const assignmentPage = new Hono<AppEnv>();

function ChangeLine(props: { t: Translate; change: StatusChange }) {
  const { t, change } = props;
  return (
    <>
      {change.from === null
        ? t('assignment.history.created', { org: change.organisationName })
        : t('assignment.history.changed', { org: change.organisationName, from: statusLabel(t, change.from), to: statusLabel(t, change.to) })}
    </>
  );
}

/** The status changes an account or a decision brought about; nothing when there were none. */
function ChangeList(props: { t: Translate; changes: StatusChange[] }) {
  if (props.changes.length === 0) return <></>;
  return (
    <ul class="plain">
      {props.changes.map((c) => (
        <li>
          <ChangeLine t={props.t} change={c} />
        </li>
      ))}
    </ul>
  );
}

function DecisionName(props: { t: Translate; decision: StoryDecision }) {
  const { t, decision } = props;
  const name = decision.paragraph
    ? t('story.decisionNamePara', { body: decision.bodyName, date: decision.decidedOn, paragraph: decision.paragraph })
    : t('story.decisionName', { body: decision.bodyName, date: decision.decidedOn });
  return decision.url ? <a href={decision.url}>{name}</a> : <>{name}</>;
}

function Entry(props: { t: Translate; entry: StoryEntry }) {
  const { t, entry } = props;
  switch (entry.kind) {
    case 'given': {
      const a = entry.assignment;
      return (
        <li class="story-given">
          <h3>{t('story.given')}</h3>
          <p class="story-date">{entry.date ? <time datetime={entry.date}>{formatDate(entry.date)}</time> : a.originYear ? t('story.budgetYear', { year: a.originYear }) : ''}</p>
          <p>
            {entry.decision ? <DecisionName t={t} decision={entry.decision} /> : originLabel(t, a)}
            {'. '}
            {a.assignedToAll ? t('story.givenToAll') : entry.to.length > 0 ? t('story.givenTo', { orgs: entry.to.join(', ') }) : ''}
          </p>
        </li>
      );
    }
    case 'account':
      return (
        <li class="story-account">
          <h3>
            {t('story.account', { report: entry.account.reportTitle })}
          </h3>
          <p class="story-date">{entry.date ? <time datetime={entry.date.toISOString()}>{formatDate(entry.date)}</time> : ''}</p>
          <p>
            {t(entry.account.proposed === 'done' ? 'story.account.done' : 'story.account.partial', {
              org: entry.account.organisationName,
              section: entry.account.section,
            })}{' '}
            <a href={`/rapporter/${entry.account.reportId}`}>{t('story.readReport')}</a>
          </p>
          {entry.account.html ? <blockquote class="account-text">{raw(entry.account.html)}</blockquote> : ''}
          <ChangeList t={t} changes={entry.changes} />
        </li>
      );
    case 'decision':
      return (
        <li class="story-decision">
          <h3>
            <DecisionName t={t} decision={entry.decision} />
          </h3>
          <p class="story-date">
            <time datetime={entry.date}>{formatDate(entry.date)}</time>
          </p>
          <p>
            <strong>{t(entry.decision.outcome === 'rejected' ? 'story.decision.rejected' : entry.decision.outcome === 'approved' ? 'story.decision.approved' : 'story.decision.other')}</strong>
            {entry.decision.text ? ` ${entry.decision.text}` : ''}
          </p>
          <ChangeList t={t} changes={entry.changes} />
        </li>
      );
    case 'change':
      return (
        <li class="story-change">
          <h3>
            <ChangeLine t={t} change={entry.change} />
          </h3>
          <p class="story-date">
            <time datetime={entry.change.at.toISOString()}>{formatDate(entry.change.at)}</time>
          </p>
          {entry.change.reason ? <p>{entry.change.reason}</p> : ''}
        </li>
      );
  }
}

assignmentPage.get('/uppdrag/:id{[0-9a-f-]{36}}', async (c) => {
  const frame = frameOf(c);
  const { t } = frame;
  const { db } = c.get('services');
  const id = c.req.param('id');
  const story = await loadStory(db, c.get('tenant').id, id);
  if (!story) throw notFound('Uppdraget');
  const { assignment } = story;
  const entries = buildStory(story);
  const results = outcomes(story);
  setLastModified(c, assignment.updatedAt, ...story.changes.map((x) => x.at));
  const feed = `/flode/uppdrag/${assignment.id}`;
  return c.html(
    htmlDocument(
      <Layout
        frame={frame}
        title={`${assignment.dnr} ${assignment.title}`}
        feeds={[{ href: feed, title: t('feed.assignment', { dnr: assignment.dnr }) }]}
        breadcrumbs={[{ href: '/uppdrag', label: t('assignments.title') }]}
      >
        <p class="kicker">
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

        <section aria-labelledby="outcome">
          <h2 id="outcome">{t('story.outcome')}</h2>
          {assignment.assignedToAll ? <p>{t('assignment.allCommittees')}</p> : ''}
          <div class="table-scroll" tabindex={0} role="region" aria-labelledby="outcome">
            <table>
              <caption class="visually-hidden">{t('story.outcome')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('assignments.filter.organisation')}</th>
                  <th scope="col">{t('assignments.col.status')}</th>
                  <th scope="col">{t('story.lastDecision')}</th>
                </tr>
              </thead>
              <tbody>
                {results.map((r) => (
                  <tr>
                    <th scope="row">{r.organisationName}</th>
                    <td>
                      <StatusBadge t={t} status={r.status} />
                    </td>
                    <td>{r.decision ? <DecisionName t={t} decision={r.decision} /> : <span class="muted">{t('story.noDecision')}</span>}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>

        <section aria-labelledby="story">
          <h2 id="story">{t('story.title')}</h2>
          <ol class="timeline">
            {entries.map((e) => (
              <Entry t={t} entry={e} />
            ))}
          </ol>
        </section>
        <Downloads t={t} json={`/data/uppdrag/${assignment.id}.json`} feed={feed} />
      </Layout>,
    ),
  );
});
