/**
 * `uppsikt import` and `uppsikt check` as a user runs them: output, JSON contract, exit codes.
 * The file system is the only thing replaced, by an in-memory one.
 */
import { describe, expect, it } from 'vitest';
import { hasSeed, readSeed } from '../../test/seeds.ts';
import { runCheck, runImport, type CommandIo } from './import.command.ts';

function io(files: Record<string, string>) {
  const out: string[] = [];
  const err: string[] = [];
  const value: CommandIo = {
    stdout: (s) => out.push(s),
    stderr: (s) => err.push(s),
    readFile: async (path) => {
      if (!(path in files)) throw new Error(`ENOENT: no such file or directory, open '${path}'`);
      return Buffer.from(files[path]!, 'utf8');
    },
  };
  return { io: value, out: () => out.join(''), err: () => err.join('') };
}

const SMALL = 'Yrkande angående Budget\nFörslag till beslut\n\n1. Punkt 2 avslås.\n\nKommunstyrelsen\nYrkande\n2023-11-02\nMiljöpartiet\n';

describe('uppsikt import', () => {
  it('prints a Swedish summary by default', async () => {
    const t = io({ 'a.txt': SMALL });
    expect(await runImport(['a.txt'], t.io)).toBe(0);
    expect(t.out()).toContain('Läste a.txt (text, 10 rader).');
    expect(t.out()).toContain('Yrkande (MP, 2023-11-02): 1 punkt');
    expect(t.out()).toContain('1. avslag på punkt 2');
  });

  it('prints the contract as JSON with --json', async () => {
    const t = io({ 'a.txt': SMALL });
    expect(await runImport(['a.txt', '--json'], t.io)).toBe(0);
    const json = JSON.parse(t.out());
    expect(json.motions[0]).toMatchObject({ parties: ['MP'], date: '2023-11-02', revised: false, points: [{ n: 1, effect: 'reject', targets: 2 }] });
    expect(json.findings).toEqual([]);
  });

  it('explains usage errors and unreadable files with exit code 2', async () => {
    const t = io({});
    expect(await runImport([], t.io)).toBe(2);
    expect(t.err()).toContain('Ange filen som ska läsas.');
    expect(await runImport(['saknas.pdf'], t.io)).toBe(2);
    expect(t.err()).toContain('Kunde inte läsa saknas.pdf');
    expect(await runImport(['a.txt', '--save'], t.io)).toBe(2);
    expect(await runImport(['--help'], t.io)).toBe(0);
  });
});

describe.skipIf(!hasSeed)('uppsikt check on the seed', () => {
  it('prints the findings array alone with --json and exits 1 when there are errors', async () => {
    const t = io({ 'seed.txt': readSeed() });
    expect(await runCheck(['seed.txt', '--json'], t.io)).toBe(1);
    const findings = JSON.parse(t.out());
    expect(Array.isArray(findings)).toBe(true);
    expect(findings.some((f: { rule: string }) => f.rule === 'unfilled-placeholder')).toBe(true);
  });

  it('prints the findings for a person otherwise', async () => {
    const t = io({ 'seed.txt': readSeed() });
    await runCheck(['seed.txt'], t.io);
    expect(t.out()).toContain('FEL     avsnitt 4.3 (rad 2107)');
    expect(t.out()).toMatch(/\d+ fynd: \d+ fel, \d+ varningar\.\n$/);
  });
});
