import { beforeAll, expect, it } from 'vitest';
import type { Organisation } from '../organisations/organisation.ts';
import type { Tenant } from '../tenants/tenant.ts';
import { createOrganisation, createTenant, signedInClient, TestClient } from '../../test/factories.ts';
import { describeDb } from '../../test/harness.ts';

describeDb('assignments API', (ctx) => {
  let tenant: Tenant;
  let board: Organisation;
  let committee: Organisation;
  let cityOffice: Organisation;
  let controller: TestClient;

  beforeAll(async () => {
    tenant = await createTenant(ctx.db);
    board = await createOrganisation(ctx.db, tenant, { kind: 'board', name: 'Kommunstyrelsen' });
    committee = await createOrganisation(ctx.db, tenant, { kind: 'committee', name: 'Kulturnämnden' });
    cityOffice = await createOrganisation(ctx.db, tenant, { kind: 'administration', name: 'Stadsledningskontoret', servesId: board.id });
    controller = await signedInClient(ctx.app, ctx.db, tenant, 'controller');
  });

  const newAssignment = (overrides: Record<string, unknown> = {}) => ({
    dnr: '1446/22',
    title: 'Ta fram en plan för hur äldre medarbetares kompetens ska tas tillvara',
    origin: 'council-budget',
    originYear: 2023,
    organisationIds: [board.id],
    ...overrides,
  });

  it('creates an assignment and lists it with its assignee status', async () => {
    const created = await controller.post('/api/v1/assignments', newAssignment());
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ dnr: '1446/22', origin: 'council-budget', assignees: [{ organisationId: board.id, status: 'assigned' }] });

    const list = await controller.get(`/api/v1/assignments?organisation=${board.id}`);
    expect(list.status).toBe(200);
    expect(list.body.data.map((a: { dnr: string }) => a.dnr)).toContain('1446/22');
  });

  it('refuses a dnr in no configured format with invalid_dnr', async () => {
    const res = await controller.post('/api/v1/assignments', newAssignment({ dnr: '12/2022' }));
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('invalid_dnr');
    expect(res.body.error.message).toContain('12/2022');
  });

  it('refuses a duplicate dnr in the same tenant', async () => {
    await controller.post('/api/v1/assignments', newAssignment({ dnr: 'SLK-2023-00100' }));
    const again = await controller.post('/api/v1/assignments', newAssignment({ dnr: 'slk-2023-00100' }));
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('duplicate');
  });

  it('answers schema violations with invalid_input naming the fields', async () => {
    const res = await controller.post('/api/v1/assignments', { dnr: '1447/22', title: 'x', origin: 'council-budget' });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('invalid_input');
    expect(res.body.error.message).toMatch(/title/);
    expect(res.body.error.message).toMatch(/originYear/);
  });

  it('leaves no partial rows when a write fails half-way', async () => {
    const before = await ctx.db.selectFrom('assignments').select((eb) => eb.fn.countAll<number>().as('n')).where('tenant_id', '=', tenant.id).executeTakeFirstOrThrow();
    const auditBefore = await ctx.db.selectFrom('audit_log').select((eb) => eb.fn.countAll<number>().as('n')).where('tenant_id', '=', tenant.id).executeTakeFirstOrThrow();
    // The second organisation id is well-formed but unknown: refused after the dnr was checked.
    const res = await controller.post('/api/v1/assignments', newAssignment({ dnr: '1448/22', organisationIds: [board.id, '00000000-0000-4000-8000-000000000000'] }));
    expect(res.status).toBe(400);
    const after = await ctx.db.selectFrom('assignments').select((eb) => eb.fn.countAll<number>().as('n')).where('tenant_id', '=', tenant.id).executeTakeFirstOrThrow();
    const auditAfter = await ctx.db.selectFrom('audit_log').select((eb) => eb.fn.countAll<number>().as('n')).where('tenant_id', '=', tenant.id).executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
    expect(Number(auditAfter.n)).toBe(Number(auditBefore.n));
  });

  it('expands "all committees and boards" to one assignee per such organisation', async () => {
    const res = await controller.post('/api/v1/assignments', newAssignment({ dnr: '0198/23', organisationIds: undefined, assignedToAll: true }));
    expect(res.status).toBe(201);
    const ids = res.body.assignees.map((a: { organisationId: string }) => a.organisationId).sort();
    expect(ids).toEqual([board.id, committee.id].sort());
    expect(ids).not.toContain(cityOffice.id);
  });

  it('moves a status along the machine, records history and audit, and refuses illegal moves', async () => {
    const created = await controller.post('/api/v1/assignments', newAssignment({ dnr: '0197/23' }));
    const base = `/api/v1/assignments/${created.body.id}/assignees/${board.id}/transitions`;
    expect((await controller.post(base, { to: 'proposed-done', reason: 'Redovisas i delårsrapport augusti' })).status).toBe(200);

    const illegal = await controller.post(base, { to: 'closed' });
    expect(illegal.status).toBe(409);
    expect(illegal.body.error.code).toBe('invalid_transition');
    expect(illegal.body.error.details.allowed).toEqual(['declared-done', 'in-progress']);
    expect(illegal.body.error.message).toContain('Förklarat genomfört för egen del');

    const history = await controller.get(`/api/v1/assignments/${created.body.id}/history`);
    expect(history.body.data.map((h: { to: string }) => h.to)).toEqual(['assigned', 'proposed-done']);
    expect(history.body.data[1]).toMatchObject({ from: 'assigned', reason: 'Redovisas i delårsrapport augusti', by: 'Test controller' });

    const audit = await ctx.db.selectFrom('audit_log').selectAll().where('tenant_id', '=', tenant.id).where('entity_id', '=', created.body.id).orderBy('at').execute();
    expect(audit.map((a) => a.action)).toEqual(['assignment.create', 'assignment.transition']);
  });

  it('answers conflict when the status changed since the client read it', async () => {
    const created = await controller.post('/api/v1/assignments', newAssignment({ dnr: '0199/23' }));
    const version = created.body.assignees[0].version;
    const base = `/api/v1/assignments/${created.body.id}/assignees/${board.id}/transitions`;
    expect((await controller.post(base, { to: 'in-progress', version })).status).toBe(200);
    const stale = await controller.post(base, { to: 'partially-reported', version });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('conflict');
  });

  it('answers conflict on an edit made from a stale version', async () => {
    const created = await controller.post('/api/v1/assignments', newAssignment({ dnr: '0200/23' }));
    const first = await controller.patch(`/api/v1/assignments/${created.body.id}`, { version: 1, title: 'Ny titel för uppdraget' });
    expect(first.status).toBe(200);
    expect(first.body.version).toBe(2);
    const second = await controller.patch(`/api/v1/assignments/${created.body.id}`, { version: 1, title: 'Annan titel' });
    expect(second.status).toBe(409);
    expect(second.body.error.code).toBe('conflict');
  });

  it('lets a reporter move only assignments of organisations their grant covers', async () => {
    const created = await controller.post('/api/v1/assignments', newAssignment({ dnr: '1441/22', organisationIds: [board.id, committee.id] }));
    // A reporter at the city office, which serves the board.
    const reporter = await signedInClient(ctx.app, ctx.db, tenant, 'reporter', { organisationId: cityOffice.id });
    const own = await reporter.post(`/api/v1/assignments/${created.body.id}/assignees/${board.id}/transitions`, { to: 'in-progress' });
    expect(own.status).toBe(200);
    const other = await reporter.post(`/api/v1/assignments/${created.body.id}/assignees/${committee.id}/transitions`, { to: 'in-progress' });
    expect(other.status).toBe(403);
    expect(other.body.error.code).toBe('forbidden');
    const create = await reporter.post('/api/v1/assignments', newAssignment({ dnr: '1449/22' }));
    expect(create.status).toBe(403);
  });

  it('requires sign-in and a CSRF token for changes', async () => {
    const anonymous = new TestClient(ctx.app, tenant);
    const res = await anonymous.post('/api/v1/assignments', newAssignment({ dnr: '1450/22' }));
    expect(res.status).toBe(401);
    expect(res.body.error.code).toBe('unauthenticated');
  });

  it('pages with a stable cursor', async () => {
    for (let i = 0; i < 5; i++) await controller.post('/api/v1/assignments', newAssignment({ dnr: `SLK-2024-${String(i + 1).padStart(5, '0')}` }));
    const first = await controller.get('/api/v1/assignments?year=2023&limit=3');
    expect(first.body.data).toHaveLength(3);
    expect(first.body.links.next).toMatch(/cursor=/);
    const second = await controller.get(first.body.links.next);
    const seen = [...first.body.data, ...second.body.data].map((a: { id: string }) => a.id);
    expect(new Set(seen).size).toBe(seen.length);
    const bad = await controller.get('/api/v1/assignments?cursor=garbage');
    expect(bad.status).toBe(400);
  });

  it('keeps tenants apart', async () => {
    const other = await createTenant(ctx.db);
    const otherClient = new TestClient(ctx.app, other);
    const list = await otherClient.get('/api/v1/assignments');
    expect(list.body.data).toEqual([]);
    const created = await controller.post('/api/v1/assignments', newAssignment({ dnr: '1451/22' }));
    expect((await otherClient.get(`/api/v1/assignments/${created.body.id}`)).status).toBe(404);
  });

  it('filters by the year an assignment was given and finds words in any inflection', async () => {
    await controller.post('/api/v1/assignments', newAssignment({ dnr: '1407/22', title: 'Säkerställa textning av förinspelat material', origin: 'council', originYear: null, originDecidedOn: '2022-12-08' }));
    const byDecisionYear = await controller.get('/api/v1/assignments?year=2022&origin=council');
    expect(byDecisionYear.body.data.map((a: { dnr: string }) => a.dnr)).toContain('1407/22');
    // "textningen" (definite form) finds "textning".
    const byWord = await controller.get(`/api/v1/assignments?text=${encodeURIComponent('textningen')}`);
    expect(byWord.body.data.map((a: { dnr: string }) => a.dnr)).toEqual(['1407/22']);
  });
});
