/**
 * From what the identity provider says about a person to what Uppsikt lets them do: the
 * groups claim (a list, or one string, or a space-separated string) mapped through the
 * tenant's group → role table. Unknown groups give nothing; no group gives everything.
 */
import { sameGrant } from './grant-scope.ts';
import type { GroupRole } from './oidc-provider.store.ts';
import type { RoleGrant } from './roles.ts';

export function groupsFromClaims(claims: Record<string, unknown>, claimName: string): string[] {
  const value = claims[claimName];
  if (Array.isArray(value)) return value.filter((g): g is string => typeof g === 'string');
  if (typeof value === 'string') return value.split(/[\s,]+/).filter(Boolean);
  return [];
}

export function grantsFromGroups(groups: readonly string[], mappings: readonly GroupRole[]): RoleGrant[] {
  const wanted = new Set(groups);
  const grants: RoleGrant[] = [];
  for (const m of mappings) {
    if (!wanted.has(m.groupName)) continue;
    const grant: RoleGrant = { role: m.role, organisationId: m.organisationId, partyId: m.partyId };
    if (!grants.some((g) => sameGrant(g, grant))) grants.push(grant);
  }
  return grants;
}

/** The user's id at the provider, unique across providers: issuer and subject. */
export function externalSubject(issuer: string, subject: string): string {
  return `${issuer}#${subject}`;
}
