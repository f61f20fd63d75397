/**
 * `uppsikt import FILE --save` end to end through `runImport`, with the real file system and a
 * test database handed in as the command's `openDatabase`.
 */
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { createOrganisation, createTenant } from '../../../test/factories.ts';
import { describeDb } from '../../../test/harness.ts';
import { hasSeed, seedPath } from '../../../test/seeds.ts';
import { findAssignmentByDnr } from '../../assignments/assignment.store.ts';
import type { Db } from '../../db/connection.ts';
import { runImport, type CommandIo } from '../import.command.ts';
import { readSaveArgs } from './save-args.ts';

function commandIo(db?: Db) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CommandIo = {
    stdout: (s) => out.push(s),
    stderr: (s) => err.push(s),
    readFile: (path) => readFile(path),
    ...(db ? { openDatabase: async () => ({ db, close: async () => {} }) } : {}),
  };
  return { io, out: () => out.join(''), err: () => err.join('') };
}

describe('the save flags', () => {
  it('are taken apart from the importer’s own', () => {
    expect(readSaveArgs(['fil.txt', '--save', '--tenant', 'goteborg', '--cycle=Delårsrapport augusti 2023', '--json'])).toEqual({
      save: true,
      tenant: 'goteborg',
      cycle: 'Delårsrapport augusti 2023',
      organisation: null,
      createOrganisations: false,
      rest: ['fil.txt', '--json'],
      error: null,
    });
    expect(readSaveArgs(['fil.txt', '--save', '--tenant']).error).toBe('--tenant behöver ett värde.');
    expect(readSaveArgs(['fil.txt', '--create-organisations']).error).toMatch(/bara med --save/);
  });
});

describeDb('uppsikt import --save', (ctx) => {
  it.skipIf(!hasSeed)('saves the seed in the tenant named, and says so; again, it finds everything there', async () => {
    const tenant = await createTenant(ctx.db);
    const board = await createOrganisation(ctx.db, tenant, { kind: 'board', name: 'Kommunstyrelsen' });
    await createOrganisation(ctx.db, tenant, { kind: 'administration', name: 'Stadsledningskontoret', parentId: board.id, servesId: board.id });

    const refused = commandIo(ctx.db);
    expect(await runImport([seedPath, '--save', '--tenant', tenant.id], refused.io)).toBe(1);
    expect(refused.err()).toContain('Följande finns inte i kommunens register: partiet V, partiet S, partiet MP, partiet SD.');
    expect(refused.out()).toBe('');

    const first = commandIo(ctx.db);
    expect(await runImport([seedPath, '--save', '--tenant', tenant.id, '--create-organisations'], first.io)).toBe(0);
    expect(first.out()).toContain(`från ${seedPath}: Delårsrapport augusti 2023 för kommunstyrelsen.`);
    expect(first.out()).toMatch(/Uppdrag 1446\/22: nytt uppdrag \(KF:s budget 2023\) för Kommunstyrelsen; historiken fick "Tilldelat" → "Föreslås förklarat genomfört" 2023-08-28/);
    expect(first.out()).toContain('Ärende 0064/23: "Delårsrapport augusti 2023 för kommunstyrelsen" registrerat 2023-08-28');
    expect((await findAssignmentByDnr(ctx.db, tenant.id, '1432/22'))?.assignees[0]?.organisationName).toBe('Stadsledningskontoret');

    const again = commandIo(ctx.db);
    expect(await runImport([seedPath, '--save', `--tenant=${tenant.id}`, '--json'], again.io)).toBe(0);
    const summary = JSON.parse(again.out());
    expect(summary.counts).toMatchObject({ created: 0, merged: 0, skipped: 0 });
    expect(summary.items.length).toBe(summary.counts.present);
  });

  it('needs a database, and a tenant when the database has several', async () => {
    await createTenant(ctx.db);
    await createTenant(ctx.db);
    const files = { readFile: async () => Buffer.from('Delårsrapport augusti 2023 för kommunstyrelsen\n1 Sammanfattning\nText.\n') };
    const without = commandIo();
    expect(await runImport(['rapport.txt', '--save'], { ...without.io, ...files })).toBe(2);
    expect(without.err()).toContain('--save behöver en databas');

    const many = commandIo(ctx.db);
    expect(await runImport(['rapport.txt', '--save'], { ...many.io, ...files })).toBe(2);
    expect(many.err()).toMatch(/Databasen har flera kommuner; ange vilken med --tenant <id>/);
    const unknown = commandIo(ctx.db);
    expect(await runImport(['rapport.txt', '--save', '--tenant', 'finns-inte'], { ...unknown.io, ...files })).toBe(2);
    expect(unknown.err()).toContain('Kommunen "finns-inte" finns inte i databasen.');
  });
});
