import type { ColumnType, Generated } from 'kysely';

export interface UsersTable {
  tenant_id: string;
  id: Generated<string>;
  email: string;
  name: string;
  password_hash: string | null;
  external_subject: string | null;
  active: Generated<boolean>;
  failed_sign_ins: Generated<number>;
  locked_until: Date | null;
  created_at: ColumnType<Date, Date | undefined, never>;
}

export interface RoleGrantsTable {
  tenant_id: string;
  id: Generated<string>;
  user_id: string;
  role: string;
  organisation_id: string | null;
  party_id: string | null;
  /** 'manual' (given by an administrator) or 'oidc' (mapped from the provider's groups at sign-in). */
  source: Generated<string>;
}

export interface SessionsTable {
  tenant_id: string;
  /** SHA-256 of the cookie token: a leaked database row cannot be replayed as a cookie. */
  id: string;
  user_id: string;
  csrf_token: string;
  created_at: ColumnType<Date, Date | undefined, never>;
  last_seen_at: ColumnType<Date, Date | undefined, Date>;
  expires_at: Date;
}
