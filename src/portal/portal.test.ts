import { expect, it } from 'vitest';
import { createAssignment, transitionAssignment } from '../assignments/assignment.commands.ts';
import { insertGoal } from '../goals/goal.store.ts';
import { createOrganisation, createTenant, TestClient } from '../../test/factories.ts';
import { describeDb } from '../../test/harness.ts';
import { PAGE_SIZE } from './assignment-list.page.tsx';

describeDb('public portal pages', (ctx) => {
  async function world(extraAssignments = 0) {
    const tenant = await createTenant(ctx.db);
    const board = await createOrganisation(ctx.db, tenant, { kind: 'board', name: 'Kommunstyrelsen' });
    const culture = await createOrganisation(ctx.db, tenant, { name: 'Kulturnämnden' });
    const actor = { kind: 'system' as const, tenantId: tenant.id, label: 'test' };
    const ids = await ctx.db.transaction().execute(async (trx) => {
      const harassment = await createAssignment(trx, actor, tenant, {
        dnr: '1443/22',
        title: 'Säkerställa att ett kollektivavtal mot kränkningar och trakasserier tecknas under 2023',
        origin: 'council-budget',
        originYear: 2023,
        organisationIds: [board.id],
      });
      await transitionAssignment(trx, actor, tenant, {
        assignmentId: harassment.id,
        organisationId: board.id,
        to: 'proposed-done',
        reason: 'Delårsrapport augusti 2023, avsnitt 4.1.2.1',
        at: new Date('2023-08-28T08:00:00Z'),
      });
      const library = await createAssignment(trx, actor, tenant, {
        dnr: '0630/23',
        title: 'Möjliggöra praktikplatser på biblioteken',
        origin: 'council',
        originDecidedOn: '2023-06-08',
        organisationIds: [culture.id],
      });
      for (let i = 0; i < extraAssignments; i++) {
        await createAssignment(trx, actor, tenant, { dnr: `${String(i + 1).padStart(4, '0')}/24`, title: `Uppdrag nummer ${i + 1}`, origin: 'board', originDecidedOn: '2024-01-10', organisationIds: [culture.id] });
      }
      await insertGoal(trx, tenant.id, { budgetYear: 2023, number: 8, title: 'Arbetsmiljön för stadens anställda ska förbättras', responsibilities: [{ organisationId: board.id, role: 'lead' }] });
      return { harassment: harassment.id, library: library.id };
    });
    const client = new TestClient(ctx.app, tenant);
    const page = (path: string, headers: Record<string, string> = {}) => client.request('GET', path, undefined, { accept: 'text/html', ...headers });
    return { tenant, board, culture, client, page, ...ids, actor };
  }

  const rowsOf = (html: string) => [...html.matchAll(/<td class="nowrap">([^<]+)<\/td>/g)].map((m) => m[1]);

  it('filters the assignment list by status, organisation, origin, year and words in any inflection', async () => {
    const { page, board, culture } = await world();
    expect(rowsOf((await page('/uppdrag')).text)).toEqual(['1443/22', '0630/23']);
    expect(rowsOf((await page('/uppdrag?status=proposed-done')).text)).toEqual(['1443/22']);
    expect(rowsOf((await page(`/uppdrag?organisation=${culture.id}`)).text)).toEqual(['0630/23']);
    expect(rowsOf((await page(`/uppdrag?organisation=${board.id}&status=assigned`)).text)).toEqual([]);
    expect(rowsOf((await page('/uppdrag?ursprung=council')).text)).toEqual(['0630/23']);
    expect(rowsOf((await page('/uppdrag?ar=2023')).text)).toEqual(['1443/22', '0630/23']);
    expect(rowsOf((await page(`/uppdrag?q=${encodeURIComponent('kollektivavtalet trakasserierna')}`)).text)).toEqual(['1443/22']);
    expect(rowsOf((await page('/uppdrag?q=1443')).text)).toEqual(['1443/22']);
    // A hand-edited bad value is ignored, not an error.
    expect((await page('/uppdrag?status=bogus&ar=x')).status).toBe(200);
  });

  it('counts assignments per status for the chosen filter', async () => {
    const { page, culture } = await world();
    const all = (await page('/uppdrag')).text;
    expect(all).toMatch(/<span class="figure">1<\/span> Föreslås förklarat genomfört/);
    expect(all).toMatch(/<span class="figure">1<\/span> Tilldelat/);
    const culturesOwn = (await page(`/uppdrag?organisation=${culture.id}`)).text;
    expect(culturesOwn).not.toContain('Föreslås förklarat genomfört</a>');
  });

  it('pages the list with numbered links that keep the filter', async () => {
    const { page } = await world(PAGE_SIZE + 5);
    const first = await page('/uppdrag?ursprung=board');
    expect(rowsOf(first.text)).toHaveLength(PAGE_SIZE);
    const next = /<a href="([^"]+)" rel="next">/.exec(first.text)![1]!.replace(/&amp;/g, '&');
    expect(next).toBe('/uppdrag?ursprung=board&sida=2');
    const second = await page(next);
    expect(rowsOf(second.text)).toHaveLength(5);
    expect(second.text).toContain('rel="prev"');
    expect(second.text).not.toContain('rel="next"');
    expect(rowsOf(second.text)).not.toContain(rowsOf(first.text)[0]);
  });

  it("tells an assignment's story on its page", async () => {
    const { page, harassment } = await world();
    const res = await page(`/uppdrag/${harassment}`);
    expect(res.status).toBe(200);
    const text = res.text.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
    expect(text).toContain('Uppdraget gick till Kommunstyrelsen.');
    expect(text).toContain('Kommunstyrelsen: Tilldelat → Föreslås förklarat genomfört');
    expect(text).toContain('Delårsrapport augusti 2023, avsnitt 4.1.2.1');
    expect(res.text).toContain(`href="/flode/uppdrag/${harassment}"`);
    expect((await page('/uppdrag/00000000-0000-4000-8000-000000000000')).status).toBe(404);
  });

  it("shows an organisation's goals, assignments and feed", async () => {
    const { page, board } = await world();
    const res = await page(`/organisationer/${board.id}`);
    expect(res.status).toBe(200);
    expect(res.text).toContain('Kommunstyrelsen är huvudansvarig för målet');
    expect(res.text).toContain('1443/22');
    expect(res.text).not.toContain('0630/23');
    expect(res.text).toContain(`rel="alternate" type="application/atom+xml" href="/flode/organisationer/${board.id}"`);
  });

  it('answers a repeated request with 304 until the data changes', async () => {
    const { page, harassment, board, tenant, actor } = await world();
    const first = await page(`/uppdrag/${harassment}`);
    const etag = first.headers.get('etag')!;
    expect(etag).toMatch(/^W\/"[\w-]+"$/);
    expect(first.headers.get('last-modified')).toBeTruthy();
    expect(first.headers.get('cache-control')).toBe('public, no-cache');
    const again = await page(`/uppdrag/${harassment}`, { 'if-none-match': etag });
    expect(again.status).toBe(304);
    expect(again.text).toBe('');
    expect(again.headers.get('etag')).toBe(etag);
    const since = await page(`/uppdrag/${harassment}`, { 'if-modified-since': first.headers.get('last-modified')! });
    expect(since.status).toBe(304);

    await ctx.db.transaction().execute((trx) =>
      transitionAssignment(trx, actor, tenant, { assignmentId: harassment, organisationId: board.id, to: 'declared-done', reason: 'Beslut i kommunstyrelsen' }),
    );
    const changed = await page(`/uppdrag/${harassment}`, { 'if-none-match': etag });
    expect(changed.status).toBe(200);
    expect(changed.headers.get('etag')).not.toBe(etag);
  });

  it('puts ETags on every kind of public response: pages, search, feeds, open data, the JSON API, OParl', async () => {
    const { client, page, board } = await world();
    const responses = {
      start: await page('/'),
      goals: await page('/mal'),
      search: await page('/sok?q=avtal'),
      matters: await page('/arenden'),
      meetings: await page('/sammantraden'),
      noticeBoard: await page('/anslagstavla'),
      openData: await page('/oppna-data'),
      accessibility: await page('/tillganglighet'),
      feed: await client.get(`/flode/organisationer/${board.id}`),
      csv: await client.get('/data/uppdrag.csv'),
      api: await client.get('/api/v1/assignments'),
      oparl: await client.get('/oparl/v1'),
      css: await page('/assets/site.css'),
    };
    for (const [name, res] of Object.entries(responses)) {
      expect(res.status, name).toBe(200);
      expect(res.headers.get('etag'), name).toBeTruthy();
    }
    const csv = await client.request('GET', '/data/uppdrag.csv', undefined, { 'if-none-match': responses.csv.headers.get('etag')! });
    expect(csv.status).toBe(304);
    expect(responses.csv.headers.get('last-modified')).toBeTruthy();
  });

  it('serves the same pages in English on request', async () => {
    const { page, harassment } = await world();
    const res = await page(`/uppdrag/${harassment}?lang=en`);
    expect(res.text).toContain('<html lang="en">');
    expect(res.text).toContain('The story of the assignment');
    // The language link keeps the page and its query.
    expect(res.text).toContain(`href="/uppdrag/${harassment}?lang=sv"`);
  });
});
