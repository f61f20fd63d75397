import { swedishDay } from '../numbers/swedish-format.ts';
import { expect, it } from 'vitest';
import { FormClient, inputValue, pageText } from '../../test/e2e/form-client.ts';
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

  it('ends a seat from the list: last day proposed as today, shown as ended, refused before it began', async () => {
    const tenant = await createTenant(ctx.db);
    const board = await createOrganisation(ctx.db, tenant, { kind: 'board', name: 'Kommunstyrelsen' });
    const admin = await new FormClient(ctx.app, tenant).signIn((await createUser(ctx.db, tenant, 'administrator')).email, PASSWORD);
    await admin.get(`/arbete/ledamoter?organ=${board.id}`);
    expect((await admin.post('/arbete/ledamoter', { organisationId: board.id, givenName: 'Greta', familyName: 'Wallin', role: 'member', startDate: '2023-01-01', endDate: '' })).status).toBe(303);
    const page = await admin.get(`/arbete/ledamoter?organ=${board.id}`);
    const membershipId = /action="\/arbete\/ledamoter\/uppdrag\/([0-9a-f-]{36})\/avsluta"/.exec(page.text)?.[1];
    expect(membershipId).toBeDefined();
    const today = swedishDay();
    expect(page.text).toContain(`<label for="end-${membershipId}">Sista dag<span class="visually-hidden"> för Greta Wallin</span></label>`);
    expect(inputValue(page.text, 'endDate')).toBe(today);
    expect(pageText(page.text)).toContain('Avsluta uppdraget för Greta Wallin');

    const early = await admin.post(`/arbete/ledamoter/uppdrag/${membershipId}/avsluta`, { organisationId: board.id, endDate: '2022-12-31' });
    expect(early.status).toBe(400);
    expect(pageText(early.text)).toContain('Uppdraget kan inte sluta före det började (2023-01-01).');

    const noToken = await admin.post(`/arbete/ledamoter/uppdrag/${membershipId}/avsluta`, { _csrf: 'fel', organisationId: board.id, endDate: today });
    expect(noToken.status).toBe(403);

    const ended = await admin.post(`/arbete/ledamoter/uppdrag/${membershipId}/avsluta`, { organisationId: board.id, endDate: today });
    expect(ended.status, pageText(ended.text).slice(0, 800)).toBe(303);
    expect(ended.location).toBe(`/arbete/ledamoter?organ=${board.id}&klart=ended`);
    const after = pageText((await admin.get(ended.location!)).text);
    expect(after).toContain('Uppdraget är avslutat.');
    expect(after).toContain(`Greta Wallin Ledamot 2023-01-01 – ${today} Avslutat ${today}`);
    expect(after).not.toContain('Avsluta uppdraget för Greta Wallin');
  });
});
