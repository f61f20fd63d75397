/**
 * Importing a published board matter or report: read the file (PDF or text), set aside page
 * furniture, split the matter into its parts and sections, extract the proposed decision,
 * motions, statements, goals, assignments and tables, and run the report checker on what was
 * read. Never throws: whatever could not be read becomes a warning.
 */
import { checkDocument } from '../checks/checker.ts';
import type { CheckDocument } from '../checks/check-document.ts';
import { readAssignments } from './assignments.ts';
import { buildCheckDocument, rememberCheckDocument } from './check-input.ts';
import { findParts } from './document-parts.ts';
import { readGoals } from './goals.ts';
import { joinBrokenWords } from './hyphenation.ts';
import type { ImportResult, ImportTable, ImportWarning, Motion, ProposalPoint, Statement } from './import-result.ts';
import { readMotion, readStatement } from './motions.ts';
import { setAsideFurniture } from './page-furniture.ts';
import { findSections, type Section } from './section-headings.ts';
import { readSource, readText, type ImportInput } from './source-reader.ts';
import type { SourceLine, SourceText } from './source-text.ts';
import { emptyMatter, readStaffReport } from './staff-report.ts';
import { findTables, type FoundTable } from './tables.ts';
import { DocumentWords } from './word-mending.ts';

export interface ImportOptions {
  fileName?: string | null;
}

export async function importDocument(input: ImportInput, options: ImportOptions = {}): Promise<ImportResult> {
  let source: SourceText;
  try {
    source = await readSource(input, options.fileName);
  } catch (error) {
    source = { format: 'text', lines: [], pages: null, pageStartsKnown: false, warnings: [{ message: `Filen kunde inte läsas: ${(error as Error).message}`, unreadable: true }] };
  }
  return interpret(source, options.fileName ?? null);
}

/** The text path without waiting: plain text or text bytes (a PDF needs `importDocument`). */
export function importText(input: ImportInput, options: ImportOptions = {}): ImportResult {
  let source: SourceText;
  try {
    source = readText(input);
  } catch (error) {
    source = { format: 'text', lines: [], pages: null, pageStartsKnown: false, warnings: [{ message: `Texten kunde inte läsas: ${(error as Error).message}`, unreadable: true }] };
  }
  return interpret(source, options.fileName ?? null);
}

function interpret(source: SourceText, fileName: string | null): ImportResult {
  const warnings: ImportWarning[] = [...source.warnings];
  const result = emptyResult(source, fileName, warnings);
  try {
    const furniture = setAsideFurniture(source.lines, source.pageStartsKnown);
    const lines = joinBrokenWords(furniture.kept);
    const parts = findParts(lines);
    const sections = findSections(lines, parts);
    result.parts = parts.map((p) => ({ id: p.id, kind: p.kind, title: p.title, fromLine: lines[p.start]?.line ?? 0, toLine: lines[p.end - 1]?.line ?? 0 }));

    const staff = parts.find((p) => p.kind === 'staff-report');
    if (staff) Object.assign(result, readStaffReport(lines, staff, warnings));
    const report = parts.find((p) => p.kind === 'report');
    if (report && !report.title) report.title = result.matter.attachments.find((a) => a.n === 1)?.title ?? result.matter.title;
    result.parts.forEach((p, i) => (p.title = parts[i]!.title));

    result.motions = parts.filter((p) => p.kind === 'motion').map((p) => readMotion(lines, p, result.proposal, warnings));
    result.statements = parts.filter((p) => p.kind === 'statement').map((p) => readStatement(lines, p, result.proposal, warnings));
    result.report.sections = sections.filter((s) => s.number !== null).map((s) => ({ number: s.number!, title: s.title, part: s.part.id }));
    result.report.goals = readGoals(lines, sections);
    result.report.assignments = readAssignments(lines, sections, warnings);

    // Words of running text only: the fragments of a narrow table header are not words.
    const words = new DocumentWords(lines.filter((l) => l.text.trim().length >= 40).map((l) => l.text));
    const tables = findTables(lines, sections, words, warnings);
    result.report.tables = tables.map(toImportTable);

    warnings.push(...crossChecks(result.proposal, result.motions, result.statements, result, sections, lines));
    const doc = buildCheckDocument(lines, sections, tables);
    rememberCheckDocument(result, doc);
    result.findings = runChecker(doc, warnings);
    if (source.lines.length > 0 && parts.every((p) => p.kind === 'report') && sections.every((s) => s.number === null)) {
      warnings.push({ message: 'Varken ärendedelar (yrkande, yttrande, tjänsteutlåtande) eller numrerade rubriker hittades; texten liknar inte en delårsrapport eller ett ärende.' });
    }
  } catch (error) {
    // A bug must not cost the user what was read: report it and return the rest.
    warnings.push({ message: `Importen avbröts av ett internt fel: ${(error as Error).message}` });
  }
  return result;
}

