import ExcelJS from 'exceljs';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createAssignment } from '../assignments/assignment.commands.ts';
import { sv } from '../i18n/messages.sv.ts';
import { insertIndicator, upsertIndicatorValue } from '../indicators/indicator.store.ts';
import { parseSwedishNumber } from '../numbers/swedish-parse.ts';
import { createCycle, createOrganisation, createTenant, TestClient } from '../../test/factories.ts';
import { describeDb } from '../../test/harness.ts';
import { DATASETS } from './datasets.ts';
import { csvNumber, toSwedishCsv } from './swedish-csv.ts';

/** Opens the bytes as a spreadsheet program would: exceljs' CSV reader with the Swedish separator. */
async function openAsSpreadsheet(bytes: Buffer): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  const sheet = await workbook.csv.read(Readable.from([bytes.subarray(3)]), {
    parserOptions: { delimiter: ';' },
    // Keep cells as the text the file holds; the test decides how to read numbers.
    map: (value: unknown) => value,
  });
  const rows: string[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row) => {
    rows.push((row.values as unknown[]).slice(1).map((v) => (v === undefined || v === null ? '' : String(v))));
  });
  return rows;
}

describe('toSwedishCsv', () => {
  const bytes = toSwedishCsv(
    ['dnr', 'title', 'value', 'done', 'missing'],
    [
      ['1443/22', 'Avtal; "kränkningar"\noch trakasserier', -7.1, true, null],
      ['0630/23', 'Äldre medarbetares kompetens', 1693, false, undefined],
    ],
  );

  it('starts with a UTF-8 byte-order mark and ends lines with CRLF', () => {
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8');
    expect(text.split('\r\n')).toHaveLength(4);
    expect(text.startsWith('\uFEFF"dnr";"title";"value";"done";"missing"\r\n')).toBe(true);
  });

  it('opens as rows and columns, text with separators and line breaks intact', async () => {
    const rows = await openAsSpreadsheet(bytes);
    expect(rows[0]).toEqual(['dnr', 'title', 'value', 'done', 'missing']);
    expect(rows[1]!.slice(0, 2)).toEqual(['1443/22', 'Avtal; "kränkningar"\noch trakasserier']);
    expect(rows[2]![1]).toBe('Äldre medarbetares kompetens');
  });

  it('writes numbers with a decimal comma that reads back as the same number', async () => {
    const rows = await openAsSpreadsheet(bytes);
    expect(rows[1]![2]).toBe('-7,1');
    expect(parseSwedishNumber(rows[1]![2]!)).toBe(-7.1);
    expect(parseSwedishNumber(rows[2]![2]!)).toBe(1693);
    expect(rows[1]![3]).toBe('ja');
    expect(rows[1]![4]).toBe('');
  });
});

describe('csvNumber', () => {
  it('has no grouping, a plain minus and no float noise', () => {
    expect(csvNumber(1693.5)).toBe('1693,5');
    expect(csvNumber(-0.25)).toBe('-0,25');
    expect(csvNumber(0.1 + 0.2)).toBe('0,3');
    expect(csvNumber(43.73)).toBe('43,73');
  });
});

describe('dataset documentation', () => {
  it('documents every dataset, field and filter in the catalogue', () => {
    const missing: string[] = [];
    const has = (key: string) => key in sv || missing.push(key);
    for (const d of DATASETS) {
      has(`dataset.${d.key}.title`);
      has(`dataset.${d.key}.description`);
      for (const f of d.fields) has(`data.${d.key}.${f.name}`);
      for (const f of d.filters ?? []) has(`data.filter.${f}`);
    }
    expect(missing).toEqual([]);
  });
});

