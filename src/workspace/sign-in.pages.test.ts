import { expect, it } from 'vitest';
import { createTenant, createUser, PASSWORD, TestClient } from '../../test/factories.ts';
import { FormClient, pageText } from '../../test/e2e/form-client.ts';
import { describeDb } from '../../test/harness.ts';
import { listChanges } from '../audit-log/audit-log.store.ts';

describeDb('Workspace sign-in, sign-out and password reset', (ctx) => {
  it('signs in with the form and lands on the page asked for, then signs out', async () => {
    const tenant = await createTenant(ctx.db);
    const user = await createUser(ctx.db, tenant, 'administrator');
    const browser = new FormClient(ctx.app, tenant);

    const asked = await browser.get('/arbete/andringslogg');
    expect(asked.status).toBe(303);
    expect(asked.location).toBe('/arbete/logga-in?till=%2Farbete%2Fandringslogg');

    const form = await browser.get(asked.location!);
    expect(form.status).toBe(200);
    expect(form.headers.get('cache-control')).toBe('no-store');
    const res = await browser.post('/arbete/logga-in', { email: user.email, password: PASSWORD, till: '/arbete/andringslogg' });
    expect(res.status).toBe(303);
    expect(res.location).toBe('/arbete/andringslogg');

    const home = await browser.get('/arbete');
    expect(home.status).toBe(200);
    expect(pageText(home.text)).toContain('Inloggad som Test administrator');

    const out = await browser.post('/arbete/logga-ut');
    expect(out.status).toBe(303);
    expect((await browser.get('/arbete')).status).toBe(303);
  });

  it('switches the workspace to English from its menu and keeps the choice from page to page', async () => {
    const tenant = await createTenant(ctx.db);
    const user = await createUser(ctx.db, tenant, 'administrator');
    const browser = new FormClient(ctx.app, tenant);
    await browser.get('/arbete/logga-in');
    await browser.post('/arbete/logga-in', { email: user.email, password: PASSWORD });
    const swedish = await browser.get('/arbete');
    const link = /<a href="([^"]*)" lang="en" hreflang="en">In English<\/a>/.exec(swedish.text);
    expect(link?.[1]).toBe('/arbete?lang=en');
    const english = await browser.get(link![1]!.replace(/&amp;/g, '&'));
    expect(english.text).toContain('<html lang="en">');
    expect(pageText(english.text)).toContain('Signed in as Test administrator');
    const next = await browser.get('/arbete/andringslogg');
    expect(pageText(next.text)).toContain('Change log');
    expect(next.text).toContain('hreflang="sv">På svenska</a>');
  });

  it('refuses a wrong password with the same message as an unknown address, and keeps the address typed', async () => {
    const tenant = await createTenant(ctx.db);
    const user = await createUser(ctx.db, tenant, 'reader');
    const browser = new FormClient(ctx.app, tenant);
    await browser.get('/arbete/logga-in');
    const wrong = await browser.post('/arbete/logga-in', { email: user.email, password: 'fel lösenord' });
    const unknown = await browser.post('/arbete/logga-in', { email: 'ingen@example.se', password: 'fel lösenord' });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(pageText(wrong.text)).toContain('Fel e-postadress eller lösenord.');
    expect(pageText(unknown.text)).toContain('Fel e-postadress eller lösenord.');
    expect(wrong.text).toContain(`value="${user.email}"`);
  });

  it('never sends a fresh session to another site', async () => {
    const tenant = await createTenant(ctx.db);
    const user = await createUser(ctx.db, tenant, 'reader');
    for (const till of ['https://evil.example/', '//evil.example/arbete', '/\\evil.example', '/arbete//evil.example']) {
      const browser = new FormClient(ctx.app, tenant);
      await browser.get('/arbete/logga-in');
      const res = await browser.post('/arbete/logga-in', { email: user.email, password: PASSWORD, till });
      expect(res.location, till).toBe('/arbete');
    }
  });

  it('requires the pre-session CSRF token of this browser on the sign-in form', async () => {
    const tenant = await createTenant(ctx.db);
    const user = await createUser(ctx.db, tenant, 'reader');
    const attacker = new FormClient(ctx.app, tenant);
    await attacker.get('/arbete/logga-in');
    const victim = new FormClient(ctx.app, tenant);
    await victim.get('/arbete/logga-in');

    const missing = await victim.post('/arbete/logga-in', { _csrf: '', email: user.email, password: PASSWORD });
    expect(missing.status).toBe(403);
    // A token from another browser's page does not match this browser's cookie.
    const foreign = await victim.post('/arbete/logga-in', { _csrf: attacker.csrf!, email: user.email, password: PASSWORD });
    expect(foreign.status).toBe(403);
    const noCookie = new FormClient(ctx.app, tenant);
    const withoutCookie = await noCookie.post('/arbete/logga-in', { _csrf: victim.csrf!, email: user.email, password: PASSWORD });
    expect(withoutCookie.status).toBe(403);
    expect(noCookie.cookies.has('uppsikt_session')).toBe(false);
  });

  it('limits failed sign-ins per account in the database, whoever asks', async () => {
    const tenant = await createTenant(ctx.db);
    const user = await createUser(ctx.db, tenant, 'reader');
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++) {
      const res = await new TestClient(ctx.app, tenant).post('/api/v1/session', { email: `  ${user.email.toUpperCase()}`, password: `fel ${i}` });
      statuses.push(res.status);
    }
    // Five failures lock the account (423); the rate limit stops the eleventh attempt (429).
    expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    expect(statuses.slice(5, 10)).toEqual([423, 423, 423, 423, 423]);
    expect(statuses[10]).toBe(429);
  });

  it('prints a one-time reset link in the server log; the link works once and signs the user out elsewhere', async () => {
    const tenant = await createTenant(ctx.db);
    const user = await createUser(ctx.db, tenant, 'reader');
    const other = await new TestClient(ctx.app, tenant).signIn(user.email);
    const browser = new FormClient(ctx.app, tenant);
    await browser.get('/arbete/losenord');
    const before = ctx.log.length;
    const asked = await browser.post('/arbete/losenord', { email: user.email });
    expect(asked.status).toBe(200);
    const unknown = await browser.post('/arbete/losenord', { email: 'ingen@example.se' });
    // The same answer whether or not the address has an account.
    expect(pageText(unknown.text)).toContain(pageText(asked.text).match(/Om adressen hör till ett konto[^.]*\./)![0]);
    const lines = ctx.log.slice(before).filter((l) => l.includes(user.email));
    expect(lines).toHaveLength(1);
    const link = /(http\S+\/arbete\/losenord\/nytt\?token=\S+)/.exec(lines[0]!)![1]!;
    const path = new URL(link).pathname + new URL(link).search;
    const token = new URL(link).searchParams.get('token')!;

    const stored = await ctx.db.selectFrom('password_reset_tokens').select('token_hash').where('tenant_id', '=', tenant.id).execute();
    expect(stored.map((r) => r.token_hash)).not.toContain(token);

    await browser.get(path);
    const tooShort = await browser.post('/arbete/losenord/nytt', { token, password: 'kort', repeated: 'kort' });
    expect(tooShort.status).toBe(400);
    const newPassword = 'ett nytt långt lösenord';
    const done = await browser.post('/arbete/losenord/nytt', { token, password: newPassword, repeated: newPassword });
    expect(done.status).toBe(303);
    expect(done.location).toContain('/arbete/logga-in');

    const again = await browser.post('/arbete/losenord/nytt', { token, password: 'ett annat långt lösenord', repeated: 'ett annat långt lösenord' });
    expect(again.status).toBe(400);
    expect(pageText(again.text)).toContain('Länken är ogiltig, redan använd eller för gammal.');

    expect((await other.get('/api/v1/session')).status).toBe(401);
    expect((await new TestClient(ctx.app, tenant).post('/api/v1/session', { email: user.email, password: PASSWORD })).status).toBe(401);
    await new TestClient(ctx.app, tenant).signIn(user.email, newPassword);
    const audit = await listChanges(ctx.db, tenant.id, { entityType: 'user', entityId: user.id });
    expect(audit.map((a) => a.action)).toEqual(['user.password-reset-requested', 'user.password-reset']);
  });
});
