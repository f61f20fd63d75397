/**
 * Portal figures (issue 7): requests/s and p99 latency of the assignment list page and an
 * assignment page under autocannon (50 connections, 20 s each), served by the app with the
 * demo plus generated assignments; and, in the same run, the same figures for a bare
 * node:http handler returning a static page of the same bytes — the ratio shows how close the
 * pages come to what Node itself can serve.
 *
 * The servers run in child processes, so the load generator does not share their event loop.
 * Environment: BENCH_SECONDS (default 20), BENCH_ASSIGNMENTS (generated, default 2000),
 * BENCH_DATABASE_URL (a PostgreSQL URL; default the embedded PGlite).
 */
// @ts-expect-error autocannon ships no type declarations; the little used here is typed below.
import autocannonUntyped from 'autocannon';
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { writeFileSync, mkdtempSync, rmSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

interface AutocannonResult {
  requests: { average: number };
  latency: { p99: number };
  throughput: { average: number };
  errors: number;
  timeouts: number;
  non2xx: number;
}
const autocannon = autocannonUntyped as (options: { url: string; connections: number; duration: number; headers?: Record<string, string> }) => Promise<AutocannonResult>;

const SECONDS = Number(process.env.BENCH_SECONDS ?? 20);
const GENERATED = Number(process.env.BENCH_ASSIGNMENTS ?? 2000);
const CONNECTIONS = 50;
const SELF = fileURLToPath(import.meta.url);

/** Child: the app with the demo, on a random port; prints {"url", "assignment"} when ready. */
async function serveApp() {
  const { serve } = await import('@hono/node-server');
  const { readConfig } = await import('../src/config.ts');
  const { connect } = await import('../src/db/connection.ts');
  const { migrateToLatest } = await import('../src/db/migrate.ts');
  const { seedDemo } = await import('../src/demo/seed-demo.ts');
  const { createApp } = await import('../src/http/app.ts');
  const { TenantResolver } = await import('../src/tenants/tenant-resolver.ts');
  const { addGeneratedAssignments } = await import('../test/browser/generated-assignments.ts');
  const url = process.env.BENCH_DATABASE_URL;
  let schema: string | undefined;
  if (url) {
    const pg = (await import('pg')).default;
    schema = `bench_${randomBytes(5).toString('hex')}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`create schema ${schema}`);
    await admin.end();
  }
  const handle = await connect(url ? { url, schema, poolSize: 10 } : {});
  await migrateToLatest(handle.db);
  const { tenantId } = await seedDemo(handle.db);
  await addGeneratedAssignments(handle.db, tenantId, GENERATED);
  // PostgreSQL's autovacuum would have gathered statistics by now; PGlite has no autovacuum.
  const { sql } = await import('kysely');
  await sql`analyze`.execute(handle.db);
  const assignment = await handle.db.selectFrom('assignments').select('id').where('tenant_id', '=', tenantId).where('dnr', '=', '1443/22').executeTakeFirstOrThrow();
  const app = createApp({ db: handle.db, config: readConfig({ PORT: '0' }), tenants: new TenantResolver(handle.db, tenantId), log: () => {} });
  const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info) => {
    process.stdout.write(`${JSON.stringify({ url: `http://127.0.0.1:${info.port}`, assignment: assignment.id, backend: handle.kind })}\n`);
  });
  process.on('SIGTERM', async () => {
    server.close();
    await handle.close();
    if (url && schema) {
      const pg = (await import('pg')).default;
      const admin = new pg.Client({ connectionString: url });
      await admin.connect();
      await admin.query(`drop schema ${schema} cascade`);
      await admin.end();
    }
    process.exit(0);
  });
}

/** Child: a bare node:http handler answering every request with the bytes of one file. */
function serveStatic(file: string) {
  const body = readFileSync(file);
  const server = createServer((_req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Length': body.length });
    res.end(body);
  });
  server.listen(0, '127.0.0.1', () => {
    process.stdout.write(`${JSON.stringify({ url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` })}\n`);
  });
  process.on('SIGTERM', () => server.close(() => process.exit(0)));
}

function startChild(args: string[]): Promise<{ child: ChildProcess; info: Record<string, string> }> {
  const child = spawn(process.execPath, ['--import', 'tsx', SELF, ...args], { stdio: ['ignore', 'pipe', 'inherit'], env: process.env });
  return new Promise((resolve, reject) => {
    let buffer = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      const line = buffer.split('\n').find((l) => l.startsWith('{'));
      if (line) resolve({ child, info: JSON.parse(line) });
    });
    child.once('exit', (code) => reject(new Error(`server child exited with ${code}`)));
  });
}

async function stop(child: ChildProcess) {
  child.removeAllListeners('exit');
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  await exited;
}

interface Figures {
  rps: number;
  p99: number;
  errors: number;
  bytes: number;
}

async function load(url: string): Promise<Figures> {
  const result = await autocannon({ url, connections: CONNECTIONS, duration: SECONDS, headers: { accept: 'text/html' } });
  return { rps: result.requests.average, p99: result.latency.p99, errors: result.errors + result.timeouts + result.non2xx, bytes: result.throughput.average / Math.max(1, result.requests.average) };
}

const line = (label: string, f: Figures) =>
  `${label.padEnd(36)} ${f.rps.toFixed(0).padStart(7)} req/s   p99 ${f.p99.toFixed(0).padStart(5)} ms${f.errors ? `   (${f.errors} errors/non-2xx)` : ''}`;

async function main() {
  console.log(`Portal pages under autocannon: ${CONNECTIONS} connections, ${SECONDS} s each; demo + ${GENERATED} generated assignments.`);
  const app = await startChild(['--serve-app']);
  const dir = mkdtempSync(join(tmpdir(), 'portal-bench-'));
  try {
    console.log(`Database: ${app.info.backend}`);
    const targets = [
      { name: 'assignment list /uppdrag', path: '/uppdrag' },
      { name: 'assignment page /uppdrag/{id}', path: `/uppdrag/${app.info.assignment}` },
    ];
    for (const target of targets) {
      const url = app.info.url + target.path;
      const page = Buffer.from(await (await fetch(url, { headers: { accept: 'text/html' } })).arrayBuffer());
      const file = join(dir, 'page.html');
      writeFileSync(file, page);
      const appFigures = await load(url);
      const bare = await startChild(['--serve-static', file]);
      let staticFigures: Figures;
      try {
        staticFigures = await load(bare.info.url!);
      } finally {
        await stop(bare.child);
      }
      console.log(`\n${target.name} (${(page.length / 1024).toFixed(1)} KiB)`);
      console.log(line('  app', appFigures));
      console.log(line('  bare node:http, same bytes', staticFigures));
      console.log(`  ratio app/bare: ${((appFigures.rps / staticFigures.rps) * 100).toFixed(1)} % of the requests/s, p99 ${(appFigures.p99 / Math.max(1, staticFigures.p99)).toFixed(1)}×`);
    }
  } finally {
    await stop(app.child);
    rmSync(dir, { recursive: true, force: true });
  }
}

const mode = process.argv[2];
if (mode === '--serve-app') await serveApp();
else if (mode === '--serve-static') serveStatic(process.argv[3]!);
else await main();
