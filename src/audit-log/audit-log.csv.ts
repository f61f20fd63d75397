/**
 * The audit log as CSV for a spreadsheet: UTF-8 with BOM and `;` as separator, which is what
 * Excel with Swedish settings opens correctly with a double click; times in Swedish time.
 */
import { stringify } from 'csv-stringify/sync';
import { formatDateTime } from '../numbers/swedish-format.ts';
import { translator } from '../i18n/messages.ts';
import { auditActionLabel, auditEntityLabel } from './audit-log.labels.ts';
import type { AuditEntry } from './audit-log.store.ts';

const t = translator('sv');

/** Names beside the ids: people read the names, filters and programs use the ids. */
export const CSV_HEADER = ['Tid', 'Vem', 'Händelse', 'Händelse (id)', 'Slag av post', 'Slag av post (id)', 'Postens id', 'Skäl', 'Före', 'Efter'];

/** A cell a spreadsheet would run as a formula (=, +, -, @) is kept as text. */
export function neutraliseFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

const json = (value: unknown) => (value === null || value === undefined ? '' : JSON.stringify(value));

export function auditLogCsv(entries: readonly AuditEntry[]): string {
  const rows = entries.map((e) =>
    [formatDateTime(e.at), e.actorLabel, auditActionLabel(t, e.action), e.action, auditEntityLabel(t, e.entityType), e.entityType, e.entityId, e.reason ?? '', json(e.before), json(e.after)].map(neutraliseFormula),
  );
  return `\uFEFF${stringify([CSV_HEADER, ...rows], { delimiter: ';', record_delimiter: '\r\n' })}`;
}
