/**
 * Render blocks as pdfmake nodes, and the look of the PDF (page geometry, type sizes, rules).
 * The look follows Swedish municipal reports: a sober sans-serif, blue numbered headings, tables
 * with horizontal rules only, a bold rule above results and sums, figures right-aligned.
 */
import type { Content, ContentTable, CustomTableLayout, StyleDictionary, TableCell } from 'pdfmake/interfaces';
import { chartSvg } from './chart-svg.ts';
import type { OutlineHeading } from './document-outline.ts';
import type { ChartBlock, RenderDocument, RichText, TableBlock, TextRun } from './render-document.ts';
import type { RenderLabels } from './render-labels.ts';
import { safeHref } from './rich-text-from-html.ts';
import { normaliseTable } from './table-shape.ts';

export const A4 = { width: 595.28, height: 841.89 };
/** left, top, right, bottom in pt (25, 22, 20, 24 mm). */
export const MARGINS: [number, number, number, number] = [70.9, 62.4, 56.7, 68];
export const TEXT_WIDTH = A4.width - MARGINS[0] - MARGINS[2];
/** Lines below this y are in the footer area. */
export const BODY_BOTTOM = A4.height - MARGINS[3];

const INK = '#1a1a1a';
const MUTED = '#555555';
const ACCENT = '#1c4b7a';
const RULE = '#c8c8c8';
const LINK = '#0b57a4';

/** A table this long may break across pages (caption and header repeat); shorter ones stay whole. */
const KEEP_TOGETHER_MAX_ROWS = 24;

export function titlePage(document: RenderDocument, labels: RenderLabels): Content {
  const facts: TableCell[][] = [];
  if (document.documentDate) facts.push([{ text: labels.documentDate, color: MUTED }, document.documentDate]);
  if (document.dnr) facts.push([{ text: labels.dnr, color: MUTED }, document.dnr]);
  return {
    stack: [
      { text: document.organisation, style: 'titleOrganisation' },
      { text: document.title, style: 'title', margin: [0, 190, 0, 6] },
      ...(document.subtitle ? [{ text: document.subtitle, style: 'subtitle' }] : []),
      { canvas: [{ type: 'rect', x: 0, y: 0, w: 56, h: 4, color: ACCENT }], margin: [0, 18, 0, 22] },
      ...(facts.length ? [{ table: { widths: ['auto', '*'], body: facts }, layout: 'noBorders', fontSize: 10.5 }] : []),
    ],
  } as Content;
}

/** Without a title page: the title at the top of the first page. */
export function documentHeader(document: RenderDocument, labels: RenderLabels): Content {
  const facts = [
    document.documentDate ? `${labels.documentDate} ${document.documentDate}` : '',
    document.dnr ? `${labels.dnr} ${document.dnr}` : '',
  ].filter(Boolean);
  return {
    stack: [
      { text: document.organisation, style: 'titleOrganisation' },
      { text: document.title, style: 'title', fontSize: 22, margin: [0, 16, 0, 2] },
      ...(document.subtitle ? [{ text: document.subtitle, style: 'subtitle', fontSize: 14 }] : []),
      ...(facts.length ? [{ text: facts.join('   '), color: MUTED, margin: [0, 8, 0, 0] }] : []),
    ],
    margin: [0, 0, 0, 18],
  } as Content;
}

export function contentsNode(labels: RenderLabels): Content {
  return { toc: { title: { text: labels.contents, style: 'contentsTitle' }, numberStyle: 'contentsNumber' } } as Content;
}

export function headingNode(heading: OutlineHeading): Content & object {
  return {
    // Two spaces: pdfmake keeps them, giving the number the gap a tab gives in Word.
    text: heading.number ? `${heading.number}  ${heading.text}` : heading.text,
    style: `h${heading.level}`,
    headlineLevel: heading.level,
    // The id becomes a named destination: links to "#avsnitt-4-3-1" in prose land here.
    id: heading.id,
    ...(heading.inContents
      ? {
          tocItem: true,
          tocStyle: heading.level === 1 ? 'contentsChapter' : 'contentsEntry',
          tocMargin: [(heading.level - 1) * 16, heading.level === 1 ? 7 : 2, 0, 0],
        }
      : {}),
  } as Content & object;
}

