/**
 * Single sign-on against a real OpenID provider (oidc-provider) started on loopback: the
 * authorization code flow with PKCE end to end, the provider's groups mapped to grants.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { FormClient } from '../../test/e2e/form-client.ts';
import { createOrganisation, createTenant, createUser, TestClient } from '../../test/factories.ts';
import { describeDb } from '../../test/harness.ts';
import type { Tenant } from '../tenants/tenant.ts';
import { listChanges } from '../audit-log/audit-log.store.ts';

interface Account {
  email?: string;
  email_verified?: boolean;
  name?: string;
  groups?: string[];
}

const accounts = new Map<string, Account>();
let server: Server;
let issuer = '';
let provider: Provider;
const redirectUris: string[] = [];

beforeAll(async () => {
  let handler: (req: IncomingMessage, res: ServerResponse) => void = (_req, res) => res.end();
  server = createServer((req, res) => handler(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  provider = new Provider(issuer, {
    clients: [
      {
        client_id: 'uppsikt',
        client_secret: 'hemlighet-som-bara-uppsikt-kanner',
        redirect_uris: ['http://placeholder.test/arbete/sso/tillbaka'],
        grant_types: ['authorization_code'],
        response_types: ['code'],
      },
    ],
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'], groups: ['groups'] },
    scopes: ['openid', 'email', 'profile', 'groups'],
    cookies: { keys: ['testnyckel för kakor'] },
    ttl: { Interaction: 600, Session: 600, Grant: 600, AccessToken: 600, IdToken: 600, AuthorizationCode: 60 },
    findAccount: async (_ctx, id) => ({
      accountId: id,
      claims: async () => ({ sub: id, ...(accounts.get(id) ?? {}) }),
    }),
  });
  // Each test tenant has its own host; its redirect URI is registered with the client as the tests go.
  const client = await provider.Client.find('uppsikt');
  Object.defineProperty(client, 'redirectUris', { get: () => ['http://placeholder.test/arbete/sso/tillbaka', ...redirectUris] });
  const callback = provider.callback();
  handler = (req, res) => callback(req, res);
});

afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve));
});

/** A browser's way through the provider: follow redirects, fill in the login and consent forms. */
async function throughProvider(start: string, login: string, tenant: Tenant): Promise<URL> {
  const jar = new Map<string, string>();
  let url = new URL(start);
  let method = 'GET';
  let body: URLSearchParams | undefined;
  for (let step = 0; step < 20; step++) {
    const res = await fetch(url, {
      method,
      body,
      redirect: 'manual',
      headers: { cookie: [...jar].map(([k, v]) => `${k}=${v}`).join('; '), ...(body ? { 'content-type': 'application/x-www-form-urlencoded' } : {}) },
    });
    for (const line of res.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const [name, ...value] = pair!.split('=');
      jar.set(name!, value.join('='));
    }
    method = 'GET';
    body = undefined;
    if (res.status >= 300 && res.status < 400) {
      url = new URL(res.headers.get('location')!, url);
      if (url.hostname === tenant.hostnames[0]) return url;
      continue;
    }
    const page = await res.text();
    const action = /<form[^>]*action="([^"]+)"/.exec(page)?.[1];
    if (!action) throw new Error(`provider page without a form (${res.status}): ${page.slice(0, 300)}`);
    body = new URLSearchParams();
    for (const m of page.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)"/g)) body.set(m[1]!, m[2]!);
    if (page.includes('name="login"')) {
      body.set('login', login);
      body.set('password', 'vad som helst');
    }
    url = new URL(action.replace(/&amp;/g, '&'), url);
    method = 'POST';
  }
  throw new Error('too many steps at the provider');
}