describeDb('open data over HTTP', (ctx) => {
  async function world() {
    const tenant = await createTenant(ctx.db);
    const board = await createOrganisation(ctx.db, tenant, { kind: 'board', name: 'Kommunstyrelsen' });
    const culture = await createOrganisation(ctx.db, tenant, { name: 'Kulturnämnden' });
    const actor = { kind: 'system' as const, tenantId: tenant.id, label: 'test' };
    await ctx.db.transaction().execute(async (trx) => {
      await createAssignment(trx, actor, tenant, {
        dnr: '1443/22',
        title: 'Säkerställa att ett kollektivavtal mot kränkningar och trakasserier tecknas; "snarast"',
        origin: 'council-budget',
        originYear: 2023,
        organisationIds: [board.id],
      });
      await createAssignment(trx, actor, tenant, { dnr: '0198/23', title: 'Stärka första linjens chefer', origin: 'council-budget', originYear: 2023, assignedToAll: true });
      const cycle = await createCycle(trx, tenant, { name: 'Delår augusti 2023' });
      const indicator = await insertIndicator(trx, tenant.id, { code: 'sjuk', name: 'Sjukfrånvaro', unit: 'percent', decimals: 1, direction: 'lower-is-better', description: null });
      await upsertIndicatorValue(trx, tenant.id, { indicatorId: indicator.id, organisationId: board.id, cycleId: cycle.id, kind: 'actual' }, -7.1);
    });
    return { tenant, board, culture, client: new TestClient(ctx.app, tenant) };
  }

  const csv = async (client: TestClient, path: string) => {
    const res = await ctx.app.request(`http://${client.tenant.hostnames[0]}${path}`, { headers: { host: client.tenant.hostnames[0]! } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/csv; charset=utf-8/);
    return openAsSpreadsheet(Buffer.from(await res.arrayBuffer()));
  };

  it('serves the assignment list as a CSV that opens with the documented columns', async () => {
    const { client } = await world();
    const rows = await csv(client, '/data/uppdrag.csv');
    expect(rows[0]).toEqual(DATASETS.find((d) => d.key === 'uppdrag')!.fields.map((f) => f.name));
    const dnr = rows[0]!.indexOf('dnr');
    const title = rows[0]!.indexOf('title');
    // Registry order: year, then number.
    expect(rows.slice(1).map((r) => r[dnr])).toEqual(['1443/22', '0198/23']);
    expect(rows.slice(1).find((r) => r[dnr] === '1443/22')![title]).toContain('tecknas; "snarast"');
  });

  it('applies the list filters to the download, inflections included', async () => {
    const { client, culture } = await world();
    const byText = await csv(client, `/data/uppdrag.csv?q=${encodeURIComponent('kollektivavtalet')}`);
    expect(byText.slice(1).map((r) => r[1])).toEqual(['1443/22']);
    const byOrganisation = await csv(client, `/data/uppdrag-status.csv?organisation=${culture.id}`);
    expect(byOrganisation.slice(1).map((r) => [r[1], r[3]])).toEqual([['0198/23', 'Kulturnämnden']]);
  });

  it('writes key figures with a decimal comma that reads back as the stored value', async () => {
    const { client } = await world();
    const rows = await csv(client, '/data/nyckeltal.csv');
    const value = rows[0]!.indexOf('value');
    expect(rows[1]![value]).toBe('-7,1');
    expect(parseSwedishNumber(rows[1]![value]!)).toBe(-7.1);
  });

  it('serves the same rows as self-describing JSON', async () => {
    const { client } = await world();
    const res = await client.get('/data/uppdrag.json');
    expect(res.status).toBe(200);
    expect(res.body.count).toBe(2);
    expect(res.body.fields.map((f: { name: string }) => f.name)).toEqual(Object.keys(res.body.data[0]));
    expect(res.body.data.find((a: { dnr: string }) => a.dnr === '0198/23').assignedToAll).toBe(true);
  });

  it('answers every dataset in both formats, with an ETag', async () => {
    const { client } = await world();
    for (const d of DATASETS) {
      for (const format of ['csv', 'json']) {
        const res = await client.get(`/data/${d.key}.${format}`);
        expect(res.status, `${d.key}.${format}`).toBe(200);
        expect(res.headers.get('etag'), `${d.key}.${format}`).toBeTruthy();
      }
    }
    expect((await client.get('/data/finns-inte.csv')).status).toBe(404);
  });
});