/**
 * @param subheadingId gives each unnumbered subheading an id, so the renderer can find it on the
 *   laid-out pages and keep it with the paragraph under it.
 */
export function richTextNodes(content: RichText, subheadingId: () => string): Content[] {
  return content.map((block): Content => {
    switch (block.type) {
      case 'paragraph':
        return { text: inlines(block.runs), style: 'body' };
      case 'subheading':
        return { text: inlines(block.runs), style: 'subheading', id: subheadingId() } as Content;
      case 'list': {
        const items = block.items.map((item) => ({ text: inlines(item), margin: [0, 0, 0, 3] }));
        return (block.ordered ? { ol: items, style: 'list' } : { ul: items, style: 'list' }) as Content;
      }
      default:
        return '';
    }
  });
}

function inlines(runs: TextRun[]): Content[] {
  return runs.map((run) => {
    const node: Record<string, unknown> = { text: run.text };
    if (run.bold) node.bold = true;
    if (run.italic) node.italics = true;
    const href = safeHref(run.href);
    if (href?.startsWith('#')) node.linkToDestination = href.slice(1);
    else if (href) node.link = href;
    if (href) node.color = LINK;
    return node as unknown as Content;
  });
}

/**
 * The caption is the table's first header row, so it repeats with the column labels on every
 * page a long table runs over and can never be left behind at the bottom of a page.
 */
export function tableNode(block: TableBlock, labels: RenderLabels): Content & object {
  const table = normaliseTable(block);
  const columnCount = Math.max(1, table.columns.length);
  const align = (c: number) => table.columns[c]?.align ?? 'left';
  const groupRows = table.headerRows ?? [];
  const headerCount = groupRows.length + 2;
  const fontSize = columnCount > 6 ? 7.5 : columnCount > 4 ? 8.5 : 9;
  const unit = table.unit ? labels.unit(table.unit) : undefined;

  const body: TableCell[][] = [];
  body.push(
    padRow(
      [
        {
          colSpan: columnCount,
          columns: [
            { text: table.caption, style: 'tableCaption', width: '*' },
            ...(unit ? [{ text: unit, style: 'tableUnit', width: 'auto' }] : []),
          ],
          columnGap: 12,
        } as TableCell,
      ],
      columnCount,
    ),
  );
  for (const group of groupRows) {
    const cells: TableCell[] = [];
    for (const cell of group) {
      const span = Math.max(1, Math.trunc(cell.span));
      cells.push({ text: cell.label, style: 'tableHeader', alignment: 'center', ...(span > 1 ? { colSpan: span } : {}) });
      for (let s = 1; s < span; s++) cells.push({ text: '' });
    }
    body.push(padRow(cells, columnCount));
  }
  body.push(table.columns.map((column, c) => ({ text: column.label, style: 'tableHeader', alignment: align(c) })));
  const kinds = table.rows.map((row) => row.kind ?? 'normal');
  for (const row of table.rows) {
    if (row.kind === 'subheading') {
      body.push(padRow([{ text: row.cells[0] ?? '', style: 'tableSubheading', colSpan: columnCount }], columnCount));
      continue;
    }
    body.push(
      Array.from({ length: columnCount }, (_, c) => ({
        text: row.cells[c] ?? '',
        alignment: align(c),
        ...(row.kind === 'sum' ? { bold: true } : {}),
        // Figures never wrap ("−1 234,5" split over two lines reads as two numbers).
        ...(align(c) === 'right' && c > 0 ? { noWrap: true } : {}),
      })),
    );
  }

  const kindAt = (line: number) => kinds[line - headerCount];
  const layout: CustomTableLayout = {
    hLineWidth: (i, node) => {
      if (i <= 1) return 0;
      if (i === headerCount || i === node.table.body.length) return 0.9;
      if (i < headerCount) return 0.4;
      if (kindAt(i) === 'sum') return 0.7;
      if (kindAt(i) === 'subheading') return 0;
      return 0.3;
    },
    hLineColor: (i, node) => (i === headerCount || i === node.table.body.length || kindAt(i) === 'sum' ? INK : RULE),
    vLineWidth: () => 0,
    paddingLeft: (i) => (i === 0 ? 1 : 5),
    paddingRight: (i) => (i === columnCount - 1 ? 1 : 5),
    paddingTop: (i) => (i === 0 ? 0 : kindAt(i) === 'subheading' ? 7 : 2.4),
    paddingBottom: (i) => (i === 0 ? 4 : 2.4),
  };

  const pdfTable: ContentTable = {
    table: {
      headerRows: headerCount,
      keepWithHeaderRows: 1,
      dontBreakRows: true,
      widths: table.columns.map((_, c) => (c === 0 && align(0) === 'left' ? '*' : 'auto')),
      body,
    },
    layout,
    fontSize,
  };
  return {
    stack: [pdfTable, ...(table.note ? [{ text: table.note, style: 'tableNote' }] : [])],
    margin: [0, 6, 0, 12],
    ...(table.rows.length <= KEEP_TOGETHER_MAX_ROWS ? { unbreakable: true } : {}),
  } as Content & object;
}

