import { expect, it } from 'vitest';
import { listAssignments } from '../assignments/assignment.store.ts';
import { listGoals } from '../goals/goal.store.ts';
import { listCycles } from '../cycles/cycle.store.ts';
import { listReadings } from '../indicators/indicator.store.ts';
import { describeDb } from '../../test/harness.ts';
import { TestClient } from '../../test/factories.ts';
import { findTenant } from '../tenants/tenant.store.ts';
import { seedDemo } from './seed-demo.ts';

describeDb('demo municipality', (ctx) => {
  it("holds the board's August 2023 situation from the seed", async () => {
    await seedDemo(ctx.db);
    const assignments = await listAssignments(ctx.db, 'goteborg', {}, { limit: 100 });
    // The seed's 14, plus the two new instructions of the board's (illustrative) decision 2023-10-18.
    expect(assignments).toHaveLength(16);
    const board = assignments.find((a) => a.dnr === '1443/22')!;
    // Proposed done in August; the decision step rejected the account, so it is in progress again.
    expect(board.assignees).toMatchObject([{ organisationName: 'Kommunstyrelsen', status: 'in-progress' }]);
    const textning = assignments.find((a) => a.dnr === '1407/22')!;
    expect(textning).toMatchObject({ origin: 'council', originDecidedOn: '2022-12-08', originReference: 'punkt 1' });
    const all = assignments.find((a) => a.dnr === '0198/23')!;
    expect(all.assignedToAll).toBe(true);
    expect(all.assignees.length).toBeGreaterThan(10);

    const goals = await listGoals(ctx.db, 'goteborg', { year: 2023 });
    expect(goals).toHaveLength(11);
    expect(goals.map((g) => g.responsibilities.find((r) => r.organisationName === 'Kommunstyrelsen')?.role)).toEqual([
      'responsible', 'lead', 'lead', null, 'lead', null, 'responsible', 'lead', 'lead', null, 'joint-lead',
    ]);

    const [cycle] = await listCycles(ctx.db, 'goteborg');
    const readings = await listReadings(ctx.db, 'goteborg', cycle!.id);
    const politicalFte = readings.find((r) => r.indicator.code === 'arsarbetare.politik')!;
    // The printed report says −2,2 %; the figures give −2,27 %, i.e. −2,3 %.
    expect(politicalFte.yearChange).toEqual({ absolute: -1.7, percent: -2.3 });
    const slkCost = readings.find((r) => r.indicator.code === 'netto-kostnad.slk')!;
    expect(slkCost.periodChange).toEqual({ absolute: 6.3, percent: 3.5 });
  });

  it('is never loaded twice', async () => {
    await expect(seedDemo(ctx.db)).rejects.toThrow(/finns redan/);
  });

  it('serves the pages in Swedish, and in English on request', async () => {
    const tenant = (await findTenant(ctx.db, 'goteborg'))!;
    const client = new TestClient(ctx.app, tenant);
    const start = await client.request('GET', '/', undefined, { accept: 'text/html' });
    expect(start.status).toBe(200);
    expect(start.text).toContain('<html lang="sv">');
    expect(start.text).toContain('Delårsrapport augusti 2023');
    // After the decision step, 1446/22 is declared done for the board's own part.
    const list = await client.request('GET', '/uppdrag?status=declared-done', undefined, { accept: 'text/html' });
    expect(list.text).toContain('1446/22');
    expect(list.text).not.toContain('1441/22');
    const english = await client.request('GET', '/mal?lang=en', undefined, { accept: 'text/html' });
    expect(english.text).toContain('<html lang="en">');
    expect(english.text).toContain('Kommunstyrelsen leads the goal');
  });
});
