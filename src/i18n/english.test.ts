/**
 * English is the public site's second language: every text a public page can show must exist
 * in English, since a gap silently falls back to Swedish in the middle of an English page.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoIds, startDemoServer, type DemoServer } from '../../test/browser/demo-server.ts';
import { publicPageTypes } from '../portal/public-page-types.ts';
import { en } from './messages.en.ts';
import { listenForMissingEnglish, t, type MessageKey } from './messages.ts';
import { sv } from './messages.sv.ts';

/**
 * Every key of the catalogue, the staff workspace, its change log and the survey forms
 * included: a staff member who chose English should not meet Swedish either.
 */
const allKeys = Object.keys(sv) as MessageKey[];

/**
 * Keys whose English text is the Swedish one, each for a reason: names, abbreviations of
 * Swedish bodies, standards and file formats read the same in both languages.
 */
const SAME_IN_BOTH: Record<string, string> = {
  'app.name': 'the product name',
  'start.title': 'product and municipality names only',
  'assignment.history.changed': 'names and statuses filled in; the arrow is the text',
  'origin.short.council': 'KF, the abbreviation of kommunfullmäktige, used as a name',
  'origin.short.board': 'KS, the abbreviation of kommunstyrelsen, used as a name',
  'role.controller': 'the same word in both languages',
  'assignments.filter.status': 'the same word in both languages',
  'assignments.col.status': 'the same word in both languages',
  'reports.status': 'the same word in both languages',
  'reports.version': 'the same word in both languages',
  'reports.download.json': 'the same word in both languages and a file format',
  'story.budgetYear': 'the same word in both languages',
  'assignments.filter.organisation': 'the same word in both languages',
  'search.facet.organisation': 'the same word in both languages',
  'searchKind.organisation': 'the same word in both languages',
  'data.rapporter.organisation': 'the same word in both languages',
  'count.organisation.one': 'the same word in both languages',
  'feed.organisation': 'the organisation name only',
  'reportFormat.pdf': 'a file format',
  'reportFormat.docx': 'a file format',
  'reports.download.pdf': 'a file format',
  'reports.download.docx': 'a file format',
  'openData.json.heading': 'a file format',
  'openData.api.heading': 'an abbreviation',
  'openData.oparl.heading': 'the name of a standard',
  'dataType.text': 'the same word in both languages',
  'dataType.uuid': 'an abbreviation',
  'decision.title': 'a paragraph number and a title only',
  'goal.assessmentBy': 'an organisation and a period only',
  'survey.col.status': 'the same word in both languages',
  'survey.col.organisation': 'the same word in both languages',
  'survey.facts.period': 'the same word in both languages',
  'survey.table.caption': 'a title and a period only',
  'survey.answer.title': 'an organisation and a survey title only',
  'survey.kind.text': 'the same word in both languages',
  'ws.nav.admin': 'the same word in both languages',
  'ws.admin.title': 'the same word in both languages',
  'ws.admin.user.status': 'the same word in both languages',
  'ws.admin.sso.scopes': 'the OpenID Connect term, used untranslated in Swedish too',
  'ws.audit.filter.user': 'the same word in both languages',
  'ws.reports.col.organisation': 'the same word in both languages',
  'ws.reports.col.status': 'the same word in both languages',
  'ws.section.text': 'the same word in both languages',
  'ws.section.budget': 'the same word in both languages',
  'ws.cycles.col.period': 'the same word in both languages',
  'ws.board.col.organisation': 'the same word in both languages',
  'ws.board.col.status': 'the same word in both languages',
  'ws.matter.pointText': 'the same word in both languages',
  'ws.meeting.decision': 'a paragraph number and a text only',
  'ws.members.col.period': 'the same word in both languages',
  'ws.members.person': 'the same word in both languages',
  'audit.entity.organisation': 'the same word in both languages',
  'audit.entity.person': 'the same word in both languages',
};

describe('the English catalogue', () => {
  it('has an English text for every key', () => {
    const missing = allKeys.filter((key) => en[key] === undefined);
    expect(missing).toEqual([]);
  });

  it('translates them: an English text equal to the Swedish one is a forgotten copy unless listed', () => {
    const copied = allKeys.filter((key) => en[key] === sv[key] && !(key in SAME_IN_BOTH));
    expect(copied).toEqual([]);
    const listedNeedlessly = Object.keys(SAME_IN_BOTH).filter((key) => en[key as MessageKey] !== sv[key as MessageKey]);
    expect(listedNeedlessly).toEqual([]);
  });

  it('keeps the placeholders of the Swedish text', () => {
    const names = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    const differing = (Object.keys(en) as MessageKey[]).filter((key) => JSON.stringify(names(en[key]!)) !== JSON.stringify(names(sv[key])));
    expect(differing).toEqual([]);
  });

  it('has the plural form of every singular', () => {
    const singulars = Object.keys(sv).filter((key) => key.endsWith('.one'));
    const incomplete = singulars.filter((key) => !(key.replace(/one$/, 'other') in sv));
    expect(incomplete).toEqual([]);
  });
});

describe('public pages in English', () => {
  let server: DemoServer;
  let paths: string[];

  beforeAll(async () => {
    server = await startDemoServer();
    const ids = await demoIds(server.db, server.tenantId);
    const pages = await publicPageTypes(server.db, server.tenantId, ids);
    paths = [
      ...pages.map((p) => p.path),
      `/flode/uppdrag/${ids.harassmentAssignment}`,
      `/flode/organisationer/${ids.board}`,
      '/flode/sok?q=kollektivavtalet',
      '/sok?q=kommunstyrelsen',
      `/uppdrag?organisation=${ids.board}`,
    ];
  }, 180_000);

  afterAll(async () => {
    await server?.close();
  });

  it('render every page type without a Swedish text from the catalogue', async () => {
    const gaps = new Map<string, Set<string>>();
    const stop = listenForMissingEnglish((key) => {
      const seen = gaps.get(key) ?? new Set<string>();
      seen.add(current);
      gaps.set(key, seen);
    });
    let current = '';
    try {
      for (const path of paths) {
        current = path.replace(/\?.*$/, '');
        const url = new URL(path, 'http://localhost');
        url.searchParams.set('lang', 'en');
        const res = await server.app.request(url.pathname + url.search, { headers: { accept: 'text/html' } });
        expect(res.status, path).toBeLessThan(path === '/finns-inte' ? 500 : 300);
        const body = await res.text();
        if (res.headers.get('content-type')?.includes('html')) expect(body, path).toContain('<html lang="en"');
      }
    } finally {
      stop();
    }
    expect(Object.fromEntries([...gaps].map(([key, seen]) => [key, [...seen]]))).toEqual({});
  });

  it('say so in English on the error page too', async () => {
    const res = await server.app.request('/beslut/00000000-0000-4000-8000-000000000000?lang=en', { headers: { accept: 'text/html' } });
    expect(res.status).toBe(404);
    const body = await res.text();
    expect(body).toContain(t('en', 'error.notFound'));
    expect(body).toContain(t('en', 'error.explain.not_found'));
    expect(body).not.toContain('finns inte');
  });
});
