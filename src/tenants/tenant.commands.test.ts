import { expect, it } from 'vitest';
import { completePasswordReset } from '../auth/password-reset.commands.ts';
import { listOrganisations } from '../organisations/organisation.store.ts';
import { TestClient } from '../../test/factories.ts';
import { describeDb } from '../../test/harness.ts';
import { setUpTenant } from './tenant.commands.ts';
import { findTenant } from './tenant.store.ts';

describeDb('setting up a municipality', (ctx) => {
  const input = {
    id: 'malmo',
    name: 'Malmö stad',
    hostnames: ['malmo.test'],
    dnrFormats: ['KS-{yyyy}-{seq:5}'],
    adminEmail: 'admin@malmo.test',
    adminName: 'Ada Admin',
  };

  it('creates the tenant, its council and board, and an administrator who sets a password by a one-time link', async () => {
    const log: string[] = [];
    await ctx.db.transaction().execute((trx) => setUpTenant(trx, input, { publicUrl: 'https://uppsikt.malmo.test', log: (m) => log.push(m) }));
    expect(await findTenant(ctx.db, 'malmo')).toMatchObject({ name: 'Malmö stad', dnrFormats: ['KS-{yyyy}-{seq:5}'] });
    expect((await listOrganisations(ctx.db, 'malmo')).map((o) => [o.kind, o.name])).toEqual([
      ['council', 'Kommunfullmäktige'],
      ['board', 'Kommunstyrelsen'],
    ]);
    const link = /https:\/\/uppsikt\.malmo\.test\/arbete\/losenord\/nytt\?token=(\S+)/.exec(log.join('\n'));
    expect(link).not.toBeNull();
    await ctx.db.transaction().execute((trx) =>
      completePasswordReset(trx, 'malmo', decodeURIComponent(link![1]!), 'ett långt och bra lösenord', 'ett långt och bra lösenord'),
    );
    const tenant = (await findTenant(ctx.db, 'malmo'))!;
    const admin = await new TestClient(ctx.app, tenant).signIn('admin@malmo.test', 'ett långt och bra lösenord');
    const created = await admin.post('/api/v1/organisations', { kind: 'committee', name: 'Kulturnämnden' });
    expect(created.status).toBe(201);
  });

  it('refuses a bad id, dnr format or e-mail, and a tenant that exists, leaving nothing behind', async () => {
    const attempt = (overrides: Partial<typeof input>) =>
      ctx.db.transaction().execute((trx) => setUpTenant(trx, { ...input, id: 'lund', ...overrides }, { publicUrl: 'http://x', log: () => {} }));
    await expect(attempt({ id: 'Lund Kommun' })).rejects.toThrow(/små bokstäver/);
    await expect(attempt({ dnrFormats: ['KS-{seq:5}'] })).rejects.toThrow(/löpnummer/);
    await expect(attempt({ adminEmail: 'inte-en-adress' })).rejects.toThrow(/e-postadress/);
    await expect(attempt({ id: 'malmo' })).rejects.toThrow(/finns redan/);
    expect(await findTenant(ctx.db, 'lund')).toBeUndefined();
  });
});
