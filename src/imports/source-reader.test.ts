import { describe, expect, it } from 'vitest';
import { readSource, readText } from './source-reader.ts';

const texts = (input: string | Uint8Array) => readText(input).lines.map((l) => l.text);

describe('reading text', () => {
  it('reads UTF-8 with a byte order mark and CRLF line ends', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('Delårsrapport\r\nSLK 161,4\r\n')]);
    expect(texts(bytes)).toEqual(['Delårsrapport', 'SLK 161,4', '']);
  });

  it('reads Windows-1252 (Latin-1) bytes, with a warning', () => {
    const source = readText(new Uint8Array([0x44, 0x65, 0x6c, 0xe5, 0x72, 0x73, 0x72, 0x61, 0x70, 0x70, 0x6f, 0x72, 0x74, 0x20, 0x96, 0x20, 0xf6]));
    expect(source.lines[0]!.text).toBe('Delårsrapport – ö');
    expect(source.warnings.map((w) => w.message)).toEqual(['Filen är inte giltig UTF-8; den har lästs som Windows-1252 (Latin-1).']);
  });

  it('reads UTF-16 from its byte order mark', () => {
    const body = 'Förslag till beslut\n';
    const bytes = new Uint8Array(2 + body.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let i = 0; i < body.length; i++) bytes[2 + i * 2] = body.charCodeAt(i);
    expect(texts(bytes)[0]).toBe('Förslag till beslut');
  });

  it('repairs UTF-8 that was once read as Latin-1', () => {
    const source = readText('DelÃ¥rsrapport fÃ¶r kommunstyrelsen, Ã¤rende 1.1');
    expect(source.lines[0]!.text).toBe('Delårsrapport för kommunstyrelsen, ärende 1.1');
    expect(source.warnings).toHaveLength(1);
  });

  it('takes form feeds as page breaks and keeps source line numbers', () => {
    const source = readText('sida ett\nmer\fsida två\nslut');
    expect(source.pages).toBe(2);
    expect(source.pageStartsKnown).toBe(true);
    expect(source.lines.map((l) => [l.line, l.text, l.pageStart])).toEqual([
      [1, 'sida ett', true],
      [2, 'mer', false],
      [2, 'sida två', true],
      [3, 'slut', false],
    ]);
  });

  it('warns about binary content and empty files instead of failing', () => {
    expect(readText(new Uint8Array([0, 1, 2, 3, 0, 0, 5, 6, 7, 8])).warnings.map((w) => w.message).join(' ')).toMatch(/binärdata/);
    expect(readText('').warnings.map((w) => w.message)).toContain('Filen är tom; det finns ingen text att läsa.');
  });

  it('reads bytes named .pdf that are no PDF as text, saying so', async () => {
    const source = await readSource(new TextEncoder().encode('Förslag till beslut'), 'ärende.pdf');
    expect(source.format).toBe('text');
    expect(source.lines[0]!.text).toBe('Förslag till beslut');
    expect(source.warnings.map((w) => w.message)).toContain('Filen heter .pdf men är ingen PDF; den läses som text.');
  });
});
