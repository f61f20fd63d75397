import { expect, it } from 'vitest';
import { FormClient, pageText } from '../../test/e2e/form-client.ts';
import { createOrganisation, createTenant, createUser, PASSWORD } from '../../test/factories.ts';
import { describeDb } from '../../test/harness.ts';
import { insertParty } from '../organisations/organisation.store.ts';

describeDb('Members of bodies in the workspace', (ctx) => {
  it('lets a body’s secretary add members to their body only', async () => {
    const tenant = await createTenant(ctx.db);
    const board = await createOrganisation(ctx.db, tenant, { kind: 'board', name: 'Kommunstyrelsen' });
    const other = await createOrganisation(ctx.db, tenant, { kind: 'committee', name: 'Kulturnämnden' });
    const party = await insertParty(ctx.db, tenant.id, { abbreviation: 'MP', name: 'Miljöpartiet' });
    const secretary = await new FormClient(ctx.app, tenant).signIn((await createUser(ctx.db, tenant, 'secretary', { organisationId: board.id })).email, PASSWORD);
    const page = await secretary.get('/arbete/ledamoter');
    expect(page.text).toContain(`<option value="${board.id}" selected="">Kommunstyrelsen</option>`);
    expect(page.text).not.toContain('Kulturnämnden');
    const added = await secretary.post('/arbete/ledamoter', { organisationId: board.id, givenName: 'Greta', familyName: 'Wallin', partyId: party.id, role: 'member', startDate: '2023-01-01', endDate: '' });
    expect(added.status).toBe(303);
    const list = pageText((await secretary.get(added.location!)).text);
    expect(list).toContain('Greta Wallin MP Ledamot 2023-01-01 –');
    const refused = await secretary.post('/arbete/ledamoter', { organisationId: other.id, givenName: 'Otto', familyName: 'Obehörig', role: 'member' });
    expect(refused.status).toBe(403);
  });
});
