/**
 * Bytes to text the way municipal text exports arrive: UTF-8 with or without a BOM, UTF-16 from
 * Word's "Unicode text", Windows-1252 from older systems, CRLF line ends, and now and then UTF-8
 * that was read as Latin-1 once already ("DelÃ¥rsrapport"). Never throws.
 */
import type { ImportWarning } from './import-result.ts';

export function decodeBytes(bytes: Uint8Array, warnings: ImportWarning[]): string {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const body = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    warnings.push({ message: 'Filen är inte giltig UTF-8; den har lästs som Windows-1252 (Latin-1).' });
    // Node's decoder reads windows-1252 as ISO-8859-1; its 0x80–0x9f (–, ”, € …) are mapped here.
    return new TextDecoder('windows-1252').decode(body).replace(/[\u0080-\u009f]/g, (c) => WINDOWS_1252_FORWARD.get(c.charCodeAt(0)) ?? c);
  }
}

/** Line ends, control characters and doubly encoded UTF-8, with a warning for each repair. */
export function normaliseText(text: string, warnings: ImportWarning[]): string {
  let out = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  out = out.replace(/\r\n?/g, '\n');
  out = repairDoubleEncoding(out, warnings);
  const controls = countMatches(out, CONTROL);
  // Tabs separate cells in text exports; two spaces keep that visible to the table reader.
  out = out.replace(/\t/g, '  ').replace(CONTROL, '');
  const replacement = countMatches(out, /\ufffd/g);
  if (text.length > 0 && (controls + replacement) / text.length > 0.05) {
    warnings.push({ message: 'Filen innehåller mycket binärdata eller tecken som inte kunde tolkas; resultatet är troligen ofullständigt.', unreadable: true });
  }
  return out;
}

/** C0 controls except tab, line feed and form feed (a page break). */
const CONTROL = /[\u0000-\u0008\u000b\u000e-\u001f\u007f]/g;

const DOUBLE_ENCODED = /Ã[\u0080-\u00bf¥¤¶–—„‰…]/g;

function repairDoubleEncoding(text: string, warnings: ImportWarning[]): string {
  const hits = countMatches(text, DOUBLE_ENCODED);
  if (hits < 3) return text;
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const byte = code < 0x100 ? code : WINDOWS_1252_BACK.get(code);
    if (byte === undefined) return text;
    bytes[i] = byte;
  }
  try {
    const repaired = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    warnings.push({ message: 'Texten var dubbelkodad (UTF-8 läst som Latin-1) och har rättats.' });
    return repaired;
  } catch {
    return text;
  }
}

/** Windows-1252 characters in 0x80–0x9f, back to their byte. */
const WINDOWS_1252_BACK = new Map<number, number>(
  [0x20ac, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x017d, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x017e, 0x0178]
    .map((code, i) => [code, [0x80, 0x82, 0x83, 0x84, 0x85, 0x86, 0x87, 0x88, 0x89, 0x8a, 0x8b, 0x8c, 0x8e, 0x91, 0x92, 0x93, 0x94, 0x95, 0x96, 0x97, 0x98, 0x99, 0x9a, 0x9b, 0x9c, 0x9e, 0x9f][i]!] as [number, number]),
);

const WINDOWS_1252_FORWARD = new Map<number, string>([...WINDOWS_1252_BACK].map(([code, byte]) => [byte, String.fromCharCode(code)]));

function countMatches(text: string, pattern: RegExp): number {
  let n = 0;
  for (const _ of text.matchAll(pattern)) n++;
  return n;
}

export function looksLikePdf(bytes: Uint8Array): boolean {
  // The header may follow some junk (the PDF spec allows it within the first kilobyte).
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  return head.includes('%PDF-');
}
