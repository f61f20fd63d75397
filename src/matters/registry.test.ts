import { expect, it } from 'vitest';
import { describeDb } from '../../test/harness.ts';
import { createOrganisation, createTenant, signedInClient, TestClient } from '../../test/factories.ts';
import type { Actor } from '../auth/roles.ts';
import { registerMatter } from './matter.commands.ts';

describeDb('the registry', (ctx) => {
  it('gives two registrations made at the same time different numbers', async () => {
    const tenant = await createTenant(ctx.db, { dnrFormats: ['KS-{yyyy}-{seq:4}'] });
    const board = await createOrganisation(ctx.db, tenant, { kind: 'board' });
    const actor: Actor = { kind: 'system', tenantId: tenant.id, label: 'test' };
    const register = (subject: string) =>
      ctx.db.transaction().execute(async (trx) => {
        const matter = await registerMatter(trx, actor, tenant, { registeredOn: '2024-03-01', subject, organisationId: board.id });
        // Hold the transaction open a moment, so the other one really runs alongside it.
        await new Promise((resolve) => setTimeout(resolve, 50));
        return matter.dnr;
      });
    const numbers = await Promise.all(Array.from({ length: 6 }, (_, i) => register(`Ärende ${i}`)));
    expect(new Set(numbers).size).toBe(6);
    expect([...numbers].sort()).toEqual(['KS-2024-0001', 'KS-2024-0002', 'KS-2024-0003', 'KS-2024-0004', 'KS-2024-0005', 'KS-2024-0006']);
    // A number kept from elsewhere moves the series past it; a new year starts again at 1.
    await ctx.db.transaction().execute((trx) => registerMatter(trx, actor, tenant, { dnr: 'KS-2024-0040', registeredOn: '2024-03-02', subject: 'Äldre', organisationId: board.id }));
    const next = await ctx.db.transaction().execute((trx) => registerMatter(trx, actor, tenant, { registeredOn: '2024-03-03', subject: 'Nästa', organisationId: board.id }));
    expect(next.dnr).toBe('KS-2024-0041');
    const newYear = await ctx.db.transaction().execute((trx) => registerMatter(trx, actor, tenant, { registeredOn: '2025-01-02', subject: 'Nytt år', organisationId: board.id }));
    expect(newYear.dnr).toBe('KS-2025-0001');
  });

  it('never shows, serves or lists a secret document publicly', async () => {
    const tenant = await createTenant(ctx.db);
    const board = await createOrganisation(ctx.db, tenant, { kind: 'board', name: 'Kommunstyrelsen' });
    const secretary = await signedInClient(ctx.app, ctx.db, tenant, 'secretary', { organisationId: board.id });
    const matter = await secretary.post('/api/v1/matters', { registeredOn: '2024-03-01', subject: 'Personalärende', organisationId: board.id, sender: 'Stadsledningskontoret' });
    expect(matter.status).toBe(201);
    const open = await secretary.post(`/api/v1/matters/${matter.body.id}/documents`, { kind: 'attachment', title: 'Öppen bilaga', registeredOn: '2024-03-01', text: 'Allmän text.' });
    const missingGround = await secretary.post(`/api/v1/matters/${matter.body.id}/documents`, { kind: 'attachment', title: 'Utan grund', registeredOn: '2024-03-01', secret: true });
    expect(missingGround.status).toBe(400);
    const secret = await secretary.post(`/api/v1/matters/${matter.body.id}/documents`, {
      kind: 'attachment',
      title: 'Läkarintyg hemligt',
      registeredOn: '2024-03-01',
      secret: true,
      secrecyGround: 'OSL 39 kap. 3 §',
      text: 'Hemlig diagnos.',
    });
    expect(secret.status).toBe(201);

    const clients = { anonymous: new TestClient(ctx.app, tenant), reader: await signedInClient(ctx.app, ctx.db, tenant, 'reader') };
    for (const client of Object.values(clients)) {
      const view = await client.get(`/api/v1/matters/${matter.body.id}`);
      expect(view.body.documents.map((d: { title: string }) => d.title)).toEqual(['Öppen bilaga']);
      expect(view.text).not.toContain('Hemlig');
      expect((await client.get(`/api/v1/documents/${secret.body.id}`)).status).toBe(404);
      expect((await client.get(`/api/v1/documents/${secret.body.id}/content`)).status).toBe(404);
      expect((await client.get(`/api/v1/documents/${open.body.id}/content`)).text).toBe('Allmän text.');
      const files = await client.get('/oparl/v1/body/files');
      expect(files.body.data).toHaveLength(1);
      expect(files.text).not.toContain('Hemlig');
      expect((await client.get(`/oparl/v1/file/${secret.body.id}`)).status).toBe(404);
      const paper = await client.get(`/oparl/v1/paper/${matter.body.id}`);
      expect(paper.text).not.toContain('Läkarintyg');
      const page = await client.request('GET', `/arenden/${matter.body.id}`, undefined, { accept: 'text/html' });
      expect(page.status).toBe(200);
      expect(page.text).toContain('Öppen bilaga');
      expect(page.text).not.toContain('Läkarintyg');
    }
    // The body's secretary sees it, marked with its legal ground.
    const own = await secretary.get(`/api/v1/matters/${matter.body.id}`);
    expect(own.body.documents.find((d: { secret: boolean }) => d.secret)).toMatchObject({ title: 'Läkarintyg hemligt', secrecyGround: 'OSL 39 kap. 3 §' });
  });
});
