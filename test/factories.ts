/** Test data with sensible defaults and overrides, written through the real stores. */
import { randomBytes } from 'node:crypto';
import { hashPassword } from '../src/auth/password.ts';
import type { RoleGrant, Role } from '../src/auth/roles.ts';
import { insertUser } from '../src/auth/user.store.ts';
import { insertCycle } from '../src/cycles/cycle.store.ts';
import type { ReportingCycle } from '../src/cycles/cycle.ts';
import type { Db } from '../src/db/connection.ts';
import { insertOrganisation, type NewOrganisation } from '../src/organisations/organisation.store.ts';
import type { Organisation } from '../src/organisations/organisation.ts';
import type { Tenant } from '../src/tenants/tenant.ts';
import { insertTenant } from '../src/tenants/tenant.store.ts';
import type { App } from '../src/http/app.ts';

export const PASSWORD = 'korrekt häst batteri häftklammer';
let passwordHash: Promise<string> | undefined;

export async function createTenant(db: Db, overrides: Partial<Tenant> = {}): Promise<Tenant> {
  const id = overrides.id ?? `t-${randomBytes(5).toString('hex')}`;
  const tenant: Tenant = {
    id,
    name: overrides.name ?? `Testkommun ${id}`,
    dnrFormats: overrides.dnrFormats ?? ['SLK-{yyyy}-{seq:5}', '{seq:4}/{yy}'],
    hostnames: overrides.hostnames ?? [`${id}.test`],
  };
  await insertTenant(db, tenant);
  return tenant;
}

export function createOrganisation(db: Db, tenant: Tenant, overrides: Partial<NewOrganisation> = {}): Promise<Organisation> {
  return insertOrganisation(db, tenant.id, {
    kind: 'committee',
    name: `Nämnd ${randomBytes(3).toString('hex')}`,
    ...overrides,
  });
}

/** A reporting cycle: by default the seed's, the interim report of August 2023. */
export function createCycle(db: Db, tenant: Tenant, overrides: Partial<Omit<ReportingCycle, 'id'>> = {}): Promise<ReportingCycle> {
  return insertCycle(db, tenant.id, {
    kind: 'interim',
    name: 'Delårsrapport augusti 2023',
    year: 2023,
    periodStart: '2023-01-01',
    periodEnd: '2023-08-31',
    committeeDeadline: null,
    ...overrides,
  });
}

export async function createUser(
  db: Db,
  tenant: Tenant,
  role: Role,
  scope: { organisationId?: string; partyId?: string } = {},
): Promise<{ id: string; email: string }> {
  passwordHash ??= hashPassword(PASSWORD);
  const email = `${role}-${randomBytes(4).toString('hex')}@example.se`;
  const grant: RoleGrant = { role, organisationId: scope.organisationId ?? null, partyId: scope.partyId ?? null };
  const id = await insertUser(db, tenant.id, { email, name: `Test ${role}`, passwordHash: await passwordHash, grants: [grant] });
  return { id, email };
}

/** An in-process HTTP client for one tenant, optionally signed in. */
export class TestClient {
  private cookie: string | undefined;
  private csrf: string | undefined;

  constructor(
    private readonly app: App,
    readonly tenant: Tenant,
  ) {}

  async signIn(email: string, password = PASSWORD) {
    const res = await this.request('POST', '/api/v1/session', { email, password });
    if (res.status !== 200) throw new Error(`sign-in failed: ${res.status} ${JSON.stringify(res.body)}`);
    this.csrf = (res.body as { csrfToken: string }).csrfToken;
    return this;
  }

  async request(method: string, path: string, body?: unknown, extraHeaders: Record<string, string> = {}) {
    const headers: Record<string, string> = { host: this.tenant.hostnames[0]!, accept: 'application/json', ...extraHeaders };
    if (this.cookie) headers.cookie = this.cookie;
    if (this.csrf && method !== 'GET') headers['x-csrf-token'] = this.csrf;
    if (body !== undefined) headers['content-type'] = 'application/json';
    const res = await this.app.request(`http://${headers.host}${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const setCookie = res.headers.get('set-cookie');
    if (setCookie?.startsWith('uppsikt_session=')) this.cookie = setCookie.split(';')[0];
    const text = await res.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      // not JSON (HTML pages)
    }
    return { status: res.status, body: parsed as any, headers: res.headers, text };
  }

  get = (path: string) => this.request('GET', path);
  post = (path: string, body?: unknown) => this.request('POST', path, body);
  patch = (path: string, body?: unknown) => this.request('PATCH', path, body);
  put = (path: string, body?: unknown) => this.request('PUT', path, body);
  delete = (path: string) => this.request('DELETE', path);
}

export async function signedInClient(app: App, db: Db, tenant: Tenant, role: Role, scope: { organisationId?: string; partyId?: string } = {}) {
  const user = await createUser(db, tenant, role, scope);
  return new TestClient(app, tenant).signIn(user.email);
}
