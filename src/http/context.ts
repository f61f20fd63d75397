import type { Config } from '../config.ts';
import type { Db } from '../db/connection.ts';
import type { Actor } from '../auth/roles.ts';
import type { Session } from '../auth/session.store.ts';
import type { Tenant } from '../tenants/tenant.ts';
import type { TenantResolver } from '../tenants/tenant-resolver.ts';

/** Everything the app needs from outside, wired once in one place (src/http/app.ts). */
export interface Services {
  db: Db;
  config: Config;
  tenants: TenantResolver;
  /** Where server-side messages go (password-reset links when no mail is configured, errors). */
  log: (message: string) => void;
}

export interface AppEnv {
  Variables: {
    services: Services;
    tenant: Tenant;
    actor: Actor;
    session: Session | undefined;
    locale: 'sv' | 'en';
  };
}
