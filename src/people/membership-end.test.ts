/**
 * Ending a seat in a body: through the API, with its refusals and audit entry, and what it
 * means at a meeting — the member counts on the last day, not after.
 */
import { describe, expect, it } from 'vitest';
import { createOrganisation, createTenant, signedInClient, TestClient } from '../../test/factories.ts';
import { describeDb } from '../../test/harness.ts';
import { endRefusal } from './person.ts';

describe('endRefusal', () => {
  it('refuses a last day before the first and the lengthening of an ended seat', () => {
    expect(endRefusal({ startDate: '2023-01-01', endDate: null }, '2022-12-31')).toBe('before-start');
    expect(endRefusal({ startDate: '2023-01-01', endDate: null }, '2023-01-01')).toBeUndefined();
    expect(endRefusal({ startDate: null, endDate: null }, '1990-01-01')).toBeUndefined();
    expect(endRefusal({ startDate: '2023-01-01', endDate: '2023-06-30' }, '2023-07-01')).toBe('already-ended');
    expect(endRefusal({ startDate: '2023-01-01', endDate: '2023-06-30' }, '2023-06-30')).toBeUndefined();
    expect(endRefusal({ startDate: '2023-01-01', endDate: '2026-12-31' }, '2023-06-30')).toBeUndefined();
  });
});

describeDb('Ending a seat', (ctx) => {
  async function boardWithMembers() {
    const tenant = await createTenant(ctx.db);
    const board = await createOrganisation(ctx.db, tenant, { kind: 'board', name: 'Kommunstyrelsen' });
    const secretary = await signedInClient(ctx.app, ctx.db, tenant, 'secretary', { organisationId: board.id });
    const person = async (givenName: string) => {
      const res = await secretary.post('/api/v1/people', {
        givenName,
        familyName: 'Testsson',
        memberships: [{ organisationId: board.id, role: 'member', startDate: '2023-01-01' }],
      });
      expect(res.status, JSON.stringify(res.body)).toBe(201);
      return { id: res.body.id as string, membershipId: res.body.memberships[0].id as string };
    };
    return { tenant, board, secretary, anna: await person('Anna'), bo: await person('Bo') };
  }

  it('ends a seat on a given day, with an audit entry, and refuses what cannot be', async () => {
    const { tenant, board, secretary, anna } = await boardWithMembers();
    const path = `/api/v1/memberships/${anna.membershipId}/end`;

    const early = await secretary.post(path, { endDate: '2022-12-31' });
    expect(early.status).toBe(400);
    expect(early.body.error.code).toBe('invalid_input');
    expect((await secretary.post(path, { endDate: '31/12/2023' })).body.error.code).toBe('invalid_input');

    const ended = await secretary.post(path, { endDate: '2023-10-17' });
    expect(ended.status, JSON.stringify(ended.body)).toBe(200);
    expect(ended.body).toMatchObject({ id: anna.membershipId, organisationId: board.id, startDate: '2023-01-01', endDate: '2023-10-17' });
    const listed = await new TestClient(ctx.app, tenant).get(`/api/v1/people?organisation=${board.id}`);
    expect(listed.body.data.find((p: { id: string }) => p.id === anna.id).memberships[0].endDate).toBe('2023-10-17');

    // An ended seat is not lengthened by ending it later; the same day again changes nothing.
    const later = await secretary.post(path, { endDate: '2023-12-31' });
    expect(later.status).toBe(409);
    expect(later.body.error).toMatchObject({ code: 'invalid_transition', message: expect.stringContaining('2023-10-17') });
    expect((await secretary.post(path, { endDate: '2023-10-17' })).status).toBe(200);

    const entries = await ctx.db
      .selectFrom('audit_log')
      .select(['action', 'entity_type', 'before', 'after'])
      .where('tenant_id', '=', tenant.id)
      .where('entity_id', '=', anna.membershipId)
      .where('action', '=', 'membership.end')
      .execute();
    expect(entries).toHaveLength(1);
    const json = (v: unknown) => (typeof v === 'string' ? JSON.parse(v) : v);
    expect(entries.map((e) => [e.entity_type, json(e.before), json(e.after)])).toEqual([['membership', { endDate: null }, { endDate: '2023-10-17' }]]);
  });

  it('is for whoever manages the body’s members', async () => {
    const { tenant, anna } = await boardWithMembers();
    const other = await createOrganisation(ctx.db, tenant, { kind: 'committee' });
    const otherSecretary = await signedInClient(ctx.app, ctx.db, tenant, 'secretary', { organisationId: other.id });
    const refused = await otherSecretary.post(`/api/v1/memberships/${anna.membershipId}/end`, { endDate: '2023-10-17' });
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe('forbidden');
    const anonymous = await new TestClient(ctx.app, tenant).post(`/api/v1/memberships/${anna.membershipId}/end`, { endDate: '2023-10-17' });
    expect(anonymous.status).toBe(401);
    const admin = await signedInClient(ctx.app, ctx.db, tenant, 'administrator');
    const missing = await admin.post('/api/v1/memberships/00000000-0000-4000-8000-000000000000/end', { endDate: '2023-10-17' });
    expect(missing.status).toBe(404);
    expect(missing.body.error.code).toBe('not_found');
  });

  it('counts the member at a meeting on the last day, and not from the day after', async () => {
    const { board, secretary, anna, bo } = await boardWithMembers();
    expect((await secretary.post(`/api/v1/memberships/${anna.membershipId}/end`, { endDate: '2023-10-17' })).status).toBe(200);
    const meetingOn = async (startsAt: string) => (await secretary.post('/api/v1/meetings', { organisationId: board.id, startsAt, place: 'Stadshuset' })).body.id as string;

    const lastDay = await meetingOn('2023-10-17T13:00:00+02:00');
    const onLastDay = await secretary.put(`/api/v1/meetings/${lastDay}/attendance`, { present: [{ personId: anna.id }, { personId: bo.id }] });
    expect(onLastDay.status, JSON.stringify(onLastDay.body)).toBe(200);
    expect(onLastDay.body.data).toHaveLength(2);

    const dayAfter = await meetingOn('2023-10-18T13:00:00+02:00');
    const refused = await secretary.put(`/api/v1/meetings/${dayAfter}/attendance`, { present: [{ personId: anna.id }, { personId: bo.id }] });
    expect(refused.status).toBe(400);
    expect(refused.body.error.details.problems).toEqual([`Personen ${anna.id} är inte ledamot eller ersättare i organet den dagen.`]);
    // With one voting member left, one serving member is all the body has.
    expect((await secretary.put(`/api/v1/meetings/${dayAfter}/attendance`, { present: [{ personId: bo.id }] })).status).toBe(200);
  });
});
