import { describe, expect, it } from 'vitest';
import type { GroupRole } from './oidc-provider.store.ts';
import { grantsFromGroups, groupsFromClaims } from './oidc-roles.ts';

const ORG = '00000000-0000-4000-8000-000000000001';
const PARTY = '00000000-0000-4000-8000-000000000002';
const mappings: GroupRole[] = [
  { id: '1', groupName: 'uppsikt-controllers', role: 'controller', organisationId: null, partyId: null },
  { id: '2', groupName: 'slk-planering', role: 'reporter', organisationId: ORG, partyId: null },
  { id: '3', groupName: 'slk-planering-2', role: 'reporter', organisationId: ORG, partyId: null },
  { id: '4', groupName: 'v-kansli', role: 'party-secretary', organisationId: null, partyId: PARTY },
];

describe('OpenID Connect groups to role grants', () => {
  it('reads the groups claim as a list, a single string or a space-separated string', () => {
    expect(groupsFromClaims({ groups: ['a', 'b', 3] }, 'groups')).toEqual(['a', 'b']);
    expect(groupsFromClaims({ roles: 'a b,c' }, 'roles')).toEqual(['a', 'b', 'c']);
    expect(groupsFromClaims({ groups: { a: 1 } }, 'groups')).toEqual([]);
    expect(groupsFromClaims({}, 'groups')).toEqual([]);
  });

  it('grants what the mapped groups say, once each, and nothing for unknown groups', () => {
    expect(grantsFromGroups(['slk-planering', 'slk-planering-2', 'okänd', 'v-kansli'], mappings)).toEqual([
      { role: 'reporter', organisationId: ORG, partyId: null },
      { role: 'party-secretary', organisationId: null, partyId: PARTY },
    ]);
    expect(grantsFromGroups(['okänd'], mappings)).toEqual([]);
    expect(grantsFromGroups([], mappings)).toEqual([]);
  });
});
