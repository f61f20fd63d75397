import { expect, it } from 'vitest';
import { FormClient, pageText } from '../../test/e2e/form-client.ts';
import { createOrganisation, createTenant, createUser, PASSWORD, signedInClient, TestClient } from '../../test/factories.ts';
import { describeDb } from '../../test/harness.ts';
import { listChanges } from '../audit-log/audit-log.store.ts';

describeDb('Accounts and role grants', (ctx) => {
  it('creates an account, grants scoped roles, and the new person sets a password through a one-time link', async () => {
    const tenant = await createTenant(ctx.db);
    const office = await createOrganisation(ctx.db, tenant, { kind: 'administration', name: 'Stadsledningskontoret' });
    const admin = await signedInClient(ctx.app, ctx.db, tenant, 'administrator');
    const created = await admin.post('/api/v1/users', { email: 'ny.planerare@example.se', name: 'Nina Planerare', grants: [{ role: 'reporter', organisationId: office.id }] });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ hasPassword: false, grants: [{ role: 'reporter', organisationId: office.id, partyId: null, source: 'manual' }] });
    const id = created.body.id as string;

    expect((await admin.post(`/api/v1/users/${id}/grants`, { role: 'reporter' })).status).toBe(400);
    expect((await admin.post(`/api/v1/users/${id}/grants`, { role: 'reporter', organisationId: office.id })).status).toBe(409);
    const auditor = await admin.post(`/api/v1/users/${id}/grants`, { role: 'auditor', organisationId: office.id });
    expect(auditor.status).toBe(201);
    // A city-wide role keeps no organisation, whatever was sent.
    expect(auditor.body.grants.find((g: { role: string }) => g.role === 'auditor')).toMatchObject({ organisationId: null });
    expect((await admin.post('/api/v1/users', { email: 'NY.PLANERARE@example.se', name: 'Dubblett' })).status).toBe(409);

    const before = ctx.log.length;
    expect((await admin.post(`/api/v1/users/${id}/password-reset`)).status).toBe(202);
    const link = /(\/arbete\/losenord\/nytt\?token=\S+)/.exec(ctx.log.slice(before).join('\n'))![1]!;
    const browser = new FormClient(ctx.app, tenant);
    const form = await browser.get(link);
    expect(pageText(form.text)).toContain('Välj nytt lösenord');
    const token = new URL(link, 'http://x').searchParams.get('token')!;
    expect((await browser.post('/arbete/losenord/nytt', { token, password: 'nina skriver rapporter', repeated: 'nina skriver rapporter' })).status).toBe(303);
    await new TestClient(ctx.app, tenant).signIn('ny.planerare@example.se', 'nina skriver rapporter');

    const actions = (await listChanges(ctx.db, tenant.id, { entityType: 'user', entityId: id })).map((c) => c.action);
    expect(actions).toEqual(['user.create', 'role-grant.add', 'user.password-reset-requested', 'user.password-reset']);
  });

  it('signs a switched-off account out at once and never leaves the tenant without an administrator', async () => {
    const tenant = await createTenant(ctx.db);
    const adminUser = await createUser(ctx.db, tenant, 'administrator');
    const admin = await new TestClient(ctx.app, tenant).signIn(adminUser.email);
    const reader = await createUser(ctx.db, tenant, 'reader');
    const readerClient = await new TestClient(ctx.app, tenant).signIn(reader.email);
    expect((await admin.patch(`/api/v1/users/${reader.id}`, { active: false })).status).toBe(200);
    expect((await readerClient.get('/api/v1/session')).status).toBe(401);
    expect((await new TestClient(ctx.app, tenant).post('/api/v1/session', { email: reader.email, password: PASSWORD })).status).toBe(401);

    expect((await admin.patch(`/api/v1/users/${adminUser.id}`, { active: false })).status).toBe(409);
    const grants = (await admin.get(`/api/v1/users/${adminUser.id}`)).body.grants as Array<{ id: string }>;
    const removal = await admin.delete(`/api/v1/users/${adminUser.id}/grants/${grants[0]!.id}`);
    expect(removal.status).toBe(409);
    expect(removal.body.error.message).toBe('Kommunen måste ha minst en aktiv administratör.');
  });

  it('manages accounts through the administration pages without JavaScript', async () => {
    const tenant = await createTenant(ctx.db);
    const office = await createOrganisation(ctx.db, tenant, { kind: 'administration', name: 'Miljöförvaltningen' });
    const admin = await new FormClient(ctx.app, tenant).signIn((await createUser(ctx.db, tenant, 'administrator')).email, PASSWORD);
    await admin.get('/arbete/admin/personer');
    const missingScope = await admin.post('/arbete/admin/personer', { name: 'Sam Sekreterare', email: 'sam@example.se', role: 'secretary', organisationId: '', partyId: '' });
    expect(missingScope.status).toBe(400);
    expect(pageText(missingScope.text)).toContain('Rapportörer och sekreterare behöver en organisation.');
    expect(missingScope.text).toContain('value="sam@example.se"');
    const created = await admin.post('/arbete/admin/personer', { name: 'Sam Sekreterare', email: 'sam@example.se', role: 'secretary', organisationId: office.id, partyId: '' });
    expect(created.status).toBe(303);
    const page = await admin.get(created.location!);
    expect(pageText(page.text)).toContain('Sekreterare för Miljöförvaltningen');
    const removePath = /action="([^"]+\/ta-bort)"/.exec(page.text)![1]!;
    expect((await admin.post(removePath)).status).toBe(303);
    expect(pageText((await admin.get(created.location!.split('?')[0]!)).text)).toContain('Du har ännu inga behörigheter');
  });
});
