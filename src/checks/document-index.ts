/**
 * Where things are in a CheckDocument: which part a section or table belongs to, sections by
 * number, and a document-order position for any finding so the checker can list them as a
 * reader meets them.
 */
import type { CheckDocument, CheckSection, CheckTable, Finding } from './check-document.ts';

export const REPORT_PART = 'report';

export interface DocumentIndex {
  doc: CheckDocument;
  partOfSection(section: CheckSection): string;
  partOfTable(table: CheckTable): string;
  /** Numbered sections of a part, in order. */
  numberedSections(part: string): CheckSection[];
  /** A section by number within a part, or undefined. */
  section(part: string, number: string): CheckSection | undefined;
  /** Sort key in document order. */
  position(finding: Finding): [number, number];
}

export function indexDocument(doc: CheckDocument): DocumentIndex {
  const sectionOrder = new Map<CheckSection, number>();
  doc.sections.forEach((section, i) => sectionOrder.set(section, i));
  const partOfSection = (section: CheckSection) => section.part ?? REPORT_PART;

  const byPartNumber = new Map<string, CheckSection>();
  const numbered = new Map<string, CheckSection[]>();
  const firstOfPart = new Map<string, number>();
  doc.sections.forEach((section, i) => {
    const part = partOfSection(section);
    if (!firstOfPart.has(part)) firstOfPart.set(part, i);
    if (section.number === null) return;
    const key = `${part}|${section.number}`;
    if (!byPartNumber.has(key)) byPartNumber.set(key, section);
    numbered.set(part, [...(numbered.get(part) ?? []), section]);
  });

  const partOfTable = (table: CheckTable): string => {
    if (table.part) return table.part;
    if (table.section === null) return REPORT_PART;
    if (byPartNumber.has(`${REPORT_PART}|${table.section}`)) return REPORT_PART;
    const owner = doc.sections.find((section) => section.number === table.section);
    return owner ? partOfSection(owner) : REPORT_PART;
  };

  const tables = new Map(doc.tables.map((table) => [table.id, table]));

  const sectionIndex = (part: string, number: string | null): number => {
    if (number !== null) {
      const section = byPartNumber.get(`${part}|${number}`);
      if (section) return sectionOrder.get(section)!;
    }
    return firstOfPart.get(part) ?? Number.MAX_SAFE_INTEGER;
  };

  return {
    doc,
    partOfSection,
    partOfTable,
    numberedSections: (part) => numbered.get(part) ?? [],
    section: (part, number) => byPartNumber.get(`${part}|${number}`),
    position(finding) {
      const part = finding.where.part ?? REPORT_PART;
      const table = finding.where.table ? tables.get(finding.where.table) : undefined;
      const row = table && finding.where.row ? table.rows.find((r) => r.label === finding.where.row) : undefined;
      const line = finding.where.line ?? row?.line ?? table?.line ?? 0;
      return [sectionIndex(part, finding.where.section), line];
    },
  };
}
