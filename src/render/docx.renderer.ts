/**
 * DOCX output with the `docx` package, so officers can keep working in Word.
 *
 * Word's own machinery is used wherever it exists: headings carry the built-in Heading 1–5
 * styles (navigation pane, outline view, the TOC field); the contents page is a real TOC field,
 * written with its entries and page numbers already filled in (`estimatePageNumbers` lays the
 * pages out as Word would, so the contents is right on opening and F9 still refreshes it);
 * tables are Word tables whose caption and header rows are marked to repeat on every page; the
 * footer holds PAGE and NUMPAGES fields ("10 (35)"); the title page has no footer.
 *
 * Charts: DOCX cannot show our SVG without a PNG fallback, which we cannot rasterise here. The
 * chart is therefore written as a native Word chart (DrawingML chart part with its data
 * cached, drawn by Word and LibreOffice themselves, with alt text), and its figures follow as
 * an ordinary table captioned "Diagram: …, data i tabellform" so they print and read the same
 * in any program, including those that cannot draw charts.
 */
import {
  AlignmentType,
  BorderStyle,
  Bookmark,
  Document,
  ExternalHyperlink,
  Footer,
  HeadingLevel,
  InternalHyperlink,
  LevelFormat,
  Packer,
  PageNumber,
  Tab,
  Paragraph,
  type ParagraphChild,
  Table,
  TableCell,
  TableOfContents,
  TableRow,
  TabStopType,
  TextRun,
  WidthType,
  type ITableCellBorders,
} from 'docx';
import { ChartRun } from 'docx/charts';
import { estimatePageNumbers } from 'docx/layout';
import { chartDataTable, chartDecimals } from './chart-data-table.ts';
import { CHART_COLOURS, chartDescription } from './chart-svg.ts';
import { documentOutline, type OutlineHeading } from './document-outline.ts';
import type { ChartBlock, RenderDocument, RichText, TableBlock, TextRun as RunModel } from './render-document.ts';
import { renderLabels, type RenderLabels } from './render-labels.ts';
import { safeHref } from './rich-text-from-html.ts';
import { normaliseTable } from './table-shape.ts';

/** Twentieths of a point. A4, margins 25/20/22/24 mm as in the PDF. */
const PAGE = { width: 11906, height: 16838, left: 1417, right: 1134, top: 1247, bottom: 1361 };
const TEXT_WIDTH = PAGE.width - PAGE.left - PAGE.right;
const FONT = 'Arial';
/** As in the PDF: longer tables may break across pages, with their header rows repeated. */
const KEEP_TOGETHER_MAX_ROWS = 24;
const INK = '1A1A1A';
const MUTED = '555555';
const ACCENT = '1C4B7A';
const RULE = 'C8C8C8';

const HEADING_LEVELS = [
  HeadingLevel.HEADING_1,
  HeadingLevel.HEADING_2,
  HeadingLevel.HEADING_3,
  HeadingLevel.HEADING_4,
  HeadingLevel.HEADING_5,
] as const;

type Block = Paragraph | Table | TableOfContents;

export interface DocxOptions {
  /**
   * Lay the pages out as Word would to write the contents' page numbers and the page count into
   * the file (default true). Costs about a second per ten pages; without it the contents is
   * written for Word to fill in, and shows blank page numbers until it does.
   */
  contentsPageNumbers?: boolean;
}

