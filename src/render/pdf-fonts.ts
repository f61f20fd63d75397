/**
 * pdfmake's bundled Roboto, read from `pdfmake/build/vfs_fonts.js` (base64 in a CommonJS
 * module). Embedded TrueType is needed for å, ä, ö and the minus sign U+2212: the standard PDF
 * Helvetica has no U+2212 glyph. Loaded once per process.
 */
import { createRequire } from 'node:module';

export interface FontFaces {
  normal: Buffer;
  bold: Buffer;
  italics: Buffer;
  bolditalics: Buffer;
}

let roboto: FontFaces | undefined;

export function robotoFonts(): FontFaces {
  if (roboto) return roboto;
  const require = createRequire(import.meta.url);
  const vfs = require('pdfmake/build/vfs_fonts.js') as Record<string, string>;
  const face = (file: string) => {
    const base64 = vfs[file];
    if (!base64) throw new Error(`pdfmake's vfs_fonts.js has no ${file}`);
    return Buffer.from(base64, 'base64');
  };
  roboto = {
    normal: face('Roboto-Regular.ttf'),
    bold: face('Roboto-Medium.ttf'),
    italics: face('Roboto-Italic.ttf'),
    bolditalics: face('Roboto-MediumItalic.ttf'),
  };
  return roboto;
}
