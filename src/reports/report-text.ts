/**
 * A report section as lines of plain text, as a reader meets them: the registers' lines (a
 * goal's role line), the prose, the accounts and audit reports. One line per paragraph or list
 * item, a blank line between paragraphs, sub-headings on lines of their own. The checker reads
 * these lines; the diff between versions compares them.
 */
import { richTextFromHtml } from '../render/rich-text-from-html.ts';
import type { RichText, TextRun } from '../render/render-document.ts';
import { accountHeading } from './assignment-accounts.ts';
import type { DocumentSection } from './report-document.ts';
import type { ReportTable } from './report-table.ts';

const runsText = (runs: readonly TextRun[]) => runs.map((r) => r.text).join('');

/** Plain lines of rich text; a line break inside a paragraph starts a new line. */
export function richTextLines(content: RichText): string[] {
  const lines: string[] = [];
  const paragraph = (texts: string[]) => {
    if (lines.length > 0) lines.push('');
    lines.push(...texts);
  };
  for (const block of content) {
    if (block.type === 'list') {
      paragraph(block.items.map((item, i) => `${block.ordered ? `${i + 1}.` : '•'} ${runsText(item).replace(/\n/g, ' ')}`));
    } else {
      paragraph(runsText(block.runs).split('\n').map((l) => l.trim()).filter((l) => l !== ''));
    }
  }
  return lines;
}

export function htmlLines(html: string | null | undefined): string[] {
  return html ? richTextLines(richTextFromHtml(html)) : [];
}

function join(...groups: string[][]): string[] {
  const out: string[] = [];
  for (const group of groups) {
    if (group.length === 0) continue;
    if (out.length > 0) out.push('');
    out.push(...group);
  }
  return out;
}

/**
 * The section's prose in reading order, without its subsections: what stands before its
 * tables (register lines, text, accounts, audit reports) and what stands after them.
 */
export function sectionParts(section: DocumentSection): { before: string[]; after: string[] } {
  const accounts = section.kind === 'account-group'
    ? section.accounts.map((a, i) => join([`${i + 1}. ${accountHeading(a)}`], htmlLines(a.text)))
    : [];
  const audits = section.auditReports.map((r, i) =>
    join(
      [`${i + 1}. ${r.title}`],
      r.summary ? [r.summary] : [],
      r.recommendations.map((x) => `• ${x.text}${x.carriedOverFrom ? ` (kvarstår från ${x.carriedOverFrom})` : ''}`),
    ),
  );
  return { before: join(section.lines, htmlLines(section.text), ...accounts, ...audits), after: htmlLines(section.textAfter) };
}

/** The section's prose lines, without its tables and without its subsections. */
export function sectionLines(section: DocumentSection): string[] {
  const { before, after } = sectionParts(section);
  return join(before, after);
}

/** A table as lines "label: cell | cell | …", for diffs. */
export function tableLines(table: ReportTable): string[] {
  const header = `${table.caption}${table.unit ? ` (${table.unit})` : ''}: ${table.columns.map((c) => c.label).join(' | ')}`;
  let block: string | undefined;
  const rows: string[] = [];
  for (const row of table.rows) {
    if (row.block !== undefined && row.block !== block) {
      block = row.block;
      rows.push(`[${block}]`);
    }
    rows.push(`${row.label}: ${row.cells.map((c) => c.shown ?? '').join(' | ')}`);
  }
  return [header, ...rows];
}
