/**
 * Database tests run once on PGlite and, when TEST_DATABASE_URL is set, again on that
 * PostgreSQL server (in a schema of their own, dropped afterwards). Both are migrated by the
 * real migrations. Tests isolate themselves by working in a tenant of their own.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe } from 'vitest';
import { readConfig, type Config } from '../src/config.ts';
import { connect, type DatabaseHandle, type Db } from '../src/db/connection.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import { createApp, type App } from '../src/http/app.ts';
import { TenantResolver } from '../src/tenants/tenant-resolver.ts';

export type BackendName = 'pglite' | 'postgres';

export const backends: BackendName[] = process.env.TEST_DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'];

export interface TestDatabase extends DatabaseHandle {
  backend: BackendName;
}

export async function openTestDatabase(backend: BackendName): Promise<TestDatabase> {
  if (backend === 'pglite') {
    const handle = await connect({});
    await migrateToLatest(handle.db);
    return { ...handle, backend };
  }
  const url = process.env.TEST_DATABASE_URL!;
  const schema = `test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create schema ${schema}`);
  await admin.end();
  const handle = await connect({ url, schema, poolSize: 4 });
  await migrateToLatest(handle.db);
  return {
    ...handle,
    backend,
    close: async () => {
      await handle.close();
      const cleanup = new pg.Client({ connectionString: url });
      await cleanup.connect();
      await cleanup.query(`drop schema ${schema} cascade`);
      await cleanup.end();
    },
  };
}

export interface DbContext {
  readonly backend: BackendName;
  readonly db: Db;
  readonly app: App;
  readonly config: Config;
  /** Lines the app logged (e.g. password-reset links). */
  readonly log: string[];
}

/** `describe` once per backend, with a migrated database and an in-process app. */
export function describeDb(title: string, body: (ctx: DbContext) => void) {
  for (const backend of backends) {
    describe(`${title} [${backend}]`, () => {
      let database: TestDatabase | undefined;
      let app: App | undefined;
      const log: string[] = [];
      const config = readConfig({ PORT: '3000' });
      beforeAll(async () => {
        database = await openTestDatabase(backend);
        app = createApp({ db: database.db, config, tenants: new TenantResolver(database.db, undefined, 0), log: (m) => log.push(m) });
      });
      afterAll(async () => {
        await database?.close();
      });
      body({
        backend,
        get db() {
          return database!.db;
        },
        get app() {
          return app!;
        },
        config,
        log,
      });
    });
  }
}
