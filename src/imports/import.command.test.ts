/**
 * `uppsikt import` and `uppsikt check` as a user runs them: output, JSON contract, exit codes.
 * The file system is the only thing replaced, by an in-memory one.
 */
import { describe, expect, it } from 'vitest';
import { hasSeed, readSeed } from '../../test/seeds.ts';
import { renderDocx } from '../render/docx.renderer.ts';
import { runCheck, runImport, type CommandIo } from './import.command.ts';

function io(files: Record<string, string | Uint8Array>) {
  const out: string[] = [];
  const err: string[] = [];
  const value: CommandIo = {
    stdout: (s) => out.push(s),
    stderr: (s) => err.push(s),
    readFile: async (path) => {
      if (!(path in files)) throw new Error(`ENOENT: no such file or directory, open '${path}'`);
      const file = files[path]!;
      return typeof file === 'string' ? Buffer.from(file, 'utf8') : file;
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

/** Bytes that are no document at all, the same on every run. */
function noise(length: number): Uint8Array {
  const bytes = new Uint8Array(length);
  let x = 2463534242;
  for (let i = 0; i < length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    bytes[i] = x & 0xff;
  }
  return bytes;
}

describe('uppsikt check on a file it cannot read', () => {
  const NOTHING = 'Ingenting kunde granskas';

  it('says that nothing could be checked in random bytes named .pdf, shows why, and exits 2', async () => {
    const t = io({ 'garbage.pdf': noise(20_000) });
    expect(await runCheck(['garbage.pdf'], t.io)).toBe(2);
    expect(t.out()).not.toContain('Inga fynd');
    expect(t.err()).toContain('Filen heter .pdf men är ingen PDF');
    expect(t.err()).toContain('mycket binärdata');
    expect(t.err()).toContain(`${NOTHING}: filen gick inte att läsa som text.`);
  });

  it('does not read a Word file as a report', async () => {
    const docx = await renderDocx({
      title: 'Delårsrapport augusti 2023',
      organisation: 'Stadsledningskontoret',
      footerLabel: 'Delårsrapport augusti 2023',
      lang: 'sv',
      titlePage: false,
      contents: false,
      blocks: [
        { type: 'heading', number: '1', text: 'Sammanfattning', level: 1 },
        { type: 'paragraphs', content: [{ type: 'paragraph', runs: [{ text: 'Resultatet för perioden är 20,6 mnkr, vilket är 8,4 mnkr bättre än budget.' }] }] },
      ],
    });
    const t = io({ 'rapport.docx': new Uint8Array(docx) });
    expect(await runCheck(['rapport.docx'], t.io)).toBe(2);
    expect(t.out()).toBe('');
    expect(t.err()).toContain(NOTHING);
  });

  it('says so for text in which no part, numbered section or table is recognised', async () => {
    const t = io({ 'brev.txt': 'Hej!\n\nTack för senast. Vi ses på mötet nästa vecka.\n' });
    expect(await runCheck(['brev.txt'], t.io)).toBe(2);
    expect(t.err()).toContain('texten liknar inte en delårsrapport eller ett ärende');
    expect(t.err()).toContain(`${NOTHING}: varken ärendedelar`);
  });

  it('keeps standard out empty with --json, so a script cannot mistake it for "no findings"', async () => {
    const t = io({ 'tom.txt': '' });
    expect(await runCheck(['tom.txt', '--json'], t.io)).toBe(2);
    expect(t.out()).toBe('');
    expect(t.err()).toContain('Filen är tom');
  });

  it('still checks a recognised document that has no findings, and exits 0', async () => {
    const t = io({ 'a.txt': SMALL });
    expect(await runCheck(['a.txt'], t.io)).toBe(0);
    expect(t.out()).toContain('Inga fynd');
  });

  it('tells the same in the import summary instead of "0 fynd"', async () => {
    const t = io({ 'garbage.pdf': noise(20_000) });
    expect(await runImport(['garbage.pdf'], t.io)).toBe(0);
    expect(t.out()).toContain(`Granskning: ${NOTHING}`);
    expect(t.out()).not.toContain('0 fynd');
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
