/**
 * A report as the checker reads it: numbered sections with their prose lines, and every table
 * with its column and row roles, its blocks and consolidation, and each figure exactly as it
 * is printed (the given figure where one was given, else the computed one).
 */
import { checkCell, type CheckDocument, type CheckSection, type CheckTable } from '../checks/check-document.ts';
import { flattenSections, type ReportDocument } from './report-document.ts';
import type { ReportTable } from './report-table.ts';
import { sectionParts } from './report-text.ts';

function checkTable(table: ReportTable, section: string | null, nextLine: () => number, part?: string): CheckTable {
  return {
    id: table.id,
    section,
    ...(part ? { part } : {}),
    title: table.caption,
    unit: table.unit,
    kind: table.kind,
    line: nextLine(),
    columns: table.columns.map((c) => ({ label: c.label, ...(c.role ? { role: c.role } : {}), ...(c.group ? { group: c.group } : {}) })),
    rows: table.rows.map((r) => ({
      label: r.label,
      ...(r.role ? { role: r.role } : {}),
      ...(r.block !== undefined ? { block: r.block } : {}),
      cells: r.cells.map((c) => checkCell(c.shown)),
      line: nextLine(),
    })),
    ...(table.consolidation ? { consolidation: table.consolidation } : {}),
  };
}

/**
 * Line numbers count the report's plain-text reading (each heading, prose line, table caption
 * and table row one line), so findings sort as a reader meets them and point at their place.
 */
export function toCheckDocument(document: ReportDocument): CheckDocument {
  let line = 0;
  const nextLine = () => ++line;
  const sections: CheckSection[] = [];
  const tables: CheckTable[] = [];
  for (const s of flattenSections(document.sections)) {
    const heading = nextLine();
    const { before, after } = sectionParts(s);
    const lines = before.map((text) => ({ text, line: nextLine() }));
    tables.push(...s.tables.map((t) => checkTable(t, s.number, nextLine)));
    if (after.length > 0 && lines.length > 0) lines.push({ text: '', line: nextLine() });
    lines.push(...after.map((text) => ({ text, line: nextLine() })));
    sections.push({ number: s.number, title: s.title, lines, line: heading });
  }
  // Survey tables placed in an attachment: checked with their part, as the importer reads them.
  for (const attachment of document.attachments ?? []) {
    sections.push({ number: null, title: attachment.part, part: attachment.part, lines: [], line: nextLine() });
    tables.push(...attachment.tables.map((t) => checkTable(t, null, nextLine, attachment.part)));
  }
  return { sections, tables };
}
