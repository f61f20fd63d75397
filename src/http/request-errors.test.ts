import { beforeAll, expect, it } from 'vitest';
import { createOrganisation, createTenant, signedInClient, TestClient } from '../../test/factories.ts';
import { describeDb } from '../../test/harness.ts';
import type { Tenant } from '../tenants/tenant.ts';

describeDb('requests the API cannot read', (ctx) => {
  let tenant: Tenant;
  let controller: TestClient;

  beforeAll(async () => {
    tenant = await createTenant(ctx.db);
    controller = await signedInClient(ctx.app, ctx.db, tenant, 'controller');
  });

  it('answers a body that is not JSON with invalid_input, not a server error', async () => {
    const res = await controller.request('POST', '/api/v1/assignments', undefined, { 'content-type': 'application/json' });
    const broken = await ctx.app.request(`http://${tenant.hostnames[0]}/api/v1/assignments`, {
      method: 'POST',
      headers: { ...(await headersOf(controller)), 'content-type': 'application/json' },
      body: '{"dnr": "1446/22", "title": ',
    });
    expect(res.status).toBe(400);
    expect(broken.status).toBe(400);
    expect(await broken.json()).toEqual({ error: { code: 'invalid_input', message: expect.stringContaining('JSON') } });
  });

  it('answers another content type with unsupported_media_type', async () => {
    const res = await ctx.app.request(`http://${tenant.hostnames[0]}/api/v1/assignments`, {
      method: 'POST',
      headers: { ...(await headersOf(controller)), 'content-type': 'text/plain' },
      body: 'dnr=1446/22',
    });
    expect([400, 415]).toContain(res.status);
    expect(((await res.json()) as { error: { code: string } }).error.code).toMatch(/unsupported_media_type|invalid_input/);
  });

  it('explains schema violations in Swedish', async () => {
    const res = await controller.get('/api/v1/assignments?limit=0');
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(/limit/);
    expect(res.body.error.message).not.toMatch(/Too small|expected/);
  });

  it('leaves nothing behind when a write fails after its first insert', async () => {
    // The goal row goes in first; the responsibility pointing at an organisation that does not
    // exist then breaks a foreign key, and the whole request must roll back.
    const count = async (table: 'goals' | 'audit_log') =>
      Number((await ctx.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).where('tenant_id', '=', tenant.id).executeTakeFirstOrThrow()).n);
    const organisation = await createOrganisation(ctx.db, tenant);
    const [goalsBefore, auditBefore] = [await count('goals'), await count('audit_log')];
    const res = await controller.post('/api/v1/goals', {
      budgetYear: 2023,
      number: 5,
      title: 'Göteborg ska vara en säker och trygg stad.',
      responsibilities: [
        { organisationId: organisation.id, role: 'lead' },
        { organisationId: '00000000-0000-4000-8000-000000000000', role: 'responsible' },
      ],
    });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('invalid_input');
    expect([await count('goals'), await count('audit_log')]).toEqual([goalsBefore, auditBefore]);
  });
});

/** The signed-in client's cookie and CSRF token, for hand-made requests. */
async function headersOf(client: TestClient): Promise<Record<string, string>> {
  const probe = await client.get('/api/v1/session');
  return { host: client.tenant.hostnames[0]!, cookie: (client as unknown as { cookie: string }).cookie, 'x-csrf-token': probe.body.csrfToken };
}
