/** The API's meeting list with includePlanned: a secretary sees their own bodies' planned meetings, not another body's. */
import { expect, it } from 'vitest';
import { createOrganisation, createTenant, signedInClient } from '../../test/factories.ts';
import { describeDb } from '../../test/harness.ts';

describeDb('Listing meetings with the planned ones', (ctx) => {
  it('shows a secretary the planned meetings of the bodies they manage and only the called ones of others', async () => {
    const tenant = await createTenant(ctx.db);
    const ks = await createOrganisation(ctx.db, tenant, { kind: 'board', name: 'Kommunstyrelsen' });
    const kn = await createOrganisation(ctx.db, tenant, { kind: 'committee', name: 'Kulturnämnden' });
    const ksSecretary = await signedInClient(ctx.app, ctx.db, tenant, 'secretary', { organisationId: ks.id });
    const knSecretary = await signedInClient(ctx.app, ctx.db, tenant, 'secretary', { organisationId: kn.id });
    const plan = async (client: typeof ksSecretary, organisationId: string, day: string) => {
      const res = await client.post('/api/v1/meetings', { organisationId, startsAt: `${day}T13:00:00+01:00`, place: 'Stadshuset' });
      expect(res.status, JSON.stringify(res.body)).toBe(201);
      return res.body.id as string;
    };
    const ks1 = await plan(ksSecretary, ks.id, '2030-03-01');
    const ks2 = await plan(ksSecretary, ks.id, '2030-03-02');
    const kn1 = await plan(knSecretary, kn.id, '2030-03-03');
    const kn2 = await plan(knSecretary, kn.id, '2030-03-04');
    expect((await knSecretary.post(`/api/v1/meetings/${kn2}/call`)).status).toBe(200);

    const ids = async (client: typeof ksSecretary) => (await client.get('/api/v1/meetings?includePlanned=true')).body.data.map((m: { id: string }) => m.id);
    expect(await ids(ksSecretary)).toEqual([ks1, ks2, kn2]);
    expect(await ids(knSecretary)).toEqual([kn1, kn2]);
  });
});
