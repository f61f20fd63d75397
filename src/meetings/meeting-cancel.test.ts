/**
 * Cancelling a meeting: through the API and the secretary's meeting page, with its refusals and
 * audit entry; publicly a called meeting stays visible, marked cancelled, and one cancelled
 * before it was called never shows.
 */
import { describe, expect, it } from 'vitest';
import { FormClient, pageText } from '../../test/e2e/form-client.ts';
import { createOrganisation, createTenant, createUser, PASSWORD, signedInClient, TestClient } from '../../test/factories.ts';
import { describeDb } from '../../test/harness.ts';
import { boardFixture } from '../decisions/decision-flow.fixture.ts';
import { cancelRefusal, isPublished, wasCalled } from './meeting.ts';

describe('cancelRefusal and wasCalled', () => {
  it('cancels before the meeting is held and without decisions; a meeting cancelled uncalled was never public', () => {
    expect(cancelRefusal({ state: 'planned' }, false)).toBeUndefined();
    expect(cancelRefusal({ state: 'called' }, false)).toBeUndefined();
    expect(cancelRefusal({ state: 'called' }, true)).toBe('has-decision');
    expect(cancelRefusal({ state: 'held' }, false)).toBe('not-cancellable');
    expect(cancelRefusal({ state: 'held' }, true)).toBe('has-decision');
    expect(cancelRefusal({ state: 'cancelled' }, false)).toBe('not-cancellable');
    expect(wasCalled({ state: 'cancelled', calledAt: new Date() })).toBe(true);
    expect(wasCalled({ state: 'cancelled', calledAt: null })).toBe(false);
    expect(isPublished({ state: 'cancelled', calledAt: new Date(), deletedAt: null })).toBe(true);
    expect(isPublished({ state: 'planned', calledAt: null, deletedAt: null })).toBe(false);
  });
});

/** A day a year ahead, so the meeting is among the meetings ahead. */
const nextYear = `${new Date().getUTCFullYear() + 1}-03-15`;