describeDb('Single sign-on through OpenID Connect', (ctx) => {
  async function setUp() {
    const tenant = await createTenant(ctx.db);
    redirectUris.push(`http://${tenant.hostnames[0]}/arbete/sso/tillbaka`);
    const office = await createOrganisation(ctx.db, tenant, { kind: 'administration', name: 'Stadsledningskontoret' });
    const admin = await new TestClient(ctx.app, tenant).signIn((await createUser(ctx.db, tenant, 'administrator')).email);
    const created = await admin.post('/api/v1/oidc-providers', {
      name: 'Kommunens konto',
      issuer,
      clientId: 'uppsikt',
      clientSecret: 'hemlighet-som-bara-uppsikt-kanner',
      scopes: 'openid email profile groups',
    });
    expect(created.status).toBe(201);
    expect(created.body).not.toHaveProperty('clientSecret');
    const providerId = created.body.id as string;
    for (const mapping of [
      { groupName: 'uppsikt-controllers', role: 'controller' },
      { groupName: 'slk-planering', role: 'reporter', organisationId: office.id },
    ]) {
      expect((await admin.post(`/api/v1/oidc-providers/${providerId}/group-roles`, mapping)).status).toBe(201);
    }
    return { tenant, office, providerId };
  }

  async function signOn(tenant: Tenant, providerId: string, login: string, till = '/arbete') {
    const browser = new FormClient(ctx.app, tenant);
    const page = await browser.get('/arbete/logga-in');
    expect(page.text).toContain(`/arbete/sso/${providerId}`);
    const start = await browser.get(`/arbete/sso/${providerId}?till=${encodeURIComponent(till)}`);
    expect(start.status).toBe(303);
    const authorize = new URL(start.location!);
    expect(authorize.origin).toBe(issuer);
    expect(authorize.searchParams.get('code_challenge_method')).toBe('S256');
    expect(authorize.searchParams.get('code_challenge')).toBeTruthy();
    expect(authorize.searchParams.get('state')).toBeTruthy();
    const back = await throughProvider(start.location!, login, tenant);
    const done = await browser.get(back.pathname + back.search);
    return { browser, done, back };
  }

  it('signs a new person in through the provider and gives the roles their groups map to', async () => {
    const { tenant, office, providerId } = await setUp();
    accounts.set('ola', { email: 'ola.oidc@example.se', email_verified: true, name: 'Ola Oidc', groups: ['uppsikt-controllers', 'slk-planering', 'annan-grupp'] });
    const { browser, done } = await signOn(tenant, providerId, 'ola', '/arbete/andringslogg');
    expect(done.status).toBe(303);
    expect(done.location).toBe('/arbete/andringslogg');
    const session = await browser.get('/api/v1/session');
    const body = JSON.parse(session.text);
    expect(body.user).toMatchObject({ email: 'ola.oidc@example.se', name: 'Ola Oidc' });
    expect(body.grants).toEqual(
      expect.arrayContaining([
        { role: 'controller', organisationId: null, partyId: null },
        { role: 'reporter', organisationId: office.id, partyId: null },
      ]),
    );
    expect(body.grants).toHaveLength(2);

    // Next time the provider says other groups: the single-sign-on grants follow.
    accounts.set('ola', { ...accounts.get('ola')!, groups: ['slk-planering'] });
    const again = await signOn(tenant, providerId, 'ola');
    const grants = JSON.parse((await again.browser.get('/api/v1/session')).text).grants;
    expect(grants).toEqual([{ role: 'reporter', organisationId: office.id, partyId: null }]);
    const audit = await listChanges(ctx.db, tenant.id, { entityType: 'user', entityId: body.user.id });
    expect(audit.map((a) => a.action)).toEqual(['user.create', 'role-grant.sync-sso', 'role-grant.sync-sso']);
  });

  it('refuses a person whose groups give no role, and a reused callback', async () => {
    const { tenant, providerId } = await setUp();
    accounts.set('nisse', { email: 'nisse@example.se', email_verified: true, name: 'Nisse', groups: ['okänd-grupp'] });
    const { done, browser, back } = await signOn(tenant, providerId, 'nisse');
    expect(done.location).toBe('/arbete/logga-in?sso-fel=no-roles');
    expect(browser.cookies.has('uppsikt_session')).toBe(false);
    const page = await browser.get(done.location!);
    expect(page.text).toContain('inga av dina grupper ger behörighet');

    accounts.set('nisse', { ...accounts.get('nisse')!, groups: ['uppsikt-controllers'] });
    const replay = await new FormClient(ctx.app, tenant).get(back.pathname + back.search);
    expect(replay.location).toBe('/arbete/logga-in?sso-fel=expired');
  });

  it('links an existing local account when the provider vouches for the address, keeping its own grants', async () => {
    const { tenant, providerId } = await setUp();
    const local = await createUser(ctx.db, tenant, 'auditor');
    accounts.set('rebecka', { email: local.email.toUpperCase(), email_verified: true, name: 'Rebecka', groups: ['uppsikt-controllers'] });
    const { browser, done } = await signOn(tenant, providerId, 'rebecka');
    expect(done.status).toBe(303);
    const body = JSON.parse((await browser.get('/api/v1/session')).text);
    expect(body.user.id).toBe(local.id);
    expect(body.grants.map((g: { role: string }) => g.role).sort()).toEqual(['auditor', 'controller']);

    accounts.set('mallory', { email: (await createUser(ctx.db, tenant, 'reader')).email, email_verified: false, groups: ['uppsikt-controllers'] });
    const unverified = await signOn(tenant, providerId, 'mallory');
    expect(unverified.done.location).toBe('/arbete/logga-in?sso-fel=email-taken');
  });
});