function runChecker(doc: CheckDocument, warnings: ImportWarning[]) {
  try {
    return checkDocument(doc);
  } catch (error) {
    warnings.push({ message: `Granskningen kunde inte köras: ${(error as Error).message}` });
    return [];
  }
}

function emptyResult(source: SourceText, fileName: string | null, warnings: ImportWarning[]): ImportResult {
  const result: ImportResult = {
    source: { fileName, format: source.format, lines: source.lines.reduce((max, l) => Math.max(max, l.line), 0), pages: source.pages },
    parts: [],
    matter: emptyMatter(),
    proposal: [],
    motions: [],
    statements: [],
    report: { sections: [], goals: [], assignments: [], tables: [] },
    findings: [],
    warnings,
  };
  rememberCheckDocument(result, { sections: [], tables: [] });
  return result;
}

function toImportTable(found: FoundTable): ImportTable {
  const { table } = found;
  return {
    id: table.id,
    part: found.part,
    section: table.section,
    title: table.title,
    unit: table.unit,
    kind: table.kind,
    columns: table.columns.map((c) => ({ label: c.label, role: c.role ?? null, group: c.group ?? null })),
    rows: table.rows.map((r) => {
      const row: ImportTable['rows'][number] = { label: r.label, role: r.role ?? null, block: r.block ?? null, values: r.cells.map((c) => c.value), printed: r.cells.map((c) => c.printed) };
      if (r.cells.some((c) => c.amount)) row.amounts = r.cells.map((c) => c.amount ?? null);
      return row;
    }),
    unparsed: found.unparsed,
  };
}

/** What the parts say about each other: a reader's doubts, not the report's errors. */
function crossChecks(proposal: ProposalPoint[], motions: Motion[], statements: Statement[], result: ImportResult, sections: Section[], lines: SourceLine[]): ImportWarning[] {
  const out: ImportWarning[] = [];
  const points = new Set(proposal.map((p) => p.n));
  for (const motion of motions) {
    for (const point of motion.points) {
      if (point.targets !== null && !points.has(point.targets)) out.push({ message: `Yrkandepunkt ${point.n} avser beslutspunkt ${point.targets}, som inte finns i förslaget till beslut.` });
      if ((point.effect === 'reject' || point.effect === 'replace' || point.effect === 'approve') && point.targets === null) {
        out.push({ message: `Yrkandepunkt ${point.n}: det framgår inte vilken beslutspunkt den avser.` });
      }
    }
  }
  for (const statement of statements) {
    for (const n of statement.points) if (!points.has(n)) out.push({ message: `Yttrandet kommenterar punkt ${n}, som inte finns i förslaget till beslut.` });
  }
  const assignments = result.report.assignments;
  for (const point of proposal) {
    if (!point.dnr || !point.section || assignments.length === 0) continue;
    if (!assignments.some((a) => a.dnr === point.dnr && a.section === point.section)) {
      out.push({ message: `Beslutspunkt ${point.n} hänvisar till dnr ${point.dnr} i avsnitt ${point.section}, men uppdraget finns inte där i rapporten.` });
    }
  }
  for (const section of sections) {
    if (section.heading?.extraNumber) {
      out.push({ message: `Rubriken "${section.heading.number} ${section.heading.extraNumber} …" har två nummer; ${section.heading.number} har använts.`, line: lines[section.heading.index]?.line });
    }
  }
  return out;
}
