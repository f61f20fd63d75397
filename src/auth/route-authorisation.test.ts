/**
 * Authorisation, generated from the route table: every write endpoint the app registers (the
 * JSON API and the workspace's forms) must declare who may call it, and a user of every role
 * that can never do it is refused with 403 and nothing is written. A new endpoint without a
 * rule fails here before it ships.
 */
import { expect, it } from 'vitest';
import { createOrganisation, createTenant, signedInClient, TestClient } from '../../test/factories.ts';
import { describeDb } from '../../test/harness.ts';
import { countChanges } from '../audit-log/audit-log.search.ts';
import type { RoutePermission } from '../http/route.ts';
import { insertParty } from '../organisations/organisation.store.ts';
import type { Tenant } from '../tenants/tenant.ts';
import { STAFF_ROUTES } from '../workspace/staff-routes.ts';
import { PERMISSIONS, rolesFor, type Action } from './permissions.ts';
import { ROLES, type Role } from './roles.ts';

const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Writes anyone (or any signed-in user) may make, each with the reason. Everything else that
 * changes data must name an action from PERMISSIONS.
 */
const OPEN_WRITES: Record<string, string> = {
  'POST /api/v1/session': 'signing in',
  'DELETE /api/v1/session': 'signing out',
  'POST /arbete/logga-in': 'signing in (pre-session CSRF token)',
  'POST /arbete/logga-ut': 'signing out',
  'POST /arbete/losenord': 'asking for a password-reset link (rate-limited, says nothing about the address)',
  'POST /arbete/losenord/nytt': 'choosing a password with a one-time link',
};

interface Endpoint {
  method: string;
  /** Hono path with `:params`. */
  path: string;
  permission: RoutePermission | undefined;
  kind: 'api' | 'form';
}

const honoPath = (openApiPath: string) => openApiPath.replace(/\{([^}]+)\}/g, ':$1');
const ANY_ID = '00000000-0000-4000-8000-00000000abcd';

describeDb('Authorisation of every write endpoint', (ctx) => {
  async function routeTable(tenant: Tenant): Promise<Endpoint[]> {
    const doc = (await new TestClient(ctx.app, tenant).get('/api/openapi.json')).body as {
      paths: Record<string, Record<string, { 'x-permission'?: RoutePermission }>>;
    };
    const declared = new Map<string, RoutePermission | undefined>();
    for (const [path, item] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(item)) declared.set(`${method.toUpperCase()} ${honoPath(path)}`, op['x-permission']);
    }
    for (const r of STAFF_ROUTES) declared.set(`${r.method.toUpperCase()} ${r.path}`, r.permission);
    const seen = new Map<string, Endpoint>();
    for (const r of ctx.app.routes) {
      if (!WRITE_METHODS.has(r.method)) continue;
      const key = `${r.method} ${r.path}`;
      if (seen.has(key)) continue;
      seen.set(key, { method: r.method, path: r.path, permission: declared.get(key), kind: r.path.startsWith('/arbete') ? 'form' : 'api' });
    }
    return [...seen.values()];
  }

  it('finds a rule for every write endpoint the app serves', async () => {
    const tenant = await createTenant(ctx.db);
    const endpoints = await routeTable(tenant);
    expect(endpoints.length).toBeGreaterThan(20);
    const withoutRule = endpoints.filter((e) => e.permission === undefined).map((e) => `${e.method} ${e.path}`);
    expect(withoutRule, 'write endpoints that declare no permission (use secureRoute or staffForm)').toEqual([]);
    const open = endpoints
      .filter((e) => e.permission === 'public' || e.permission === 'signed-in')
      .map((e) => `${e.method} ${e.path}`)
      .filter((key) => !(key in OPEN_WRITES));
    expect(open, 'write endpoints open to anyone or any signed-in user without a reason in OPEN_WRITES').toEqual([]);
    const unknown = endpoints.filter((e) => e.permission && !['public', 'signed-in'].includes(e.permission) && !(e.permission in PERMISSIONS));
    expect(unknown.map((e) => `${e.method} ${e.path}: ${e.permission}`)).toEqual([]);
  });

  it('refuses every role that can never perform the action, and anonymous callers, writing nothing', async () => {
    const tenant = await createTenant(ctx.db);
    const organisation = await createOrganisation(ctx.db, tenant);
    const party = await insertParty(ctx.db, tenant.id, { abbreviation: 'TP', name: 'Testpartiet' });
    const clients = new Map<Role, TestClient>();
    for (const role of ROLES) {
      clients.set(role, await signedInClient(ctx.app, ctx.db, tenant, role, { organisationId: organisation.id, partyId: party.id }));
    }
    const anonymous = new TestClient(ctx.app, tenant);
    const endpoints = (await routeTable(tenant)).filter((e) => e.permission && e.permission in PERMISSIONS);
    const auditBefore = await countChanges(ctx.db, tenant.id);
    const failures: string[] = [];
    let checked = 0;
    for (const endpoint of endpoints) {
      const path = endpoint.path.replace(/:[A-Za-z]+/g, ANY_ID);
      const allowed = rolesFor(endpoint.permission as Action);
      for (const role of ROLES.filter((r) => !allowed.includes(r))) {
        const res = await clients.get(role)!.request(endpoint.method, path, {});
        checked++;
        if (res.status !== 403) failures.push(`${role}: ${endpoint.method} ${endpoint.path} gave ${res.status}`);
      }
      const res = await anonymous.request(endpoint.method, path, {});
      if (res.status !== 401) failures.push(`anonymous: ${endpoint.method} ${endpoint.path} gave ${res.status}`);
    }
    expect(failures).toEqual([]);
    expect(checked).toBeGreaterThan(50);
    expect(await countChanges(ctx.db, tenant.id)).toBe(auditBefore);
  });

  it('refuses reads of the audit log and of accounts to roles without the right', async () => {
    const tenant = await createTenant(ctx.db);
    for (const role of ROLES.filter((r) => !rolesFor('audit-log.read').includes(r) && r !== 'reporter' && r !== 'secretary' && r !== 'party-secretary')) {
      const client = await signedInClient(ctx.app, ctx.db, tenant, role);
      expect((await client.get('/api/v1/audit-log')).status, role).toBe(403);
      expect((await client.get('/api/v1/audit-log.csv')).status, role).toBe(403);
      expect((await client.get('/api/v1/users')).status, role).toBe(403);
    }
    expect((await new TestClient(ctx.app, tenant).get('/api/v1/audit-log')).status).toBe(401);
  });

  it('checks the scope too: a reporter cannot change another organisation’s assignment', async () => {
    const tenant = await createTenant(ctx.db);
    const own = await createOrganisation(ctx.db, tenant);
    const other = await createOrganisation(ctx.db, tenant);
    const admin = await signedInClient(ctx.app, ctx.db, tenant, 'administrator');
    const created = await admin.post('/api/v1/assignments', { dnr: 'SLK-2023-00001', title: 'Ett uppdrag', origin: 'board', organisationIds: [other.id] });
    expect(created.status).toBe(201);
    const reporter = await signedInClient(ctx.app, ctx.db, tenant, 'reporter', { organisationId: own.id });
    const before = await countChanges(ctx.db, tenant.id);
    const res = await reporter.post(`/api/v1/assignments/${created.body.id}/assignees/${other.id}/transitions`, { to: 'in-progress' });
    expect(res.status).toBe(403);
    expect(await countChanges(ctx.db, tenant.id)).toBe(before);
  });
});
