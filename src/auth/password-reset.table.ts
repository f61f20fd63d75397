import type { ColumnType, Generated } from 'kysely';

export interface PasswordResetTokensTable {
  tenant_id: string;
  id: Generated<string>;
  user_id: string;
  /** SHA-256 of the token in the link. */
  token_hash: string;
  created_at: ColumnType<Date, Date | undefined, never>;
  expires_at: Date;
  used_at: Date | null;
}
