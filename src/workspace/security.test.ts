/** The workspace's security promises, checked from the outside. */
import { expect, it } from 'vitest';
import { FormClient } from '../../test/e2e/form-client.ts';
import { createOrganisation, createTenant, createUser, PASSWORD, signedInClient, TestClient } from '../../test/factories.ts';
import { describeDb } from '../../test/harness.ts';
import { readConfig } from '../config.ts';
import { createApp } from '../http/app.ts';
import { TenantResolver } from '../tenants/tenant-resolver.ts';
import { countChanges } from '../audit-log/audit-log.search.ts';
import { STAFF_ROUTES } from './staff-routes.ts';

const ANY_ID = '00000000-0000-4000-8000-00000000abcd';

describeDb('Workspace security', (ctx) => {
  const behindProxy = () =>
    createApp({ db: ctx.db, config: readConfig({ PORT: '3000', UPPSIKT_TRUST_PROXY: '1' }), tenants: new TenantResolver(ctx.db, undefined, 0), log: () => {} });

  it('requires the CSRF token on every workspace form post, and on API changes made with the cookie', async () => {
    const tenant = await createTenant(ctx.db);
    const admin = await createUser(ctx.db, tenant, 'administrator');
    const browser = await new FormClient(ctx.app, tenant).signIn(admin.email, PASSWORD);
    const before = await countChanges(ctx.db, tenant.id);
    const posts = STAFF_ROUTES.filter((r) => r.method === 'post');
    expect(posts.length).toBeGreaterThan(10);
    for (const route of posts) {
      const path = route.path.replace(/:[A-Za-z]+/g, ANY_ID);
      const missing = await browser.post(path, { _csrf: '' });
      expect(missing.status, `${path} without token`).toBe(403);
      const wrong = await browser.post(path, { _csrf: 'fel-token' });
      expect(wrong.status, `${path} with a wrong token`).toBe(403);
    }
    // The same cookie on the JSON API without X-CSRF-Token.
    const api = await browser.request('POST', '/api/v1/organisations', new URLSearchParams({ kind: 'committee', name: 'Ny nämnd' }));
    expect(api.status).toBe(403);
    expect(await countChanges(ctx.db, tenant.id)).toBe(before);
  });

  it('sets the session cookie HttpOnly and SameSite=Lax, and Secure only behind TLS', async () => {
    const tenant = await createTenant(ctx.db);
    const user = await createUser(ctx.db, tenant, 'reader');
    const plain = new FormClient(ctx.app, tenant);
    await plain.get('/arbete/logga-in');
    const res = await plain.post('/arbete/logga-in', { email: user.email, password: PASSWORD });
    const cookie = res.headers.getSetCookie().find((c) => c.startsWith('uppsikt_session='))!;
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).not.toMatch(/Secure/i);

    // A proxy's word is not taken unless UPPSIKT_TRUST_PROXY=1.
    const spoofed = new FormClient(ctx.app, tenant, { 'x-forwarded-proto': 'https' });
    await spoofed.get('/arbete/logga-in');
    const spoofedRes = await spoofed.post('/arbete/logga-in', { email: user.email, password: PASSWORD });
    expect(spoofedRes.headers.getSetCookie().find((c) => c.startsWith('uppsikt_session='))).not.toMatch(/Secure/i);
    expect(spoofedRes.headers.get('strict-transport-security')).toBeNull();

    const tls = new FormClient(behindProxy(), tenant, { 'x-forwarded-proto': 'https' });
    const form = await tls.get('/arbete/logga-in');
    expect(form.headers.getSetCookie().find((c) => c.startsWith('uppsikt_presession='))).toMatch(/Secure/i);
    const tlsRes = await tls.post('/arbete/logga-in', { email: user.email, password: PASSWORD });
    const secure = tlsRes.headers.getSetCookie().find((c) => c.startsWith('uppsikt_session='))!;
    expect(secure).toMatch(/Secure/i);
    expect(secure).toMatch(/HttpOnly/i);
    expect(tlsRes.headers.get('strict-transport-security')).toMatch(/max-age=\d+/);
  });

  it('sends a CSP without inline scripts and no HSTS on plain HTTP', async () => {
    const tenant = await createTenant(ctx.db);
    const page = await new FormClient(ctx.app, tenant).get('/arbete/logga-in');
    const csp = page.headers.get('content-security-policy')!;
    const scriptSrc = /script-src ([^;]+)/.exec(csp)?.[1] ?? /default-src ([^;]+)/.exec(csp)![1]!;
    expect(scriptSrc).not.toContain("'unsafe-inline'");
    expect(scriptSrc).not.toContain("'unsafe-eval'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(page.headers.get('strict-transport-security')).toBeNull();
    // Our own pages carry no inline script for the CSP to block.
    expect(page.text).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>/);
  });

  it('limits failed sign-ins per client address across accounts', async () => {
    const tenant = await createTenant(ctx.db);
    const app = behindProxy();
    const statuses: number[] = [];
    for (let i = 0; i < 21; i++) {
      const res = await new TestClient(app, tenant).request('POST', '/api/v1/session', { email: `gissning-${i}@example.se`, password: 'fel' }, { 'x-forwarded-for': '203.0.113.7' });
      statuses.push(res.status);
    }
    expect(statuses.slice(0, 20).every((s) => s === 401)).toBe(true);
    expect(statuses[20]).toBe(429);
    // Another address is not affected.
    const user = await createUser(ctx.db, tenant, 'reader');
    const other = await new TestClient(app, tenant).request('POST', '/api/v1/session', { email: user.email, password: PASSWORD }, { 'x-forwarded-for': '198.51.100.2' });
    expect(other.status).toBe(200);
  });

  it('stores rich text with <script> and onerror harmless', async () => {
    const tenant = await createTenant(ctx.db);
    const organisation = await createOrganisation(ctx.db, tenant, { kind: 'committee', name: 'Kulturnämnden' });
    const controller = await signedInClient(ctx.app, ctx.db, tenant, 'controller');
    const cycle = await controller.post('/api/v1/cycles', { kind: 'interim', name: 'Delår augusti 2024', year: 2024, periodStart: '2024-01-01', periodEnd: '2024-08-31' });
    expect(cycle.status).toBe(201);
    const reporter = await signedInClient(ctx.app, ctx.db, tenant, 'reporter', { organisationId: organisation.id });
    const report = await reporter.post('/api/v1/reports', { organisationId: organisation.id, cycleId: cycle.body.id });
    expect(report.status).toBe(201);
    const document = (await reporter.get(`/api/v1/reports/${report.body.id}`)).body;
    const flat = (sections: Array<{ kind: string; contentKey: string | null; children: unknown[] }>): typeof sections =>
      sections.flatMap((s) => [s, ...flat(s.children as typeof sections)]);
    const prose = flat(document.sections).find((s) => s.kind === 'prose' && s.contentKey)!;
    const evil = '<p>Resultatet <strong>förbättras</strong>.<script>alert(1)</script><img src=x onerror="alert(2)"><a href="javascript:alert(3)">länk</a></p>';
    const saved = await reporter.put(`/api/v1/reports/${report.body.id}/sections/${prose.contentKey}`, { version: 0, content: { text: evil } });
    expect(saved.status).toBe(200);
    const stored = await ctx.db.selectFrom('report_sections').selectAll().where('tenant_id', '=', tenant.id).execute();
    const text = JSON.stringify(stored);
    expect(text).toContain('<strong>förbättras</strong>');
    for (const bad of ['<script', 'alert(1)', 'onerror', 'javascript:', '<img']) expect(text).not.toContain(bad);
  });
});