/** pdfmake wants every row to have a cell per column, spanned ones included. */
function padRow(cells: TableCell[], columnCount: number): TableCell[] {
  const row = cells.slice(0, columnCount);
  while (row.length < columnCount) row.push({ text: '' });
  return row;
}

export function chartNode(chart: ChartBlock, labels: RenderLabels): Content & object {
  const width = Math.round(TEXT_WIDTH);
  return {
    stack: [
      { text: `${labels.chartPrefix}: ${chart.caption}`, style: 'tableCaption' },
      { svg: chartSvg(chart, { width, height: 230, fontFamily: 'Roboto', labels }), width, margin: [0, 4, 0, 0] },
    ],
    margin: [0, 6, 0, 14],
    unbreakable: true,
  } as Content & object;
}

export function footerNode(label: string, currentPage: number, pageCount: number): Content {
  return {
    margin: [MARGINS[0], 24, MARGINS[2], 0],
    stack: [
      { canvas: [{ type: 'line', x1: 0, y1: 0, x2: TEXT_WIDTH, y2: 0, lineWidth: 0.5, lineColor: RULE }] },
      {
        columns: [
          { text: label, width: '*' },
          { text: `${currentPage} (${pageCount})`, width: 'auto', alignment: 'right' },
        ],
        margin: [0, 5, 0, 0],
        fontSize: 8.5,
        color: MUTED,
      },
    ],
  } as Content;
}

export const DEFAULT_STYLE = { font: 'Roboto', fontSize: 10, lineHeight: 1.3, color: INK };

export const STYLES: StyleDictionary = {
  titleOrganisation: { fontSize: 11, bold: true, color: MUTED, characterSpacing: 0.3 },
  title: { fontSize: 30, bold: true, color: ACCENT, lineHeight: 1.1 },
  subtitle: { fontSize: 17, color: INK },
  h1: { fontSize: 20, bold: true, color: ACCENT, margin: [0, 0, 0, 12], lineHeight: 1.15 },
  h2: { fontSize: 14.5, bold: true, color: ACCENT, margin: [0, 16, 0, 6], lineHeight: 1.15 },
  h3: { fontSize: 12, bold: true, color: ACCENT, margin: [0, 13, 0, 5], lineHeight: 1.15 },
  h4: { fontSize: 11, bold: true, color: INK, margin: [0, 11, 0, 4] },
  h5: { fontSize: 10.5, bold: true, italics: true, color: INK, margin: [0, 9, 0, 3] },
  subheading: { fontSize: 10.5, bold: true, margin: [0, 8, 0, 3] },
  body: { margin: [0, 0, 0, 7] },
  list: { margin: [6, 0, 0, 7] },
  contentsTitle: { fontSize: 20, bold: true, color: ACCENT, margin: [0, 0, 0, 14] },
  contentsChapter: { fontSize: 10.5, bold: true },
  contentsEntry: { fontSize: 10 },
  contentsNumber: { fontSize: 10 },
  tableCaption: { fontSize: 9.5, bold: true, lineHeight: 1.2 },
  tableUnit: { fontSize: 8.5, color: MUTED, alignment: 'right' },
  tableHeader: { bold: true },
  tableSubheading: { bold: true, color: ACCENT },
  tableNote: { fontSize: 8, italics: true, color: MUTED, margin: [0, 4, 0, 0] },
};
