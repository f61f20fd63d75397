/**
 * What the importer hands the report checker: sections with their prose lines (blank lines
 * kept, they separate paragraphs; page furniture and table lines left out) and tables whose
 * cells keep the printed figure. The JSON result does not carry the prose, so the
 * CheckDocument of an import is remembered with its result.
 */
import type { CheckDocument, CheckSection, CheckTable, SourceLine as CheckLine } from '../checks/check-document.ts';
import { toCell } from './table-values.ts';
import type { ImportResult } from './import-result.ts';
import type { Section } from './section-headings.ts';
import type { SourceLine } from './source-text.ts';
import type { FoundTable } from './tables.ts';

const documents = new WeakMap<ImportResult, CheckDocument>();

export function rememberCheckDocument(result: ImportResult, doc: CheckDocument): void {
  documents.set(result, doc);
}

/**
 * The checker's input for an import. For a result made by `importDocument`/`importText` it is
 * complete; for a result read back from JSON only the tables and section titles are there.
 */
export function toCheckDocument(result: ImportResult): CheckDocument {
  return documents.get(result) ?? fromJson(result);
}

export function buildCheckDocument(lines: SourceLine[], sections: Section[], tables: FoundTable[]): CheckDocument {
  const taken = new Set<number>();
  for (const t of tables) if (!t.keepsProse) t.claimed.forEach((k) => taken.add(k));
  const out: CheckSection[] = [];
  for (const s of sections) {
    const prose: CheckLine[] = [];
    for (let k = s.start; k < s.end; k++) {
      if (taken.has(k)) continue;
      const text = lines[k]!.text.trim();
      // One blank line is enough to end a paragraph.
      if (!text && (prose.length === 0 || prose[prose.length - 1]!.text === '')) continue;
      prose.push({ text, line: lines[k]!.line });
    }
    while (prose.length && prose[prose.length - 1]!.text === '') prose.pop();
    if (s.number === null && prose.length === 0) continue;
    const headingLine = s.heading ? lines[s.heading.index]!.line : lines[s.start]?.line;
    out.push({ number: s.number, title: s.title, part: s.part.id, lines: prose, ...(headingLine ? { line: headingLine } : {}) });
  }
  return { sections: out, tables: tables.map((t) => ({ ...t.table, part: t.part })) };
}

function fromJson(result: ImportResult): CheckDocument {
  const sections: CheckSection[] = result.report.sections.map((s) => ({ number: s.number, title: s.title, part: s.part, lines: [] }));
  const tables: CheckTable[] = result.report.tables.map((t) => ({
    id: t.id,
    section: t.section,
    part: t.part,
    title: t.title,
    unit: t.unit,
    kind: t.kind as CheckTable['kind'],
    columns: t.columns.map((c) => ({ label: c.label, ...(c.role ? { role: c.role as never } : {}), ...(c.group ? { group: c.group } : {}) })),
    rows: t.rows.map((r) => ({
      label: r.label,
      ...(r.role ? { role: r.role as never } : {}),
      ...(r.block ? { block: r.block } : {}),
      cells: (r.printed ?? r.values.map((v) => (v === null ? null : String(v).replace('.', ',')))).map((p) => toCell(p)),
    })),
  }));
  return { sections, tables };
}
