/**
 * A readable diff between two versions of a report: per changed section, its lines added and
 * removed (prose, and tables as "row: cell | cell"), with the words that changed inside a
 * changed line, plus the whole as a unified patch. The comparing is jsdiff's.
 */
import { createTwoFilesPatch, diffLines, diffWordsWithSpace } from 'diff';
import { flattenSections, type DocumentSection, type ReportDocument } from './report-document.ts';
import { sectionLines, tableLines } from './report-text.ts';

export interface WordChange {
  type: 'added' | 'removed' | 'same';
  text: string;
}

export interface LineChange {
  type: 'added' | 'removed' | 'same' | 'changed';
  /** The line(s); for 'changed', the new text. */
  lines: string[];
  /** For 'changed': the old text. */
  before?: string[];
  /** For 'changed': the words that changed, in order. */
  words?: WordChange[];
}

export interface SectionDiff {
  key: string;
  number: string;
  title: string;
  change: 'added' | 'removed' | 'changed';
  lines: LineChange[];
}

export interface ReportDiff {
  from: number;
  to: number;
  sections: SectionDiff[];
  /** Unified diff of the whole report text. */
  patch: string;
}

/** The section as text: its heading, prose lines and tables (not its subsections). */
export function sectionText(section: DocumentSection): string {
  const tables = section.tables.flatMap((t) => ['', ...tableLines(t)]);
  return [`${section.number} ${section.title}`, ...sectionLines(section), ...tables].join('\n') + '\n';
}

const split = (value: string) => value.replace(/\n$/, '').split('\n');

/** Unchanged runs longer than this keep only their ends, so a diff shows changes, not the report. */
const CONTEXT = 2;

function lineChanges(before: string, after: string): LineChange[] {
  const parts = diffLines(before, after);
  const out: LineChange[] = [];
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    const next = parts[i + 1];
    if (part.removed && next?.added) {
      out.push({
        type: 'changed',
        before: split(part.value),
        lines: split(next.value),
        words: diffWordsWithSpace(part.value, next.value).map((w) => ({ type: w.added ? 'added' : w.removed ? 'removed' : 'same', text: w.value })),
      });
      i++;
    } else if (part.added || part.removed) {
      out.push({ type: part.added ? 'added' : 'removed', lines: split(part.value) });
    } else {
      const lines = split(part.value);
      const kept = lines.length > 2 * CONTEXT + 1 ? [...lines.slice(0, CONTEXT), '…', ...lines.slice(-CONTEXT)] : lines;
      out.push({ type: 'same', lines: kept });
    }
  }
  return out;
}

export function diffReports(from: { version: number; document: ReportDocument }, to: { version: number; document: ReportDocument }): ReportDiff {
  const before = new Map(flattenSections(from.document.sections).map((s) => [s.key, s]));
  const afterList = flattenSections(to.document.sections);
  const after = new Map(afterList.map((s) => [s.key, s]));
  const sections: SectionDiff[] = [];
  for (const section of afterList) {
    const old = before.get(section.key);
    const newText = sectionText(section);
    const oldText = old ? sectionText(old) : '';
    if (newText === oldText) continue;
    sections.push({ key: section.key, number: section.number, title: section.title, change: old ? 'changed' : 'added', lines: lineChanges(oldText, newText) });
  }
  for (const [key, old] of before) {
    if (!after.has(key)) sections.push({ key, number: old.number, title: old.title, change: 'removed', lines: lineChanges(sectionText(old), '') });
  }
  const whole = (doc: ReportDocument) => flattenSections(doc.sections).map(sectionText).join('\n');
  return {
    from: from.version,
    to: to.version,
    sections,
    patch: createTwoFilesPatch(`version ${from.version}`, `version ${to.version}`, whole(from.document), whole(to.document), '', '', { context: CONTEXT }),
  };
}
