/** Roles a user can hold, each scoped as its kind requires (see role_grants_scope_check). */
export const ROLES = [
  'administrator',
  'controller',
  'reporter',
  'secretary',
  'party-secretary',
  'auditor',
  'reader',
] as const;

export type Role = (typeof ROLES)[number];

export interface RoleGrant {
  role: Role;
  /** Organisation the grant covers (reporter, secretary), with its children. */
  organisationId: string | null;
  /** Party the grant covers (party secretary). */
  partyId: string | null;
}

export type Actor =
  | { kind: 'user'; tenantId: string; userId: string; name: string; email: string; grants: RoleGrant[] }
  | { kind: 'anonymous'; tenantId: string }
  /** Commands run from the CLI or the job worker. */
  | { kind: 'system'; tenantId: string; label: string };

export function actorLabel(actor: Actor): string {
  if (actor.kind === 'user') return `${actor.name} <${actor.email}>`;
  if (actor.kind === 'system') return actor.label;
  return 'anonym';
}

/** The name to show publicly (histories): no e-mail address. */
export function actorName(actor: Actor): string {
  if (actor.kind === 'user') return actor.name;
  if (actor.kind === 'system') return actor.label;
  return 'anonym';
}

export function actorUserId(actor: Actor): string | null {
  return actor.kind === 'user' ? actor.userId : null;
}
