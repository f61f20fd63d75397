import { expect, it } from 'vitest';
import { createAssignment, transitionAssignment } from '../assignments/assignment.commands.ts';
import { createOrganisation, createTenant, TestClient } from '../../test/factories.ts';
import { describeDb } from '../../test/harness.ts';

/** The entries of an Atom document as { id, title, updated } (the XML itself is parsed by Chromium in the browser tests). */
function entriesOf(xml: string) {
  return xml
    .split('<entry>')
    .slice(1)
    .map((e) => ({ id: /<id>([^<]+)<\/id>/.exec(e)![1]!, title: /<title>([^<]+)<\/title>/.exec(e)![1]!, updated: /<updated>([^<]+)<\/updated>/.exec(e)![1]! }));
}

describeDb('Atom feeds', (ctx) => {
  async function world() {
    const tenant = await createTenant(ctx.db);
    const board = await createOrganisation(ctx.db, tenant, { kind: 'board', name: 'Kommunstyrelsen' });
    const actor = { kind: 'system' as const, tenantId: tenant.id, label: 'test' };
    const assignment = await ctx.db.transaction().execute(async (trx) => {
      const a = await createAssignment(trx, actor, tenant, { dnr: '1407/22', title: 'Säkerställa textning av förinspelat material', origin: 'council', originDecidedOn: '2022-12-08', organisationIds: [board.id] });
      await transitionAssignment(trx, actor, tenant, { assignmentId: a.id, organisationId: board.id, to: 'in-progress', at: new Date('2023-03-01T09:00:00Z') });
      return a;
    });
    const client = new TestClient(ctx.app, tenant);
    return { tenant, board, actor, assignment, client };
  }

  it("follows an assignment: one entry per event, newest first, with stable ids", async () => {
    const { client, assignment, board, tenant, actor } = await world();
    const first = await client.get(`/flode/uppdrag/${assignment.id}`);
    expect(first.status).toBe(200);
    expect(first.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8');
    expect(entriesOf(first.text).map((e) => e.title)).toEqual(['Kommunstyrelsen: Tilldelat → Pågående', 'Uppdraget ges: 1407/22']);

    await ctx.db.transaction().execute((trx) =>
      transitionAssignment(trx, actor, tenant, { assignmentId: assignment.id, organisationId: board.id, to: 'proposed-done', at: new Date('2023-08-28T08:00:00Z') }),
    );
    const second = entriesOf((await client.get(`/flode/uppdrag/${assignment.id}`)).text);
    expect(second[0]).toMatchObject({ title: 'Kommunstyrelsen: Pågående → Föreslås förklarat genomfört', updated: '2023-08-28T08:00:00Z' });
    // Earlier entries keep their ids, so a feed reader does not show them as new.
    expect(second.slice(1).map((e) => e.id)).toEqual(entriesOf(first.text).map((e) => e.id));
  });

  it("follows an organisation's assignments", async () => {
    const { client, board } = await world();
    const res = await client.get(`/flode/organisationer/${board.id}`);
    expect(res.status).toBe(200);
    // Newest first: the register got the assignment today; the status change carries its historical date.
    expect(entriesOf(res.text).map((e) => e.title)).toEqual(['1407/22: Uppdraget gavs till Kommunstyrelsen', '1407/22: Kommunstyrelsen: Tilldelat → Pågående']);
    expect(Date.now() - Date.parse(res.headers.get('last-modified')!)).toBeLessThan(60_000);
  });

  it('follows a search, in any inflection', async () => {
    const { client, assignment } = await world();
    const res = await client.get(`/flode/sok?q=${encodeURIComponent('textningen')}`);
    expect(res.status).toBe(200);
    expect(res.text).toContain(`<link rel="alternate" type="text/html" href="http://${client.tenant.hostnames[0]}/uppdrag/${assignment.id}"/>`);
    expect(entriesOf(res.text)).toHaveLength(1);
  });

  it('answers 404 for what does not exist', async () => {
    const { client } = await world();
    expect((await client.get('/flode/uppdrag/00000000-0000-4000-8000-000000000000')).status).toBe(404);
  });
});
