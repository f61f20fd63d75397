/**
 * CSV that opens correctly when double-clicked in a spreadsheet set up for Sweden (Excel,
 * LibreOffice, Numbers), documented on the "Öppna data" page:
 * - UTF-8 with a byte-order mark, or Excel reads å, ä, ö as Latin-1 garbage;
 * - `;` between fields, because the comma is the Swedish decimal separator (Excel's list
 *   separator in a Swedish locale is `;`);
 * - decimal comma ("76,7"), no thousands separator and the ASCII minus, so the cell is a number
 *   (a no-break space or U+2212 would make it text);
 * - CRLF line ends (RFC 4180) and every non-empty field in double quotes, so line breaks,
 *   `;` and quotes inside text survive;
 * - dates as ISO 8601 (2023-08-28), which spreadsheets read as dates; true/false as "ja"/"nej".
 */
import { stringify } from 'csv-stringify/sync';

export type CsvValue = string | number | boolean | Date | null | undefined;

/** A number as a Swedish spreadsheet reads it: `-7,1`, `1693`, `0,25`. */
export function csvNumber(value: number): string {
  if (!Number.isFinite(value)) return '';
  // Up to 6 decimals, trailing zeros trimmed: figures are stored exactly, not re-rounded here.
  const fixed = Number.isInteger(value) ? String(value) : value.toFixed(6).replace(/0+$/, '').replace(/\.$/, '');
  return fixed.replace('.', ',');
}

export function csvCell(value: CsvValue): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return csvNumber(value);
  if (typeof value === 'boolean') return value ? 'ja' : 'nej';
  if (value instanceof Date) return value.toISOString();
  return value;
}

/** A header row and the rows, as the bytes of a Swedish-spreadsheet CSV file. */
export function toSwedishCsv(header: readonly string[], rows: ReadonlyArray<readonly CsvValue[]>): Buffer {
  const text = stringify([header, ...rows.map((r) => r.map(csvCell))], {
    bom: true,
    delimiter: ';',
    record_delimiter: 'windows',
    // Every field with content is quoted; null cells stay empty, so a spreadsheet sees a blank.
    quoted: true,
  });
  return Buffer.from(text, 'utf8');
}
