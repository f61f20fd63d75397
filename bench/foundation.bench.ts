/**
 * Foundation figures (issue 2):
 * - time from process start to the first successful /healthz, on a fresh and on an existing
 *   PGlite folder;
 * - p50/p99 latency of the assignment list API with 10 000 assignments, on PGlite and on
 *   PostgreSQL (TEST_DATABASE_URL, default the local server).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { sql } from 'kysely';
import { readConfig } from '../src/config.ts';
import { connect, type DatabaseHandle } from '../src/db/connection.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import { createApp } from '../src/http/app.ts';
import { TenantResolver } from '../src/tenants/tenant-resolver.ts';
import { insertTenant } from '../src/tenants/tenant.store.ts';
import { insertOrganisation } from '../src/organisations/organisation.store.ts';
import type { Organisation } from '../src/organisations/organisation.ts';
import { summary, timeEach } from './stats.ts';

const ROOT = new URL('..', import.meta.url).pathname;

async function timeToHealthy(env: Record<string, string>, command = 'serve'): Promise<number> {
  const port = 40000 + Math.floor(Math.random() * 20000);
  const start = performance.now();
  const child = spawn(process.execPath, [join(ROOT, 'bin/uppsikt.mjs'), command], {
    env: { ...process.env, ...env, PORT: String(port) },
    stdio: 'ignore',
  });
  try {
    for (;;) {
      try {
        const res = await fetch(`http://127.0.0.1:${port}/healthz`);
        if (res.ok) return performance.now() - start;
      } catch {
        // not listening yet
      }
      if (performance.now() - start > 120_000) throw new Error('no /healthz within 120 s');
      await new Promise((r) => setTimeout(r, 20));
    }
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
  }
}

async function startupFigures() {
  const dir = mkdtempSync(join(tmpdir(), 'uppsikt-bench-'));
  try {
    const env = { UPPSIKT_DATA_DIR: dir, UPPSIKT_DEMO: '0', DATABASE_URL: '' };
    const fresh = await timeToHealthy(env);
    const existing = await timeToHealthy(env);
    console.log(`start to first /healthz, fresh PGlite folder (migrations): ${(fresh / 1000).toFixed(2)} s`);
    console.log(`start to first /healthz, existing PGlite folder: ${(existing / 1000).toFixed(2)} s`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const demoDir = mkdtempSync(join(tmpdir(), 'uppsikt-bench-'));
  try {
    const withDemo = await timeToHealthy({ UPPSIKT_DATA_DIR: demoDir, DATABASE_URL: '' }, 'start');
    console.log(`npm start on an empty folder (migrations + demo data) to first /healthz: ${(withDemo / 1000).toFixed(2)} s`);
  } finally {
    rmSync(demoDir, { recursive: true, force: true });
  }
}

async function fill(handle: DatabaseHandle, tenantId: string, count: number) {
  const { db } = handle;
  await insertTenant(db, { id: tenantId, name: 'Benchkommun', dnrFormats: ['{seq:5}/{yy}'], hostnames: ['bench.test'] });
  const orgs: Organisation[] = [];
  for (let i = 0; i < 40; i++) orgs.push(await insertOrganisation(db, tenantId, { kind: 'committee', name: `Nämnd ${i}` }));
  const statuses = ['assigned', 'in-progress', 'partially-reported', 'proposed-done', 'declared-done', 'closed'];
  for (let start = 0; start < count; start += 500) {
    const rows = Array.from({ length: Math.min(500, count - start) }, (_, k) => {
      const n = start + k + 1;
      const year = 2015 + (n % 10);
      return {
        tenant_id: tenantId,
        dnr: `${String(n).padStart(5, '0')}/${String(year % 100).padStart(2, '0')}`,
        dnr_sort: `${year}-${String(n).padStart(8, '0')}`,
        title: `Uppdrag nummer ${n} om ${n % 500 === 0 ? 'skyfall' : n % 3 === 0 ? 'kollektivavtal' : n % 3 === 1 ? 'trygghet' : 'digitalisering'} i staden`,
        origin: n % 4 === 0 ? 'council' : 'council-budget',
        origin_year: year,
      };
    });
    const inserted = await db.insertInto('assignments').values(rows).returning('id').execute();
    await db
      .insertInto('assignees')
      .values(inserted.map((r, k) => ({ tenant_id: tenantId, assignment_id: r.id, organisation_id: orgs[(start + k) % orgs.length]!.id, status: statuses[(start + k) % statuses.length]! })))
      .execute();
  }
  // A running database has planner statistics (autovacuum on a server, ANALYZE on start of the
  // embedded one); without them the figures would measure a database no one runs.
  await sql`analyze`.execute(db);
  return orgs;
}

async function listFigures(label: string, handle: DatabaseHandle) {
  const tenantId = `bench-${randomBytes(3).toString('hex')}`;
  const orgs = await fill(handle, tenantId, 10_000);
  const app = createApp({ db: handle.db, config: readConfig({}), tenants: new TenantResolver(handle.db, tenantId), log: () => {} });
  const get = async (path: string) => {
    const res = await app.request(`http://bench.test${path}`, { headers: { host: 'bench.test' } });
    if (res.status !== 200) throw new Error(`${path}: ${res.status}`);
    return res.json() as Promise<{ links: { next: string | null } }>;
  };
  let cursor = (await get('/api/v1/assignments?limit=50')).links.next!;
  for (let i = 0; i < 40; i++) cursor = (await get(cursor)).links.next!; // a page deep in the list
  const cases: Array<[string, (i: number) => string]> = [
    ['first page (50)', () => '/api/v1/assignments?limit=50'],
    ['page 42 by cursor', () => cursor],
    ['filter status', () => '/api/v1/assignments?status=proposed-done&limit=50'],
    ['filter organisation + year', (i) => `/api/v1/assignments?organisation=${orgs[i % orgs.length]!.id}&year=2021&limit=50`],
    ['text search, a word in a third of the titles', () => '/api/v1/assignments?text=kollektivavtal&limit=50'],
    ['text search, a word in 20 titles', () => '/api/v1/assignments?text=skyfall&limit=50'],
    ['text search, part of a dnr', () => '/api/v1/assignments?text=04200&limit=50'],
  ];
  for (const [name, path] of cases) {
    for (let i = 0; i < 20; i++) await get(path(i)); // warm up
    console.log(summary(`assignment list, 10 000 assignments, ${label}, ${name}`, await timeEach(300, (i) => get(path(i)))));
  }
}

async function main() {
  await startupFigures();

  const lite = await connect({});
  await migrateToLatest(lite.db);
  await listFigures('PGlite', lite);
  await lite.close();

  const url = process.env.TEST_DATABASE_URL || process.env.BENCH_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/test';
  const schema = `bench_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  try {
    await admin.connect();
  } catch (error) {
    console.log(`PostgreSQL not reachable at ${url}: ${(error as Error).message}; skipping the PostgreSQL figures`);
    return;
  }
  await admin.query(`create schema ${schema}`);
  try {
    const server = await connect({ url, schema });
    await migrateToLatest(server.db);
    await listFigures('PostgreSQL', server);
    await server.close();
  } finally {
    await admin.query(`drop schema ${schema} cascade`);
    await admin.end();
  }
}

await main();