describeDb('Cancelling a meeting', (ctx) => {
  async function board() {
    const tenant = await createTenant(ctx.db);
    const ks = await createOrganisation(ctx.db, tenant, { kind: 'board', name: 'Kommunstyrelsen' });
    const secretary = await signedInClient(ctx.app, ctx.db, tenant, 'secretary', { organisationId: ks.id });
    const meeting = async (day: string) => {
      const res = await secretary.post('/api/v1/meetings', { organisationId: ks.id, startsAt: `${day}T13:00:00+01:00`, place: 'Stadshuset' });
      expect(res.status).toBe(201);
      expect((await secretary.post(`/api/v1/meetings/${res.body.id}/agenda-items`, { number: '1.1', title: 'Budget för nästa år' })).status).toBe(201);
      return res.body.id as string;
    };
    return { tenant, ks, secretary, meeting, anonymous: new TestClient(ctx.app, tenant) };
  }

  it('keeps a called meeting public, marked cancelled, on its page, in the lists, the API and OParl', async () => {
    const { tenant, secretary, meeting, anonymous } = await board();
    const id = await meeting(nextYear);
    expect((await secretary.post(`/api/v1/meetings/${id}/call`)).status).toBe(200);

    const cancelled = await secretary.post(`/api/v1/meetings/${id}/cancel`, { reason: 'Ordföranden är sjuk.' });
    expect(cancelled.status, JSON.stringify(cancelled.body)).toBe(200);
    expect(cancelled.body).toMatchObject({ id, state: 'cancelled' });
    const entry = await ctx.db
      .selectFrom('audit_log')
      .select(['entity_type', 'before', 'after', 'reason'])
      .where('tenant_id', '=', tenant.id)
      .where('action', '=', 'meeting.cancel')
      .executeTakeFirstOrThrow();
    const json = (v: unknown) => (typeof v === 'string' ? JSON.parse(v) : v);
    expect([entry.entity_type, json(entry.before), json(entry.after), entry.reason]).toEqual(['meeting', { state: 'called' }, { state: 'cancelled' }, 'Ordföranden är sjuk.']);

    // Once cancelled, it stays so: no second cancellation, no attendance, no new items.
    const again = await secretary.post(`/api/v1/meetings/${id}/cancel`);
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('invalid_transition');
    expect((await secretary.put(`/api/v1/meetings/${id}/attendance`, { present: [] })).status).toBe(423);
    expect((await secretary.post(`/api/v1/meetings/${id}/agenda-items`, { number: '1.2', title: 'Övrigt' })).status).toBe(423);

    expect((await anonymous.get(`/api/v1/meetings/${id}`)).body.meeting.state).toBe('cancelled');
    expect((await anonymous.get('/api/v1/meetings')).body.data.map((m: { id: string; state: string }) => [m.id, m.state])).toEqual([[id, 'cancelled']]);

    const page = await anonymous.get(`/sammantraden/${id}`);
    expect(page.status).toBe(200);
    expect(pageText(page.text)).toContain('Inställt');
    expect(pageText(page.text)).toContain('Sammanträdet är inställt.');
    expect(pageText(page.text)).toContain('Budget för nästa år');
    const english = await anonymous.request('GET', `/sammantraden/${id}?lang=en`, undefined, { accept: 'text/html' });
    expect(pageText(english.text)).toContain('Cancelled');
    expect(pageText(english.text)).toContain('The meeting is cancelled.');

    const mark = '<span class="status status-cancelled">Inställt</span>';
    expect((await anonymous.get('/sammantraden')).text).toContain(mark);
    // The start page's meetings ahead show it, marked: a citizen learns it will not take place.
    const start = await anonymous.get('/');
    expect(start.text).toMatch(new RegExp(`href="/sammantraden/${id}"[^]*?${mark}`));

    const oparl = await anonymous.get(`/oparl/v1/meeting/${id}`);
    expect(oparl.status).toBe(200);
    expect(oparl.body).toMatchObject({ cancelled: true });
  });

  it('never shows a meeting cancelled before it was called', async () => {
    const { secretary, meeting, anonymous } = await board();
    const id = await meeting(nextYear);
    const cancelled = await secretary.post(`/api/v1/meetings/${id}/cancel`);
    expect(cancelled.status, JSON.stringify(cancelled.body)).toBe(200);
    expect(cancelled.body.state).toBe('cancelled');
    expect((await anonymous.get(`/api/v1/meetings/${id}`)).status).toBe(404);
    expect((await anonymous.get(`/sammantraden/${id}`)).status).toBe(404);
    expect((await anonymous.get('/api/v1/meetings')).body.data).toEqual([]);
    expect((await anonymous.get('/sammantraden')).text).not.toContain(id);
    expect((await anonymous.get('/')).text).not.toContain(id);
    expect((await anonymous.get(`/oparl/v1/meeting/${id}`)).status).toBe(404);
    // Its secretary still sees it, cancelled.
    expect((await secretary.get('/api/v1/meetings?includePlanned=true')).body.data.map((m: { state: string }) => m.state)).toEqual(['cancelled']);
  });

  it('refuses a meeting with a recorded decision, and someone who does not manage the body’s meetings', async () => {
    const f = await boardFixture(ctx.db);
    const secretary = await signedInClient(ctx.app, ctx.db, f.tenant, 'secretary', { organisationId: f.ks.id });
    const matter = await secretary.post(`/api/v1/reports/${f.report.id}/matter`, { registeredOn: '2023-08-28' });
    expect(matter.status, JSON.stringify(matter.body)).toBe(201);
    const meeting = (await secretary.post('/api/v1/meetings', { organisationId: f.ks.id, startsAt: '2023-10-18T13:00:00+02:00', place: 'Stadshuset' })).body;
    const item = (await secretary.post(`/api/v1/meetings/${meeting.id}/agenda-items`, { number: '1.1', matterId: matter.body.matter.id })).body;
    expect((await secretary.post(`/api/v1/meetings/${meeting.id}/call`)).status).toBe(200);

    const outsider = await signedInClient(ctx.app, ctx.db, f.tenant, 'secretary', { organisationId: f.other.id });
    expect((await outsider.post(`/api/v1/meetings/${meeting.id}/cancel`)).status).toBe(403);
    expect((await new TestClient(ctx.app, f.tenant).post(`/api/v1/meetings/${meeting.id}/cancel`)).status).toBe(401);

    expect((await secretary.put(`/api/v1/meetings/${meeting.id}/attendance`, { present: f.members.map((m) => ({ personId: m.id })) })).status).toBe(200);
    const decided = await secretary.post(`/api/v1/agenda-items/${item.id}/decision`, { paragraph: 1 });
    expect(decided.status, JSON.stringify(decided.body)).toBe(201);
    const refused = await secretary.post(`/api/v1/meetings/${meeting.id}/cancel`);
    expect(refused.status).toBe(409);
    expect(refused.body.error).toMatchObject({ code: 'invalid_transition', message: 'Sammanträdet har beslut i protokollet och kan inte ställas in.' });
  });

  it('is cancelled from the secretary’s meeting page after ticking the confirmation', async () => {
    const { tenant, ks, meeting, anonymous } = await board();
    const id = await meeting(nextYear);
    const user = await createUser(ctx.db, tenant, 'secretary', { organisationId: ks.id });
    const secretary = await new FormClient(ctx.app, tenant).signIn(user.email, PASSWORD);
    const path = `/arbete/sammantraden/${id}`;
    expect((await secretary.post(`${path}/kallelse`)).status).toBe(303);

    const page = await secretary.get(path);
    expect(page.text).toContain(`action="${path}/installning"`);
    expect(pageText(page.text)).toContain('Ställ in sammanträdet');
    expect(pageText(page.text)).toContain('markerat som inställt');
    expect(page.text).toContain('<label for="cn-confirm">Ja, sammanträdet ska ställas in</label>');

    const unconfirmed = await secretary.post(`${path}/installning`, { reason: '' });
    expect(unconfirmed.status).toBe(400);
    expect(pageText(unconfirmed.text)).toContain('Kryssa i att sammanträdet ska ställas in.');
    expect((await secretary.post(`${path}/installning`, { _csrf: 'fel', confirm: 'ja' })).status).toBe(403);
    const other = await createOrganisation(ctx.db, tenant, { kind: 'committee' });
    const outsider = await new FormClient(ctx.app, tenant).signIn((await createUser(ctx.db, tenant, 'secretary', { organisationId: other.id })).email, PASSWORD);
    await outsider.get('/arbete');
    expect((await outsider.post(`${path}/installning`, { confirm: 'ja' })).status).toBe(403);

    const done = await secretary.post(`${path}/installning`, { confirm: 'ja', reason: 'Inga ärenden att behandla.' });
    expect(done.status, pageText(done.text).slice(0, 800)).toBe(303);
    expect(done.location).toBe(`${path}?klart=cancelled`);
    const after = await secretary.get(done.location!);
    expect(pageText(after.text)).toContain('Sammanträdet är inställt.');
    expect(pageText(after.text)).toContain('Stadshuset – Inställt');
    expect(after.text).not.toContain(`${path}/installning`);
    expect(after.text).not.toContain(`${path}/narvaro`);
    expect(after.text).not.toContain(`${path}/punkter"`);
    expect(pageText((await anonymous.get(`/sammantraden/${id}`)).text)).toContain('Inställt');
  });
});
