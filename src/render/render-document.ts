/**
 * The render model: what every printed document of Uppsikt (interim reports, staff reports,
 * minutes, extracts) is turned into before it becomes HTML, PDF or DOCX.
 *
 * It is deliberately small and *presentational*: figures arrive as formatted strings (format
 * them with `src/numbers`, e.g. `formatNumber(-7.1, { decimals: 1 })` → `−7,1`), section
 * numbers arrive assigned, and nothing here knows what a financial statement or a decision is.
 * The features that own those concepts convert their data into this shape; the three renderers
 * then agree on the same document, heading for heading and cell for cell.
 *
 * Texts inside the model are plain text (never HTML). Prose that the editor stored as HTML goes
 * through `richTextFromHtml` first.
 *
 * Use:
 *
 *     const document: RenderDocument = {
 *       title: 'Delårsrapport augusti 2023', subtitle: 'för kommunstyrelsen',
 *       organisation: 'Stadsledningskontoret', documentDate: '2023-08-28', dnr: '0064/23',
 *       footerLabel: 'Delårsrapport aug 2023-Nämnder', lang: 'sv', titlePage: true, contents: true,
 *       blocks: [
 *         { type: 'heading', number: '3.2.1', text: 'Resultatredovisning i sammandrag', level: 3 },
 *         { type: 'paragraphs', content: richTextFromHtml(section.html) },
 *         { type: 'table', caption: 'Resultatredovisning, perioden', unit: 'mnkr',
 *           columns: [{ label: 'Perioden', align: 'left' }, { label: 'Utfall', align: 'right' }],
 *           rows: [{ cells: ['Resultat', formatNumber(26.3, { decimals: 1 })], kind: 'sum' }] },
 *       ],
 *     };
 *     renderHtmlDocument(document)       // src/render/html.renderer.ts → string
 *     await renderPdf(document)          // src/render/pdf.renderer.ts  → Buffer
 *     await renderDocx(document)         // src/render/docx.renderer.ts → Buffer
 *
 * A fuller example is `fixtures/sample-report.ts`.
 */

export type DocumentLanguage = 'sv' | 'en';

export interface RenderDocument {
  /** "Delårsrapport augusti 2023". Title page, `<title>`, PDF/DOCX metadata. */
  title: string;
  /** "för kommunstyrelsen". Printed under the title. */
  subtitle?: string;
  /** Issuing organisation, e.g. "Stadsledningskontoret". Also the PDF/DOCX author. */
  organisation: string;
  /** ISO date `2023-08-28`; printed as given (already the Swedish standard format). */
  documentDate?: string;
  /** Registry number, e.g. "0064/23". */
  dnr?: string;
  /** Left part of the page footer, e.g. "Delårsrapport aug 2023-Nämnder"; page "10 (35)" follows. */
  footerLabel: string;
  lang: DocumentLanguage;
  /** A separate first page with organisation, title, subtitle, date and dnr (no footer on it). */
  titlePage: boolean;
  /** A table of contents listing the headings down to `contentsDepth`. */
  contents: boolean;
  /** Deepest heading level listed in the contents (1–5). Default 3. */
  contentsDepth?: number;
  blocks: RenderBlock[];
}

export type RenderBlock = HeadingBlock | ParagraphsBlock | TableBlock | ChartBlock | PageBreakBlock;

export type HeadingLevel = 1 | 2 | 3 | 4 | 5;

export interface HeadingBlock {
  type: 'heading';
  /** The section number as printed, e.g. "3.2.1" or "§ 12". Omit for unnumbered headings. */
  number?: string;
  text: string;
  /**
   * 1 = chapter ("3 Övrig uppföljning"), 5 = deepest. Level 1 starts a new page in print.
   * Do not skip levels (a 3 directly under a 1): screen readers navigate by this hierarchy.
   */
  level: HeadingLevel;
  /**
   * Anchor for links and the contents. Default: derived from the number ("avsnitt-3-2-1"), or
   * from the text when there is none. Must be unique in the document if given.
   */
  id?: string;
}

export interface ParagraphsBlock {
  type: 'paragraphs';
  content: RichText;
}

/** Prose: paragraphs, lists and unnumbered subheadings, in order. */
export type RichText = RichTextBlock[];

export type RichTextBlock =
  | { type: 'paragraph'; runs: TextRun[] }
  /** Flat list; each item is one paragraph. Nested lists in the source are flattened. */
  | { type: 'list'; ordered: boolean; items: TextRun[][] }
  /**
   * An unnumbered heading inside prose ("Politisk verksamhet" in 4.3.1). It is not listed in
   * the contents; renderers place it one level below the section heading it stands under.
   */
  | { type: 'subheading'; runs: TextRun[] };

export interface TextRun {
  /** Plain text. A "\n" is a line break within the paragraph. */
  text: string;
  bold?: boolean;
  italic?: boolean;
  /** Absolute http(s)/mailto link, or "#anchor" to a heading id. */
  href?: string;
}

export type ColumnAlign = 'left' | 'right';

export interface TableColumn {
  label: string;
  /** Figures are right-aligned so their digits line up. */
  align: ColumnAlign;
}

/** A cell of an extra header row spanning `span` columns, e.g. "Period" over four columns. */
export interface HeaderGroupCell {
  label: string;
  span: number;
}

export type TableRowKind = 'normal' | 'sum' | 'subheading';

export interface TableRow {
  /**
   * One formatted string per column (`"1 693"`, `"−7,1"`, `""`). A 'subheading' row uses only
   * its first cell, printed across the whole table ("SLK" in 4.3).
   */
  cells: string[];
  /** 'sum': a total/result row, printed bold with a rule above. Default 'normal'. */
  kind?: TableRowKind;
}

export interface TableBlock {
  type: 'table';
  /** "Resultatredovisning i sammandrag, perioden". Every table has one (it is its accessible name). */
  caption: string;
  /** "mnkr", "tkr", "%", "antal" … printed with the caption ("Belopp i mnkr"). */
  unit?: string;
  columns: TableColumn[];
  /** Extra header rows above the column labels; each row's spans must add up to the column count. */
  headerRows?: HeaderGroupCell[][];
  rows: TableRow[];
  /** Footnote printed under the table ("Nyckeltal anges för Basverksamheten …"). */
  note?: string;
}

export interface ChartSeries {
  label: string;
  /** One value per category; null where there is no value. */
  values: (number | null)[];
}

export interface ChartBlock {
  type: 'chart';
  kind: 'bar' | 'line';
  /** "Konsultkostnader 2018–2023". The chart's accessible name and the data table's caption. */
  caption: string;
  /** "mnkr". Printed on the axis and in the data table. */
  unit: string;
  categories: string[];
  series: ChartSeries[];
  /** Decimals when the values are printed (axis labels excepted). Default: as many as the data has, at most 2. */
  decimals?: number;
}

export interface PageBreakBlock {
  type: 'pageBreak';
}

export { richTextFromHtml } from './rich-text-from-html.ts';
