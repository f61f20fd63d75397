/**
 * What each role's grant must name: a reporter or secretary an organisation, a party
 * secretary a party, the city-wide roles nothing (see role_grants_scope_check).
 */
import type { Role, RoleGrant } from './roles.ts';

export function grantScopeProblem(grant: RoleGrant): string | undefined {
  if ((grant.role === 'reporter' || grant.role === 'secretary') && !grant.organisationId) {
    return 'Rapportörer och sekreterare behöver en organisation.';
  }
  if (grant.role === 'party-secretary' && !grant.partyId) return 'En partisekreterare behöver ett parti.';
  return undefined;
}

/** Drops a scope the role does not use, so a grant means exactly what it says. */
export function normaliseGrant(role: Role, organisationId: string | null | undefined, partyId: string | null | undefined): RoleGrant {
  return {
    role,
    organisationId: role === 'reporter' || role === 'secretary' ? (organisationId ?? null) : null,
    partyId: role === 'party-secretary' ? (partyId ?? null) : null,
  };
}

export function sameGrant(a: RoleGrant, b: RoleGrant): boolean {
  return a.role === b.role && a.organisationId === b.organisationId && a.partyId === b.partyId;
}
