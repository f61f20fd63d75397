/** Starting and stopping the HTTP server around the app. */
import { serve as serveNode, type ServerType } from '@hono/node-server';
import type { Config } from './config.ts';
import type { DatabaseHandle } from './db/connection.ts';
import { createApp } from './http/app.ts';
import { JOB_HANDLERS } from './jobs/job-handlers.ts';
import { JobWorker } from './jobs/job-worker.ts';
import { TenantResolver } from './tenants/tenant-resolver.ts';

export interface Running {
  server: ServerType;
  worker: JobWorker;
}

export function startServer(handle: DatabaseHandle, config: Config, log: (message: string) => void = console.log): Promise<Running> {
  const app = createApp({ db: handle.db, config, tenants: new TenantResolver(handle.db, config.defaultTenant), log });
  const worker = new JobWorker(handle.db, log);
  for (const [kind, handler] of Object.entries(JOB_HANDLERS)) worker.register(kind, handler);
  worker.start();
  return new Promise((resolve) => {
    const server = serveNode({ fetch: app.fetch, port: config.port }, (info) => {
      log(`Uppsikt svarar på http://localhost:${info.port} (${handle.kind === 'pglite' ? `inbäddad databas i ${config.dataDir}` : 'PostgreSQL'})`);
      resolve({ server, worker });
    });
  });
}

/** Closes the server, the job worker and the database on SIGINT/SIGTERM, so PGlite flushes to disk. */
export function closeOnSignals(running: Running, handle: DatabaseHandle) {
  let closing = false;
  const stop = async () => {
    if (closing) return;
    closing = true;
    running.server.close();
    await running.worker.stop();
    await handle.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