export async function renderDocx(document: RenderDocument, options: DocxOptions = {}): Promise<Buffer> {
  const labels = renderLabels(document.lang);
  const outline = documentOutline(document);
  const children = buildBody(document, outline, labels);
  const depth = Math.max(1, Math.min(5, document.contentsDepth ?? 3));

  const docx = new Document({
    title: document.subtitle ? `${document.title} ${document.subtitle}` : document.title,
    subject: document.subtitle ?? document.title,
    creator: document.organisation,
    lastModifiedBy: document.organisation,
    description: [document.dnr ? `${labels.dnr} ${document.dnr}` : '', document.documentDate ?? ''].filter(Boolean).join(', '),
    ...(options.contentsPageNumbers === false ? { features: { updateFields: true } } : { pageNumbers: estimatePageNumbers }),
    styles: documentStyles(document.lang),
    numbering: {
      config: [
        {
          reference: 'ordered-list',
          levels: [
            {
              level: 0,
              format: LevelFormat.DECIMAL,
              text: '%1.',
              alignment: AlignmentType.START,
              style: { paragraph: { indent: { left: 567, hanging: 340 } } },
            },
          ],
        },
      ],
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: { top: PAGE.top, right: PAGE.right, bottom: PAGE.bottom, left: PAGE.left, footer: 680 },
          },
          titlePage: document.titlePage,
        },
        footers: {
          default: pageFooter(document.footerLabel),
          ...(document.titlePage ? { first: new Footer({ children: [new Paragraph({})] }) } : {}),
        },
        children: [
          ...children.front,
          ...(document.contents && outline.some((heading) => heading.inContents)
            ? [
                new Paragraph({ style: 'ContentsTitle', children: [new TextRun(labels.contents)] }),
                new TableOfContents(labels.contents, { hyperlink: true, headingStyleRange: `1-${depth}` }),
              ]
            : []),
          ...children.body,
        ],
      },
    ],
  });
  return Packer.toBuffer(docx);
}

function buildBody(document: RenderDocument, outline: OutlineHeading[], labels: RenderLabels): { front: Block[]; body: Block[] } {
  const front: Block[] = document.titlePage ? titlePage(document, labels) : documentHeader(document, labels);
  const body: Block[] = [];
  const byBlock = new Map(outline.map((heading) => [heading.blockIndex, heading]));
  // The title page and the contents each end their page.
  let breakBeforeNext = document.titlePage || document.contents;
  let orderedLists = 0;
  const startsPage = () => {
    const value = breakBeforeNext;
    breakBeforeNext = false;
    return value;
  };

  document.blocks.forEach((block, index) => {
    switch (block.type) {
      case 'heading': {
        const heading = byBlock.get(index)!;
        const pageBreakBefore = startsPage() || (heading.level === 1 && body.length > 0);
        body.push(
          new Paragraph({
            heading: HEADING_LEVELS[heading.level - 1],
            pageBreakBefore,
            children: [new Bookmark({ id: bookmarkName(heading.id), children: [new TextRun(heading.label)] })],
          }),
        );
        break;
      }
      case 'paragraphs': {
        const paragraphs = richTextParagraphs(block.content, () => ++orderedLists);
        if (paragraphs.length > 0 && startsPage()) paragraphs.unshift(pageBreakParagraph());
        body.push(...paragraphs);
        break;
      }
      case 'table':
        if (startsPage()) body.push(pageBreakParagraph());
        body.push(...tableBlocks(block, labels));
        break;
      case 'chart':
        if (startsPage()) body.push(pageBreakParagraph());
        body.push(...chartBlocks(block, labels));
        break;
      case 'pageBreak':
        breakBeforeNext = true;
        break;
    }
  });
  return { front, body };
}

function titlePage(document: RenderDocument, labels: RenderLabels): Paragraph[] {
  const facts: Paragraph[] = [];
  if (document.documentDate) facts.push(factLine(labels.documentDate, document.documentDate));
  if (document.dnr) facts.push(factLine(labels.dnr, document.dnr));
  return [
    new Paragraph({ style: 'TitleOrganisation', children: [new TextRun(document.organisation)] }),
    new Paragraph({ style: 'Title', spacing: { before: 3800 }, children: [new TextRun(document.title)] }),
    ...(document.subtitle ? [new Paragraph({ style: 'Subtitle', children: [new TextRun(document.subtitle)] })] : []),
    ...facts,
  ];
}

function documentHeader(document: RenderDocument, labels: RenderLabels): Paragraph[] {
  return [
    new Paragraph({ style: 'TitleOrganisation', children: [new TextRun(document.organisation)] }),
    new Paragraph({ style: 'Title', spacing: { before: 240 }, children: [new TextRun(document.title)] }),
    ...(document.subtitle ? [new Paragraph({ style: 'Subtitle', children: [new TextRun(document.subtitle)] })] : []),
    ...(document.documentDate ? [factLine(labels.documentDate, document.documentDate)] : []),
    ...(document.dnr ? [factLine(labels.dnr, document.dnr)] : []),
  ];
}

