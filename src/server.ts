/** Starting and stopping the HTTP server around the app. */
import { serve as serveNode, type ServerType } from '@hono/node-server';
import type { Config } from './config.ts';
import type { DatabaseHandle } from './db/connection.ts';
import { createApp } from './http/app.ts';
import { TenantResolver } from './tenants/tenant-resolver.ts';

export function startServer(handle: DatabaseHandle, config: Config, log: (message: string) => void = console.log): Promise<ServerType> {
  const app = createApp({ db: handle.db, config, tenants: new TenantResolver(handle.db, config.defaultTenant), log });
  return new Promise((resolve) => {
    const server = serveNode({ fetch: app.fetch, port: config.port }, (info) => {
      log(`Uppsikt svarar på http://localhost:${info.port} (${handle.kind === 'pglite' ? `inbäddad databas i ${config.dataDir}` : 'PostgreSQL'})`);
      resolve(server);
    });
  });
}

/** Closes the server and the database on SIGINT/SIGTERM, so PGlite flushes to disk. */
export function closeOnSignals(server: ServerType, handle: DatabaseHandle) {
  let closing = false;
  const stop = async () => {
    if (closing) return;
    closing = true;
    server.close();
    await handle.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
