import type { ColumnType, Generated } from 'kysely';

export interface OidcProvidersTable {
  tenant_id: string;
  id: Generated<string>;
  /** Shown on the sign-in button, e.g. "Göteborgs Stads inloggning". */
  name: string;
  issuer: string;
  client_id: string;
  client_secret: string | null;
  scopes: Generated<string>;
  /** The ID-token or userinfo claim that lists the user's groups. */
  groups_claim: Generated<string>;
  enabled: Generated<boolean>;
  created_at: ColumnType<Date, Date | undefined, never>;
  updated_at: ColumnType<Date, Date | undefined, Date>;
}

export interface OidcGroupRolesTable {
  tenant_id: string;
  id: Generated<string>;
  provider_id: string;
  group_name: string;
  role: string;
  organisation_id: string | null;
  party_id: string | null;
}

export interface OidcLoginStatesTable {
  tenant_id: string;
  state_hash: string;
  provider_id: string;
  code_verifier: string;
  nonce: string;
  return_to: Generated<string>;
  expires_at: Date;
}