function factLine(label: string, value: string): Paragraph {
  return new Paragraph({
    tabStops: [{ type: TabStopType.LEFT, position: 1800 }],
    children: [new TextRun({ text: label, color: MUTED }), new TextRun({ children: [new Tab(), value] })],
  });
}

function pageBreakParagraph(): Paragraph {
  return new Paragraph({ pageBreakBefore: true, spacing: { before: 0, after: 0 }, children: [] });
}

function pageFooter(label: string): Footer {
  return new Footer({
    children: [
      new Paragraph({
        style: 'PageFooter',
        tabStops: [{ type: TabStopType.RIGHT, position: TEXT_WIDTH }],
        border: { top: { style: BorderStyle.SINGLE, size: 4, color: RULE, space: 4 } },
        children: [
          new TextRun(label),
          new TextRun({ children: [new Tab(), PageNumber.CURRENT, ' (', PageNumber.TOTAL_PAGES, ')'] }),
        ],
      }),
    ],
  });
}

/** Word bookmark names: start with a letter, letters/digits/underscore, at most 40 characters. */
function bookmarkName(id: string): string {
  return `h_${id.replace(/[^A-Za-z0-9]/g, '_')}`.slice(0, 40);
}

function richTextParagraphs(content: RichText, nextOrderedList: () => number): Paragraph[] {
  return content.flatMap((block) => {
    switch (block.type) {
      case 'paragraph':
        return [new Paragraph({ children: runs(block.runs) })];
      case 'subheading':
        // Not a Word heading: it would enter the TOC and the navigation pane as a section.
        return [new Paragraph({ style: 'Subheading', children: runs(block.runs) })];
      case 'list': {
        const instance = block.ordered ? nextOrderedList() : 0;
        return block.items.map(
          (item) =>
            new Paragraph({
              style: 'ListParagraph',
              ...(block.ordered ? { numbering: { reference: 'ordered-list', level: 0, instance } } : { bullet: { level: 0 } }),
              children: runs(item),
            }),
        );
      }
      default:
        return [];
    }
  });
}

function runs(model: RunModel[]): ParagraphChild[] {
  return model.flatMap((run): ParagraphChild[] => {
    const href = safeHref(run.href);
    const lines = run.text.split('\n');
    const textRuns = lines.map(
      (line, index) =>
        new TextRun({
          text: line,
          ...(index > 0 ? { break: 1 } : {}),
          ...(run.bold ? { bold: true } : {}),
          ...(run.italic ? { italics: true } : {}),
          ...(href ? { style: 'Hyperlink' } : {}),
        }),
    );
    if (href?.startsWith('#')) return [new InternalHyperlink({ anchor: bookmarkName(href.slice(1)), children: textRuns })];
    if (href) return [new ExternalHyperlink({ link: href, children: textRuns })];
    return textRuns;
  });
}

const NO_BORDER = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const line = (size: number, color: string) => ({ style: BorderStyle.SINGLE, size, color });

