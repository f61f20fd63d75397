/**
 * What the public sees and never sees, on the demo municipality: its secret paper (registered
 * through the decisions module) and a draft report are absent from pages, search (hits, counts,
 * facets), feeds and open data; the adopted report and the board's decision are there, and the
 * journalist's question about dnr 1443/22 is answered on one page.
 */
import { beforeAll, expect, it } from 'vitest';
import { createReport, saveReportSection } from '../reports/report.commands.ts';
import { seedDemo } from '../demo/seed-demo.ts';
import { findTenant } from '../tenants/tenant.store.ts';
import type { Tenant } from '../tenants/tenant.ts';
import { TestClient } from '../../test/factories.ts';
import { describeDb } from '../../test/harness.ts';
import { searchPublic } from '../search/search.store.ts';

describeDb('publicity of the demo municipality', (ctx) => {
  let tenant: Tenant;
  let client: TestClient;
  let secret: { id: string; title: string; matterId: string };
  let draftId: string;
  let adoptedId: string;
  const DRAFT_WORD = 'zebrafinkarna';

  const page = (path: string) => client.request('GET', path, undefined, { accept: 'text/html' });

  beforeAll(async () => {
    const { tenantId } = await seedDemo(ctx.db);
    tenant = (await findTenant(ctx.db, tenantId))!;
    client = new TestClient(ctx.app, tenant);
    secret = await ctx.db.selectFrom('matter_documents').select(['id', 'title', 'matter_id as matterId']).where('tenant_id', '=', tenantId).where('secret', '=', true).executeTakeFirstOrThrow();
    adoptedId = (await ctx.db.selectFrom('reports').select('id').where('tenant_id', '=', tenantId).where('status', '=', 'adopted').executeTakeFirstOrThrow()).id;
    const culture = await ctx.db.selectFrom('organisations').select('id').where('tenant_id', '=', tenantId).where('name', '=', 'Kulturnämnden').executeTakeFirstOrThrow();
    const cycle = await ctx.db.selectFrom('reporting_cycles').select('id').where('tenant_id', '=', tenantId).executeTakeFirstOrThrow();
    const actor = { kind: 'system' as const, tenantId, label: 'test' };
    draftId = await ctx.db.transaction().execute(async (trx) => {
      const draft = await createReport(trx, actor, tenant, { organisationId: culture.id, cycleId: cycle.id });
      await saveReportSection(trx, actor, tenant, { reportId: draft.id, key: 'summary', version: 0, content: { text: `<p>Utkast om ${DRAFT_WORD} i stadsparken.</p>` } });
      return draft.id;
    });
  }, 120_000);

  it('keeps the secret paper out of search: no hit, no count, no facet', async () => {
    for (const q of ['promemoria', 'arbetstagares anpassningar', 'sekretessbelagt innehåll']) {
      const result = await searchPublic(ctx.db, tenant.id, q);
      expect(result.total, q).toBe(0);
      expect(result.facets, q).toEqual({ kind: [], organisation: [], year: [] });
    }
    const matterWide = await searchPublic(ctx.db, tenant.id, 'delårsrapport', { kind: 'document' });
    expect(matterWide.hits.map((h) => h.id)).not.toContain(secret.id);
    const html = (await page(`/sok?q=${encodeURIComponent('promemoria')}`)).text;
    expect(html).not.toContain(secret.title);
    expect((await client.get(`/flode/sok?q=${encodeURIComponent('promemoria')}`)).text).not.toContain('<entry>');
  });

  it('keeps the secret paper out of pages and open data, and out of document counts', async () => {
    expect((await page(`/arenden/${secret.matterId}`)).text).not.toContain(secret.title);
    for (const path of ['/data/handlingar.csv', '/data/handlingar.json', '/data/arenden.json', '/arenden', '/sok?q=delårsrapport&typ=document']) {
      const res = await page(path);
      expect(res.status, path).toBe(200);
      expect(res.text, path).not.toContain(secret.title);
      expect(res.text, path).not.toContain(secret.id);
    }
    const documents = (await client.get('/data/handlingar.json')).body;
    const visible = documents.data.filter((d: { matterId: string }) => d.matterId === secret.matterId).length;
    const matter = (await client.get('/data/arenden.json')).body.data.find((m: { id: string }) => m.id === secret.matterId);
    expect(matter.documents).toBe(visible);
    const all = await ctx.db.selectFrom('matter_documents').select('id').where('tenant_id', '=', tenant.id).where('matter_id', '=', secret.matterId).execute();
    expect(visible).toBe(all.length - 1);
  });

  it('keeps a draft report out of search, lists and data, while the adopted one is there', async () => {
    expect((await searchPublic(ctx.db, tenant.id, DRAFT_WORD)).total).toBe(0);
    expect((await page('/rapporter')).text).not.toContain(draftId);
    expect(JSON.stringify((await client.get('/data/rapporter.json')).body.data.map((r: { id: string }) => r.id))).toBe(JSON.stringify([adoptedId]));
    expect((await client.get(`/data/rapporter/${draftId}/tabeller.csv`)).status).toBe(404);
    // The dataset links the report's files where its list page does.
    const [row] = (await client.get('/data/rapporter.json')).body.data;
    const origin = new URL(row.url).origin;
    expect([row.pdf, row.docx, row.tablesCsv]).toEqual([
      `${origin}/api/v1/reports/${adoptedId}/export?format=pdf`,
      `${origin}/api/v1/reports/${adoptedId}/export?format=docx`,
      `${origin}/data/rapporter/${adoptedId}/tabeller.csv`,
    ]);
    // The adopted report's prose is searchable, in any inflection.
    const adopted = await searchPublic(ctx.db, tenant.id, 'nödvattenförsörjningen', { kind: 'report' });
    expect(adopted.hits.map((h) => h.url)).toContain(`/rapporter/${adoptedId}`);
    const tables = await client.get(`/data/rapporter/${adoptedId}/tabeller.json`);
    expect(tables.status).toBe(200);
    expect(tables.body.data.some((c: { printed: string; value: number | null }) => c.printed === '−343,2' && c.value === -343.2)).toBe(true);
  });

  it('answers the journalist: what happened to the assignment on a collective agreement against harassment', async () => {
    // Two assignments match: 1443/22 and the one the board's decision gave to keep it informed.
    const hits = (await searchPublic(ctx.db, tenant.id, 'kollektivavtalet mot trakasserier', { kind: 'assignment' })).hits;
    expect(hits.length).toBeLessThanOrEqual(3);
    const hit = hits.find((h) => h.reference === '1443/22');
    expect(hit).toBeDefined();
    const story = (await page(hit!.url)).text.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
    // Given by the council's budget, accounted for in the adopted report, not approved by the board, still in progress.
    expect(story).toContain('Kommunfullmäktiges budget 2023');
    expect(story).toContain('Redovisning i Delårsrapport augusti 2023 för kommunstyrelsen');
    expect(story).toContain('förhandlingar slutförts utan att kollektivavtal har kunnat tecknas');
    expect(story).toMatch(/Beslut i Kommunstyrelsen 2023-10-18, § \d+/);
    expect(story).toContain('Redovisningen godkändes inte; uppdraget fortsätter.');
    expect(story).toContain('Kommunstyrelsen: Föreslås förklarat genomfört → Pågående');
  });
});
