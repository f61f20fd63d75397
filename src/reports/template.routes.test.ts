import { expect, it } from 'vitest';
import { describeDb } from '../../test/harness.ts';
import { createOrganisation, createTenant, signedInClient } from '../../test/factories.ts';
import { insertCycle } from '../cycles/cycle.store.ts';
import { GOTEBORG_INTERIM_TEMPLATE } from './goteborg-interim.template.ts';
import type { ReportDocument } from './report-document.ts';

describeDb('report templates', (ctx) => {
  it('versions a template per tenant; a report keeps the version it was made from', async () => {
    const tenant = await createTenant(ctx.db);
    const [first, second] = await Promise.all([createOrganisation(ctx.db, tenant), createOrganisation(ctx.db, tenant)]);
    const cycle = await insertCycle(ctx.db, tenant.id, { kind: 'interim', name: 'Delår 2024', year: 2024, periodStart: '2024-01-01', periodEnd: '2024-08-31', committeeDeadline: null });
    const controller = await signedInClient(ctx.app, ctx.db, tenant, 'controller');
    const before = (await controller.post('/api/v1/reports', { organisationId: first!.id, cycleId: cycle.id })).body;

    const definition = { sections: [{ key: 'preface', kind: 'prose', title: 'Förord' }, ...GOTEBORG_INTERIM_TEMPLATE.sections] };
    const saved = await controller.post('/api/v1/report-templates', { key: 'interim-report', name: 'Delårsrapport 2024', definition });
    expect(saved.status).toBe(201);
    expect(saved.body).toMatchObject({ key: 'interim-report', version: 2 });
    expect(saved.body.outline.slice(0, 3)).toEqual([
      { key: 'preface', number: '1', title: 'Förord', kind: 'prose' },
      { key: 'summary', number: '2', title: 'Sammanfattning', kind: 'prose' },
      { key: 'steering', number: '3', title: 'Väsentlig styrinformation till kommunledningen', kind: 'prose' },
    ]);
    expect((await controller.get('/api/v1/report-templates')).body.data.map((t: { version: number }) => t.version)).toEqual([2, 1]);

    const after = (await controller.post('/api/v1/reports', { organisationId: second!.id, cycleId: cycle.id })).body;
    const titles = async (id: string) => ((await controller.get(`/api/v1/reports/${id}`)).body as ReportDocument).sections.map((s) => `${s.number} ${s.title}`);
    expect((await titles(before.id))[0]).toBe('1 Sammanfattning');
    expect((await titles(after.id))[0]).toBe('1 Förord');
  });

  it('refuses a definition that is malformed or unsound, and anyone but controllers and administrators', async () => {
    const tenant = await createTenant(ctx.db);
    const organisation = await createOrganisation(ctx.db, tenant);
    const controller = await signedInClient(ctx.app, ctx.db, tenant, 'controller');
    const reporter = await signedInClient(ctx.app, ctx.db, tenant, 'reporter', { organisationId: organisation.id });
    const duplicate = { sections: [{ key: 'a', kind: 'prose', title: 'A' }, { key: 'a', kind: 'prose', title: 'B' }] };
    const refused = await controller.post('/api/v1/report-templates', { key: 'x', name: 'Mall X', definition: duplicate });
    expect(refused.status).toBe(400);
    expect(refused.body.error.message).toContain('"a" finns mer än en gång');
    expect((await controller.post('/api/v1/report-templates', { key: 'x', name: 'Mall X', definition: { sections: [{ key: 'a', kind: 'poem', title: 'A' }] } })).status).toBe(400);
    expect((await reporter.post('/api/v1/report-templates', { key: 'x', name: 'Mall X', definition: { sections: [{ key: 'a', kind: 'prose', title: 'A' }] } })).status).toBe(403);
    expect((await controller.get('/api/v1/report-templates')).body.data).toEqual([]);
  });
});