function tableBlocks(block: TableBlock, labels: RenderLabels): Block[] {
  const table = normaliseTable(block);
  const columnCount = Math.max(1, table.columns.length);
  const align = (c: number) => (table.columns[c]?.align === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT);
  const widths = columnWidths(table);
  const fontSize = columnCount > 6 ? 14 : columnCount > 4 ? 16 : 18;
  // A short table stays on one page with its caption; a long one keeps its header with the first row.
  const keepTogether = table.rows.length <= KEEP_TOGETHER_MAX_ROWS;
  const cell = (
    text: string,
    c: number,
    options: { bold?: boolean; span?: number; colour?: string; borders?: ITableCellBorders; center?: boolean; keepNext?: boolean } = {},
  ) =>
    new TableCell({
      ...(options.span && options.span > 1 ? { columnSpan: options.span } : {}),
      width: { size: widths.slice(c, c + (options.span ?? 1)).reduce((a, b) => a + b, 0), type: WidthType.DXA },
      margins: { top: 40, bottom: 40, left: c === 0 ? 20 : 80, right: 80 },
      borders: { top: NO_BORDER, left: NO_BORDER, right: NO_BORDER, bottom: line(2, RULE), ...options.borders },
      children: [
        new Paragraph({
          style: 'TableText',
          alignment: options.center ? AlignmentType.CENTER : align(c),
          keepNext: options.keepNext ?? true,
          children: [new TextRun({ text, size: fontSize, ...(options.bold ? { bold: true } : {}), ...(options.colour ? { color: options.colour } : {}) })],
        }),
      ],
    });

  const headerRows: TableRow[] = [];
  for (const group of table.headerRows ?? []) {
    let c = 0;
    const cells = group.map((groupCell) => {
      const span = Math.max(1, Math.trunc(groupCell.span));
      const made = cell(groupCell.label, c, { bold: true, span, center: true });
      c += span;
      return made;
    });
    headerRows.push(new TableRow({ tableHeader: true, cantSplit: true, children: cells }));
  }
  headerRows.push(
    new TableRow({
      tableHeader: true,
      cantSplit: true,
      children: table.columns.map((column, c) => cell(column.label, c, { bold: true, borders: { bottom: line(8, INK) } })),
    }),
  );
  const bodyRows = table.rows.map((row, r) => {
    const last = r === table.rows.length - 1;
    const keepNext = keepTogether ? !last : r === 0;
    const bottom = last ? { bottom: line(8, INK) } : {};
    if (row.kind === 'subheading') {
      return new TableRow({
        cantSplit: true,
        children: [cell(row.cells[0] ?? '', 0, { bold: true, span: columnCount, colour: ACCENT, borders: { bottom: NO_BORDER }, keepNext: true })],
      });
    }
    const sum = row.kind === 'sum';
    return new TableRow({
      cantSplit: true,
      children: Array.from({ length: columnCount }, (_, c) =>
        cell(row.cells[c] ?? '', c, { bold: sum, keepNext, borders: { ...(sum ? { top: line(6, INK) } : {}), ...bottom } }),
      ),
    });
  });

  const unit = table.unit ? labels.unit(table.unit) : '';
  return [
    new Paragraph({
      style: 'Caption',
      keepNext: true,
      tabStops: [{ type: TabStopType.RIGHT, position: TEXT_WIDTH }],
      children: [new TextRun(table.caption), ...(unit ? [new TextRun({ children: [new Tab(), unit], bold: false, color: MUTED, size: 16 })] : [])],
    }),
    new Table({
      width: { size: TEXT_WIDTH, type: WidthType.DXA },
      columnWidths: widths,
      borders: { top: NO_BORDER, bottom: NO_BORDER, left: NO_BORDER, right: NO_BORDER, insideHorizontal: NO_BORDER, insideVertical: NO_BORDER },
      rows: [...headerRows, ...bodyRows],
    }),
    new Paragraph({ style: table.note ? 'TableNote' : 'AfterTable', children: table.note ? [new TextRun(table.note)] : [] }),
  ];
}

/** The label column takes what the figure columns leave; figures get equal, sufficient widths. */
function columnWidths(table: TableBlock): number[] {
  const count = Math.max(1, table.columns.length);
  if (count === 1) return [TEXT_WIDTH];
  const labelShare = table.columns[0]?.align === 'left' ? (count > 6 ? 0.2 : count > 4 ? 0.28 : 0.4) : 1 / count;
  const first = Math.round(TEXT_WIDTH * labelShare);
  const rest = Math.floor((TEXT_WIDTH - first) / (count - 1));
  return [first, ...Array.from({ length: count - 1 }, () => rest)];
}

function chartBlocks(chart: ChartBlock, labels: RenderLabels): Block[] {
  const decimals = chartDecimals(chart);
  const native = nativeChart(chart, labels, decimals);
  return [
    new Paragraph({ style: 'Caption', keepNext: true, children: [new TextRun(`${labels.chartPrefix}: ${chart.caption}`)] }),
    ...(native ? [new Paragraph({ keepNext: true, children: [native] })] : []),
    ...tableBlocks(chartDataTable(chart, labels), labels),
  ];
}

