import { Hono, type Context } from 'hono';
import { statusLabel } from '../assignments/assignment.labels.ts';
import type { AppEnv } from '../http/context.ts';
import { notFound } from '../http/errors.ts';
import { translator, type Translate } from '../i18n/messages.ts';
import { findOrganisation } from '../organisations/organisation.store.ts';
import { buildStory, type StoryEntry } from '../portal/assignment-story.ts';
import { loadStory } from '../portal/assignment-story.store.ts';
import { setLastModified } from '../portal/http-caching.ts';
import { listPublicDecisions } from '../portal/public-registry.store.ts';
import { listPublicReports } from '../portal/public-report.store.ts';
import { searchParamsFrom } from '../search/search.pages.tsx';
import { searchPublic } from '../search/search.store.ts';
import { feedUpdated, renderAtom, tagId, type AtomEntry, type AtomFeed } from './atom.ts';
import { listOrganisationEvents } from './feed.store.ts';

export const feedRoutes = new Hono<AppEnv>();

const FEED_SIZE = 50;

function respond(c: Context<AppEnv>, feed: AtomFeed) {
  setLastModified(c, feedUpdated(feed));
  c.header('Content-Type', 'application/atom+xml; charset=utf-8');
  return c.body(renderAtom(feed));
}

function changeTitle(t: Translate, org: string, from: Parameters<typeof statusLabel>[1] | null, to: Parameters<typeof statusLabel>[1]) {
  return from === null ? t('assignment.history.created', { org }) : t('assignment.history.changed', { org, from: statusLabel(t, from), to: statusLabel(t, to) });
}

/** One feed entry per event of the story, with ids that stay the same between fetches. */
function storyEntry(t: Translate, e: StoryEntry, base: string, tag: (s: string) => string): AtomEntry | undefined {
  switch (e.kind) {
    case 'given':
      return {
        id: tag('given'),
        title: `${t('story.given')}: ${e.assignment.dnr}`,
        updated: e.assignment.originDecidedOn ? new Date(`${e.assignment.originDecidedOn}T12:00:00Z`) : e.assignment.createdAt,
        link: base,
        content: e.assignment.title,
      };
    case 'account':
      return e.date
        ? {
            id: tag(`report/${e.account.reportId}/${e.account.organisationId}`),
            title: t('story.account', { report: e.account.reportTitle }),
            updated: e.date,
            link: base,
            content: t(e.account.proposed === 'done' ? 'story.account.done' : 'story.account.partial', { org: e.account.organisationName, section: e.account.section }),
          }
        : undefined;
    case 'decision':
      return {
        id: tag(`decision/${e.decision.decisionId}`),
        title: t('story.decisionName', { body: e.decision.bodyName, date: e.decision.decidedOn }),
        updated: e.changes[0]?.at ?? new Date(`${e.decision.decidedOn}T12:00:00Z`),
        link: e.decision.url ? new URL(e.decision.url, base).href : base,
        content: e.decision.text,
      };
    case 'change':
      return {
        id: tag(`change/${e.change.id}`),
        title: changeTitle(t, e.change.organisationName, e.change.from, e.change.to),
        updated: e.change.at,
        link: base,
        content: e.change.reason ?? undefined,
      };
  }
}

feedRoutes.get('/flode/uppdrag/:id{[0-9a-f-]{36}}', async (c) => {
  const t = translator(c.get('locale'));
  const tenant = c.get('tenant');
  const story = await loadStory(c.get('services').db, tenant.id, c.req.param('id'));
  if (!story) throw notFound('Uppdraget');
  const url = new URL(c.req.url);
  const page = `${url.origin}/uppdrag/${story.assignment.id}`;
  const tag = (s: string) => tagId(url.host, `${tenant.id}/uppdrag/${story.assignment.id}/${s}`);
  const entries = buildStory(story)
    .map((e) => storyEntry(t, e, page, tag))
    .filter((e): e is AtomEntry => e !== undefined)
    .sort((a, b) => b.updated.getTime() - a.updated.getTime());
  return respond(c, {
    id: tagId(url.host, `${tenant.id}/uppdrag/${story.assignment.id}`),
    title: `${t('feed.assignment', { dnr: story.assignment.dnr })} – ${tenant.name}`,
    subtitle: story.assignment.title,
    updated: story.assignment.updatedAt,
    self: `${url.origin}${url.pathname}`,
    alternate: page,
    author: tenant.name,
    lang: c.get('locale'),
    entries,
  });
});

