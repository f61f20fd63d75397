import { sql, type Kysely } from 'kysely';

/**
 * Sign-in for the staff workspace: rate-limit counters shared by every app process, one-time
 * password-reset tokens, per-tenant signing keys (pre-session CSRF tokens), and OpenID Connect
 * providers with their group → role mapping and the short-lived state of a login in progress.
 * Role grants learn where they came from, so a single sign-on only replaces the grants it gave.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    alter table role_grants add column source text not null default 'manual';
    alter table role_grants add constraint role_grants_source_check check (source in ('manual', 'oidc'));

    create table rate_limit_counters (
      tenant_id text not null,
      key text not null,
      window_start timestamptz not null,
      hits integer not null default 0,
      constraint rate_limit_counters_pk primary key (tenant_id, key, window_start),
      constraint rate_limit_counters_tenant_fk foreign key (tenant_id) references tenants (tenant_id) on delete cascade
    );
    create index rate_limit_counters_window_ix on rate_limit_counters (window_start);

    create table password_reset_tokens (
      tenant_id text not null,
      id uuid not null default gen_random_uuid(),
      user_id uuid not null,
      -- SHA-256 of the token in the link: the database never holds a usable link.
      token_hash text not null,
      created_at timestamptz not null default now(),
      expires_at timestamptz not null,
      used_at timestamptz,
      constraint password_reset_tokens_pk primary key (tenant_id, id),
      constraint password_reset_tokens_user_fk foreign key (tenant_id, user_id) references users (tenant_id, id) on delete cascade,
      constraint password_reset_tokens_hash_uq unique (tenant_id, token_hash)
    );
    create index password_reset_tokens_user_ix on password_reset_tokens (tenant_id, user_id);

    create table signing_keys (
      tenant_id text not null,
      purpose text not null,
      secret text not null,
      created_at timestamptz not null default now(),
      constraint signing_keys_pk primary key (tenant_id, purpose),
      constraint signing_keys_tenant_fk foreign key (tenant_id) references tenants (tenant_id) on delete cascade
    );

    create table oidc_providers (
      tenant_id text not null,
      id uuid not null default gen_random_uuid(),
      name text not null,
      issuer text not null,
      client_id text not null,
      client_secret text,
      scopes text not null default 'openid email profile',
      groups_claim text not null default 'groups',
      enabled boolean not null default true,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      constraint oidc_providers_pk primary key (tenant_id, id),
      constraint oidc_providers_tenant_fk foreign key (tenant_id) references tenants (tenant_id) on delete cascade,
      constraint oidc_providers_issuer_uq unique (tenant_id, issuer)
    );

    create table oidc_group_roles (
      tenant_id text not null,
      id uuid not null default gen_random_uuid(),
      provider_id uuid not null,
      group_name text not null,
      role text not null,
      organisation_id uuid,
      party_id uuid,
      constraint oidc_group_roles_pk primary key (tenant_id, id),
      constraint oidc_group_roles_provider_fk foreign key (tenant_id, provider_id) references oidc_providers (tenant_id, id) on delete cascade,
      constraint oidc_group_roles_organisation_fk foreign key (tenant_id, organisation_id) references organisations (tenant_id, id),
      constraint oidc_group_roles_party_fk foreign key (tenant_id, party_id) references parties (tenant_id, id),
      constraint oidc_group_roles_role_check check (role in ('administrator', 'controller', 'reporter', 'secretary', 'party-secretary', 'auditor', 'reader')),
      constraint oidc_group_roles_scope_check check (
        (role in ('reporter', 'secretary') and organisation_id is not null)
        or (role = 'party-secretary' and party_id is not null)
        or role in ('administrator', 'controller', 'auditor', 'reader'))
    );
    create index oidc_group_roles_provider_ix on oidc_group_roles (tenant_id, provider_id);

    create table oidc_login_states (
      tenant_id text not null,
      -- SHA-256 of the state parameter; the row is deleted when the provider sends the user back.
      state_hash text not null,
      provider_id uuid not null,
      code_verifier text not null,
      nonce text not null,
      return_to text not null default '/arbete',
      expires_at timestamptz not null,
      constraint oidc_login_states_pk primary key (tenant_id, state_hash),
      constraint oidc_login_states_provider_fk foreign key (tenant_id, provider_id) references oidc_providers (tenant_id, id) on delete cascade
    );
    create index oidc_login_states_expires_ix on oidc_login_states (expires_at);
  `.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`
    drop table oidc_login_states, oidc_group_roles, oidc_providers, signing_keys, password_reset_tokens, rate_limit_counters;
    alter table role_grants drop constraint role_grants_source_check;
    alter table role_grants drop column source;
  `.execute(db);
}