/** A Word chart, or none when Word could not draw the data (no categories, no values). */
function nativeChart(chart: ChartBlock, labels: RenderLabels, decimals: number): ChartRun | undefined {
  const series = chart.series
    .map((item, s) => ({
      name: item.label,
      values: chart.categories.map((_, c) => {
        const value = item.values[c];
        return value === undefined || value === null || !Number.isFinite(value) ? null : value;
      }),
      color: CHART_COLOURS[s % CHART_COLOURS.length]!.slice(1),
    }))
    .filter((item) => item.values.some((value) => value !== null));
  if (chart.categories.length === 0 || series.length === 0) return undefined;
  const numberFormat = decimals > 0 ? `0.${'0'.repeat(decimals)}` : '0';
  try {
    return new ChartRun({
      type: chart.kind === 'bar' ? 'column' : 'line',
      categories: chart.categories,
      series,
      legend: series.length > 1 ? { position: 'bottom' } : false,
      font: { name: FONT },
      valueAxis: { ...(chart.unit ? { title: chart.unit } : {}), numberFormat },
      dataLabels: { value: true, numberFormat },
      chartArea: { border: 'none' },
      transformation: { width: 600, height: 300 },
      altText: { name: `${labels.chartPrefix}: ${chart.caption}`, description: chartDescription(chart, labels, decimals) },
    });
  } catch {
    // The data table below carries the figures either way.
    return undefined;
  }
}

function documentStyles(lang: RenderDocument['lang']) {
  const language = { value: lang === 'en' ? 'en-GB' : 'sv-SE' };
  // The outline level makes each style a heading for the navigation pane and outline view even
  // where a program does not recognise the built-in style name.
  const heading = (level: number, size: number, colour: string, before: number, after: number, italics = false) => ({
    run: { font: FONT, size, bold: true, color: colour, ...(italics ? { italics: true } : {}) },
    paragraph: { spacing: { before, after }, keepNext: true, keepLines: true, outlineLevel: level - 1 },
  });
  return {
    default: {
      document: { run: { font: FONT, size: 20, color: INK, language }, paragraph: { spacing: { after: 140, line: 288 } } },
      heading1: heading(1, 36, ACCENT, 0, 240),
      heading2: heading(2, 28, ACCENT, 320, 120),
      heading3: heading(3, 24, ACCENT, 260, 100),
      heading4: heading(4, 22, INK, 220, 80),
      heading5: heading(5, 21, INK, 180, 60, true),
      title: { run: { font: FONT, size: 56, bold: true, color: ACCENT }, paragraph: { spacing: { after: 120 } } },
      hyperlink: { run: { color: '0B57A4', underline: {} } },
      listParagraph: { paragraph: { spacing: { after: 60 } } },
    },
    paragraphStyles: [
      { id: 'Subtitle', name: 'Subtitle', basedOn: 'Normal', next: 'Normal', run: { size: 34 }, paragraph: { spacing: { after: 480 } } },
      { id: 'TitleOrganisation', name: 'Uppsikt Organisation', basedOn: 'Normal', run: { bold: true, size: 22, color: MUTED } },
      { id: 'ContentsTitle', name: 'TOC Heading', basedOn: 'Normal', next: 'Normal', run: { bold: true, size: 36, color: ACCENT }, paragraph: { spacing: { after: 240 } } },
      { id: 'Subheading', name: 'Uppsikt Underrubrik', basedOn: 'Normal', next: 'Normal', quickFormat: true, run: { bold: true, size: 21 }, paragraph: { spacing: { before: 160, after: 60 }, keepNext: true } },
      { id: 'Caption', name: 'caption', basedOn: 'Normal', next: 'Normal', quickFormat: true, run: { bold: true, size: 19, color: INK }, paragraph: { spacing: { before: 160, after: 80 }, keepNext: true } },
      { id: 'TableText', name: 'Uppsikt Tabelltext', basedOn: 'Normal', run: { size: 18 }, paragraph: { spacing: { before: 0, after: 0, line: 252 } } },
      { id: 'TableNote', name: 'Uppsikt Tabellnot', basedOn: 'Normal', run: { size: 16, italics: true, color: MUTED }, paragraph: { spacing: { before: 60, after: 200 } } },
      { id: 'AfterTable', name: 'Uppsikt Efter tabell', basedOn: 'Normal', paragraph: { spacing: { before: 0, after: 120, line: 240 } } },
      { id: 'PageFooter', name: 'Uppsikt Sidfot', basedOn: 'Normal', run: { size: 17, color: MUTED }, paragraph: { spacing: { after: 0 } } },
    ],
  };
}
