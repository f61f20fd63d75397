/**
 * Survey tables placed in a report (src/surveys): each goes into the section it is placed in,
 * after the section's own tables, or into the attachment it belongs to. The survey keeps the
 * table's id, so its own findings and the report's name the same table.
 */
import { flattenSections, type ReportDocument } from './report-document.ts';
import type { ReportTable } from './report-table.ts';

export interface PlacedReportTable {
  /** Section number ("3.4"), or null for a table in an unnumbered part. */
  section: string | null;
  /** "attachment-2", when not in the report itself. */
  part: string | null;
  table: ReportTable;
}

/** The document with the placed tables in it; a table placed in a section the report lacks goes with its part, or is left out. */
export function withPlacedTables(document: ReportDocument, placed: readonly PlacedReportTable[]): ReportDocument {
  if (placed.length === 0) return document;
  const sections = new Map(flattenSections(document.sections).map((s) => [s.number, s]));
  const attachments = [...(document.attachments ?? [])];
  for (const { section, part, table } of placed) {
    const target = section !== null && !part ? sections.get(section) : undefined;
    if (target) {
      target.tables.push(table);
      continue;
    }
    if (!part) continue;
    const attachment = attachments.find((a) => a.part === part) ?? attachments[attachments.push({ part, tables: [] }) - 1]!;
    attachment.tables.push(table);
  }
  return { ...document, attachments };
}
