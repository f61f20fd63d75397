/**
 * The app with the demo municipality in an in-memory PGlite database, listening on a random
 * local port: what browser tests (and the portal benchmark) run against. Browser tests check
 * pages, not SQL, so PGlite is enough here; the SQL itself is tested on both databases.
 */
import { serve, type ServerType } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { readConfig } from '../../src/config.ts';
import { connect, type Db } from '../../src/db/connection.ts';
import { migrateToLatest } from '../../src/db/migrate.ts';
import { seedDemo } from '../../src/demo/seed-demo.ts';
import { createApp, type App } from '../../src/http/app.ts';
import { TenantResolver } from '../../src/tenants/tenant-resolver.ts';

export interface DemoServer {
  /** `http://127.0.0.1:<port>`; the demo tenant answers on 127.0.0.1 and localhost. */
  url: string;
  db: Db;
  app: App;
  tenantId: string;
  /** Lines the app logged. */
  log: string[];
  close(): Promise<void>;
}

export interface DemoServerOptions {
  /** Runs after the demo is loaded, before the server listens (e.g. to add generated rows). */
  prepare?: (db: Db, tenantId: string) => Promise<void>;
}

export async function startDemoServer(options: DemoServerOptions = {}): Promise<DemoServer> {
  const handle = await connect({});
  await migrateToLatest(handle.db);
  const { tenantId } = await seedDemo(handle.db);
  await options.prepare?.(handle.db, tenantId);
  const log: string[] = [];
  const app = createApp({ db: handle.db, config: readConfig({ PORT: '0' }), tenants: new TenantResolver(handle.db, tenantId), log: (m) => log.push(m) });
  const server: ServerType = await new Promise((resolve) => {
    const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    db: handle.db,
    app,
    tenantId,
    log,
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await handle.close();
    },
  };
}

/** Ids of demo rows by their natural keys, for building page URLs. */
export async function demoIds(db: Db, tenantId: string) {
  const assignment = async (dnr: string) =>
    (await db.selectFrom('assignments').select('id').where('tenant_id', '=', tenantId).where('dnr', '=', dnr).executeTakeFirstOrThrow()).id;
  const organisation = async (name: string) =>
    (await db.selectFrom('organisations').select('id').where('tenant_id', '=', tenantId).where('name', '=', name).executeTakeFirstOrThrow()).id;
  const goal = (await db.selectFrom('goals').select('id').where('tenant_id', '=', tenantId).orderBy('number').executeTakeFirstOrThrow()).id;
  return {
    harassmentAssignment: await assignment('1443/22'),
    board: await organisation('Kommunstyrelsen'),
    goal,
  };
}
