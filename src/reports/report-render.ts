/**
 * A report as the renderers print it (src/render): title page, contents, numbered headings,
 * prose, Swedish-formatted tables with their blocks and sums, charts, accounts and audit
 * reports. Figures are printed as shown in the report (the given figure, else the computed
 * one) with typographic minus signs and unbreakable thousands spaces.
 */
import type { Locale } from '../i18n/messages.ts';
import { formatDate, MINUS, NBSP } from '../numbers/swedish-format.ts';
import { richTextFromHtml } from '../render/rich-text-from-html.ts';
import type { HeadingLevel, RenderBlock, RenderDocument, RichText, TableBlock, TableRow } from '../render/render-document.ts';
import { accountHeading } from './assignment-accounts.ts';
import { flattenSections, type DocumentSection, type ReportDocument } from './report-document.ts';
import type { ReportTable } from './report-table.ts';

/** "-343,2" → "−343,2", "13 400" → "13 400" with a no-break space; words are left alone. */
export function typographic(text: string): string {
  return text.replace(/(^|[\s(])[-\u2013](?=\d)/g, `$1${MINUS}`).replace(/(\d) (?=\d{3}\b)/g, `$1${NBSP}`);
}

function tableBlock(table: ReportTable): TableBlock {
  const rows: TableRow[] = [];
  let block: string | undefined;
  for (const row of table.rows) {
    if (row.block !== undefined && row.block !== block) {
      block = row.block;
      rows.push({ cells: [block], kind: 'subheading' });
    }
    if (row.kind === 'subheading') {
      rows.push({ cells: [row.label], kind: 'subheading' });
      continue;
    }
    rows.push({ cells: [row.label, ...row.cells.map((c) => typographic(c.shown ?? ''))], ...(row.kind === 'sum' ? { kind: 'sum' as const } : {}) });
  }
  return {
    type: 'table',
    caption: table.caption,
    ...(table.unit ? { unit: table.unit } : {}),
    columns: [{ label: table.rowHeader, align: 'left' }, ...table.columns.map((c) => ({ label: c.label, align: c.align }))],
    ...(table.headerGroups ? { headerRows: [[{ label: '', span: 1 }, ...table.headerGroups]] } : {}),
    rows,
    ...(table.note ? { note: table.note } : {}),
  };
}

const paragraph = (text: string, bold = false): RichText[number] => ({ type: 'paragraph', runs: [{ text, ...(bold ? { bold } : {}) }] });

function sectionBlocks(section: DocumentSection): RenderBlock[] {
  const blocks: RenderBlock[] = [{ type: 'heading', number: section.number, text: section.title, level: Math.min(section.depth, 5) as HeadingLevel }];
  const prose = (content: RichText) => {
    if (content.length > 0) blocks.push({ type: 'paragraphs', content });
  };
  prose(section.lines.map((line) => paragraph(line)));
  prose(richTextFromHtml(section.text));
  section.tables.forEach((table, i) => {
    blocks.push(tableBlock(table));
    const chart = section.charts[i];
    if (chart) blocks.push({ type: 'chart', ...chart });
  });
  if (section.kind === 'account-group') {
    section.accounts.forEach((account, i) => prose([paragraph(`${i + 1}. ${accountHeading(account)}`, true), ...richTextFromHtml(account.text)]));
  }
  section.auditReports.forEach((report, i) =>
    prose([
      paragraph(`${i + 1}. ${report.title}`, true),
      ...(report.summary ? [paragraph(report.summary)] : []),
      ...(report.recommendations.length
        ? [
            {
              type: 'list' as const,
              ordered: false,
              items: report.recommendations.map((x) => [{ text: `${x.text}${x.carriedOverFrom ? ` (kvarstår från ${x.carriedOverFrom})` : ''}` }]),
            },
          ]
        : []),
    ]),
  );
  prose(richTextFromHtml(section.textAfter));
  return blocks;
}

/** "Delårsrapport augusti 2023" + "för kommunstyrelsen" when the title starts with the cycle's name. */
function titleParts(document: ReportDocument): { title: string; subtitle?: string } {
  const { title } = document.report;
  const cycle = document.cycle.name;
  if (title.startsWith(cycle) && title.length > cycle.length) return { title: cycle, subtitle: title.slice(cycle.length).trim() };
  return { title };
}

export function toRenderDocument(document: ReportDocument, locale: Locale = 'sv'): RenderDocument {
  const r = document.report;
  const date = r.adoptedAt ?? r.acceptedAt ?? r.submittedAt ?? r.updatedAt;
  return {
    ...titleParts(document),
    organisation: document.issuer,
    documentDate: formatDate(new Date(date)),
    footerLabel: `${document.cycle.name} – ${document.organisation.name}`,
    lang: locale,
    titlePage: true,
    contents: true,
    contentsDepth: 3,
    blocks: flattenSections(document.sections).flatMap(sectionBlocks),
  };
}
