/** Configuration, read once from the environment. Production fails fast on missing values. */
import { t } from './i18n/messages.ts';

export interface Config {
  /** PostgreSQL server URL; when unset the embedded PGlite database is used. */
  databaseUrl: string | undefined;
  /** Folder of the embedded database. */
  dataDir: string;
  port: number;
  /** Load the demo tenant into an empty embedded database on `start`. */
  demo: boolean;
  /** Tenant served when the request's host matches no tenant. */
  defaultTenant: string | undefined;
  production: boolean;
  /** Public base URL (for links in feeds, OParl, e-mails). */
  publicUrl: string;
  /** Trust X-Forwarded-Proto/Host from a reverse proxy (TLS terminates there). */
  trustProxy: boolean;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(t('sv', 'config.port', { value: env.PORT ?? '' }));
  }
  const production = env.NODE_ENV === 'production';
  const publicUrl = env.UPPSIKT_PUBLIC_URL ?? `http://localhost:${port}`;
  if (production && !env.UPPSIKT_PUBLIC_URL) {
    throw new Error(t('sv', 'config.publicUrl'));
  }
  return {
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: env.UPPSIKT_DATA_DIR || './data',
    port,
    demo: env.UPPSIKT_DEMO !== '0',
    defaultTenant: env.UPPSIKT_DEFAULT_TENANT || undefined,
    production,
    publicUrl: publicUrl.replace(/\/$/, ''),
    trustProxy: env.UPPSIKT_TRUST_PROXY === '1',
  };
}
