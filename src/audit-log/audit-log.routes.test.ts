import { expect, it } from 'vitest';
import { createTenant, createUser, signedInClient } from '../../test/factories.ts';
import { describeDb } from '../../test/harness.ts';
import { createSession } from '../auth/session.store.ts';
import { swedishDay } from '../numbers/swedish-format.ts';
import { neutraliseFormula } from './audit-log.csv.ts';

/** RFC 4180 with `;`: quoted fields, doubled quotes, CRLF rows (what csv-stringify writes). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ';') row.push(field), (field = '');
    else if (ch === '\r' && text[i + 1] === '\n') row.push(field), rows.push(row), (row = []), (field = ''), i++;
    else field += ch;
  }
  if (field !== '' || row.length) row.push(field), rows.push(row);
  return rows;
}

describeDb('Audit log for administrators and auditors', (ctx) => {
  async function withChanges() {
    const tenant = await createTenant(ctx.db);
    const admin = await signedInClient(ctx.app, ctx.db, tenant, 'administrator');
    const controller = await signedInClient(ctx.app, ctx.db, tenant, 'controller');
    const org = await admin.post('/api/v1/organisations', { kind: 'committee', name: '=HYPERLINK("x") nämnden' });
    expect(org.status).toBe(201);
    await admin.patch(`/api/v1/organisations/${org.body.id}`, { shortName: 'HN' });
    const cycle = await controller.post('/api/v1/cycles', { kind: 'interim', name: 'Delår 2024', year: 2024, periodStart: '2024-01-01', periodEnd: '2024-08-31' });
    expect(cycle.status).toBe(201);
    const auditor = await signedInClient(ctx.app, ctx.db, tenant, 'auditor');
    return { tenant, admin, controller, auditor, orgId: org.body.id as string };
  }

  it('filters by entity, action, person and a range of Swedish days, newest first', async () => {
    const { auditor, orgId } = await withChanges();
    const all = (await auditor.get('/api/v1/audit-log')).body.data as Array<{ action: string; entityId: string; actorUserId: string; before: unknown; after: unknown }>;
    expect(all.map((e) => e.action)).toEqual(['cycle.create', 'organisation.update', 'organisation.create']);
    const update = all.find((e) => e.action === 'organisation.update')!;
    expect(update.before).toMatchObject({ shortName: null });
    expect(update.after).toMatchObject({ shortName: 'HN' });

    const byEntity = (await auditor.get(`/api/v1/audit-log?entityType=organisation&entityId=${orgId}`)).body.data;
    expect(byEntity.map((e: { action: string }) => e.action)).toEqual(['organisation.update', 'organisation.create']);
    const byAction = (await auditor.get('/api/v1/audit-log?action=cycle.create')).body.data;
    expect(byAction).toHaveLength(1);
    const byUser = (await auditor.get(`/api/v1/audit-log?user=${all[0]!.actorUserId}`)).body.data;
    expect(byUser.map((e: { action: string }) => e.action)).toEqual(['cycle.create']);

    // Days are Swedish calendar days, both ends included.
    const today = swedishDay();
    expect((await auditor.get(`/api/v1/audit-log?from=${today}&to=${today}`)).body.data).toHaveLength(3);
    expect((await auditor.get('/api/v1/audit-log?to=2020-01-01')).body.data).toHaveLength(0);
    expect((await auditor.get('/api/v1/audit-log?from=2020-13-01')).status).toBe(400);

    const page1 = await auditor.get('/api/v1/audit-log?limit=2');
    expect(page1.body.data).toHaveLength(2);
    const page2 = await auditor.get(page1.body.links.next);
    expect(page2.body.data.map((e: { action: string }) => e.action)).toEqual(['organisation.create']);
  });

  it('exports CSV that a Swedish spreadsheet opens: UTF-8 with BOM, semicolons, formulas kept as text', async () => {
    const { auditor, tenant } = await withChanges();
    const res = await auditor.get('/api/v1/audit-log.csv?entityType=organisation');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toMatch(/attachment; filename="andringslogg-\d{4}-\d{2}-\d{2}\.csv"/);
    // fetch's text() drops a BOM while decoding, so look at the bytes themselves.
    const user = await createUser(ctx.db, tenant, 'auditor');
    const { token } = await createSession(ctx.db, tenant.id, user.id);
    const raw = await ctx.app.request(`http://${tenant.hostnames[0]}/api/v1/audit-log.csv`, { headers: { host: tenant.hostnames[0]!, cookie: `uppsikt_session=${token}` } });
    expect([...new Uint8Array(await raw.arrayBuffer()).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(res.text.replace(/^\uFEFF/, ''));
    expect(rows[0]).toEqual(['Tid', 'Vem', 'Händelse', 'Händelse (id)', 'Slag av post', 'Slag av post (id)', 'Postens id', 'Skäl', 'Före', 'Efter']);
    expect(rows.slice(1).map((r) => r.slice(2, 6))).toEqual([
      ['Organisation ändrad', 'organisation.update', 'Organisation', 'organisation'],
      ['Organisation skapad', 'organisation.create', 'Organisation', 'organisation'],
    ]);
    expect(rows[1]![0]).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
    expect(JSON.parse(rows[2]![9]!)).toMatchObject({ name: '=HYPERLINK("x") nämnden' });
    expect(neutraliseFormula('=SUM(A1)')).toBe("'=SUM(A1)");
    expect(neutraliseFormula('−7,1')).toBe('−7,1');
  });

  it('shows the log with its filters and a CSV link on the workspace page', async () => {
    const { tenant } = await withChanges();
    const admin = await createUser(ctx.db, tenant, 'administrator');
    const { FormClient, pageText } = await import('../../test/e2e/form-client.ts');
    const browser = await new FormClient(ctx.app, tenant).signIn(admin.email, 'korrekt häst batteri häftklammer');
    const page = await browser.get('/arbete/andringslogg?action=cycle.create');
    expect(page.status).toBe(200);
    // Swedish names in the filters and rows, the ids only in values and links.
    expect(page.text).toContain('<option value="cycle.create" selected="">Uppföljningsperiod skapad</option>');
    const body = /<tbody>[\s\S]*<\/tbody>/.exec(page.text)![0];
    expect(pageText(body)).toContain('Uppföljningsperiod skapad');
    expect(pageText(body)).not.toContain('cycle.create');
    expect(body).not.toContain('Organisation skapad');
    expect(page.text).toContain('href="/api/v1/audit-log.csv?action=cycle.create"');
  });
});
