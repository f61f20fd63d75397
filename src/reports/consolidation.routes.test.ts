import { expect, it } from 'vitest';
import { describeDb } from '../../test/harness.ts';
import { createCycle, createOrganisation, createTenant, signedInClient } from '../../test/factories.ts';

describeDb('city-wide consolidation of a cycle', (ctx) => {
  it('sums the submitted reports and lists who is missing: no report, or not yet submitted', async () => {
    const tenant = await createTenant(ctx.db);
    const [culture, sport, schools, parks] = await Promise.all(
      ['Kulturnämnden', 'Idrottsnämnden', 'Grundskolenämnden', 'Parknämnden'].map((name, i) => createOrganisation(ctx.db, tenant, { name, sortOrder: i })),
    );
    const cycle = await createCycle(ctx.db, tenant);
    const controller = await signedInClient(ctx.app, ctx.db, tenant, 'controller');
    const participants = [culture!, sport!, schools!, parks!].map((o) => o.id);
    expect((await controller.put(`/api/v1/cycles/${cycle.id}/participants`, { organisationIds: participants })).status).toBe(200);

    // Culture and sport submit, schools keeps a draft, parks has no report at all.
    const unit = (income: string, costs: string, allocation: string) => ({
      rows: { income: { actual: income, forecast: income }, costs: { actual: costs, forecast: costs }, allocation: { actual: allocation, forecast: allocation } },
    });
    const figures = new Map([
      [culture!.id, unit('10,0', '-50,5', '41,0')],
      [sport!.id, unit('2,5', '-30,0', '28,0')],
      [schools!.id, unit('100,0', '-900,0', '800,0')],
    ]);
    for (const [organisationId, slk] of figures) {
      const { id } = (await controller.post('/api/v1/reports', { organisationId, cycleId: cycle.id })).body;
      expect((await controller.put(`/api/v1/reports/${id}/sections/board-economy`, { version: 0, content: { figures: { units: { slk } } } })).status).toBe(200);
      if (organisationId !== schools!.id) expect((await controller.post(`/api/v1/reports/${id}/submit`, {})).status).toBe(200);
    }

    const res = await controller.get(`/api/v1/cycles/${cycle.id}/consolidation`);
    expect(res.status).toBe(200);
    expect(res.body.included.map((r: { name: string }) => r.name).sort()).toEqual(['Idrottsnämnden', 'Kulturnämnden']);
    expect(res.body.missing).toEqual([
      expect.objectContaining({ name: 'Grundskolenämnden', reason: 'not-submitted', status: 'draft' }),
      { organisationId: parks!.id, name: 'Parknämnden', reason: 'no-report' },
    ]);
    const row = (key: string) => res.body.statement.find((r: { key: string }) => r.key === key).cells;
    expect(row('income')).toMatchObject({ actual: 12.5, forecast: 12.5 });
    expect(row('costs')).toMatchObject({ actual: -80.5, forecast: -80.5 });
    expect(row('allocation').actual).toBe(69);
    expect(row('result').actual).toBe(1);

    // Only controllers consolidate.
    const reporter = await signedInClient(ctx.app, ctx.db, tenant, 'reporter', { organisationId: culture!.id });
    expect((await reporter.get(`/api/v1/cycles/${cycle.id}/consolidation`)).status).toBe(403);
    expect((await reporter.put(`/api/v1/cycles/${cycle.id}/participants`, { organisationIds: [] })).status).toBe(403);
  });
});