feedRoutes.get('/flode/organisationer/:id{[0-9a-f-]{36}}', async (c) => {
  const t = translator(c.get('locale'));
  const tenant = c.get('tenant');
  const { db } = c.get('services');
  const organisation = await findOrganisation(db, tenant.id, c.req.param('id'));
  if (!organisation) throw notFound('Organisationen');
  const url = new URL(c.req.url);
  const [events, decisions, reports] = await Promise.all([
    listOrganisationEvents(db, tenant.id, organisation.id, FEED_SIZE),
    listPublicDecisions(db, tenant.id, { organisationId: organisation.id, limit: FEED_SIZE }),
    listPublicReports(db, tenant.id, { organisationId: organisation.id }),
  ]);
  const entries: AtomEntry[] = [
    ...events.map((e) => ({
      id: tagId(url.host, `${tenant.id}/uppdrag/${e.assignmentId}/change/${e.id}`),
      title: `${e.dnr}: ${changeTitle(t, organisation.name, e.from, e.to)}`,
      updated: e.at,
      link: `${url.origin}/uppdrag/${e.assignmentId}`,
      summary: e.title,
      content: e.reason ?? undefined,
    })),
    ...decisions.map((d) => ({
      id: tagId(url.host, `${tenant.id}/beslut/${d.id}`),
      title: `${t('story.decisionNamePara', { body: d.bodyName, date: d.decidedOn, paragraph: d.paragraph })}: ${d.title}`,
      updated: d.updatedAt,
      link: `${url.origin}/beslut/${d.id}`,
      content: d.text,
    })),
    ...reports.flatMap((r) =>
      r.adoptedAt
        ? [{ id: tagId(url.host, `${tenant.id}/rapporter/${r.id}`), title: r.title, updated: r.adoptedAt, link: `${url.origin}/rapporter/${r.id}`, summary: r.cycleName }]
        : [],
    ),
  ];
  entries.sort((a, b) => b.updated.getTime() - a.updated.getTime());
  return respond(c, {
    id: tagId(url.host, `${tenant.id}/organisationer/${organisation.id}`),
    title: `${organisation.name} – ${tenant.name}`,
    updated: new Date(0),
    self: `${url.origin}${url.pathname}`,
    alternate: `${url.origin}/organisationer/${organisation.id}`,
    author: tenant.name,
    lang: c.get('locale'),
    entries: entries.slice(0, FEED_SIZE),
  });
});

/**
 * A saved search as a feed: its newest matches first, so a reader shows what is new. Rows
 * without a modification time (goals, audits) count as written on 1 January of their year.
 */
feedRoutes.get('/flode/sok', async (c) => {
  const t = translator(c.get('locale'));
  const tenant = c.get('tenant');
  const { text, filter } = searchParamsFrom(c.req.query());
  const url = new URL(c.req.url);
  url.searchParams.delete('lang');
  const result = await searchPublic(c.get('services').db, tenant.id, text, filter, { limit: FEED_SIZE, offset: 0, order: 'recent' });
  const entries = result.hits
    .map((h) => ({
      id: tagId(url.host, `${tenant.id}/${h.kind}/${h.id}`),
      title: h.reference && h.kind === 'assignment' ? `${h.reference} ${h.title}` : h.title,
      updated: h.updatedAt ?? new Date(Date.UTC(h.year ?? 2000, 0, 1)),
      link: new URL(h.url, url.origin).href,
      summary: h.excerpt.join(''),
    }));
  const query = url.search;
  return respond(c, {
    id: tagId(url.host, `${tenant.id}/sok${query}`),
    title: `${t('feed.search', { q: text })} – ${tenant.name}`,
    updated: new Date(0),
    self: `${url.origin}${url.pathname}${query}`,
    alternate: `${url.origin}/sok${query}`,
    author: tenant.name,
    lang: c.get('locale'),
    entries,
  });
});
