/**
 * The stylesheet of rendered documents: readable on screen, and printed from a browser as an
 * A4 report with a title page, chapters on new pages and "Delårsrapport … 10 (35)" footers.
 * Every rule is scoped to `.uppsikt-document` so pages embedding the fragment keep their own
 * styles. The page-margin rules are per document (they carry the footer text): see
 * `printPageRules`.
 */
import { cssString } from './markup-escape.ts';

export const DOCUMENT_STYLESHEET = `
.uppsikt-document {
  --ink: #1a1a1a; --muted: #4d4d4d; --rule: #c8c8c8; --accent: #1c4b7a;
  font-family: "Roboto", "Segoe UI", Arial, sans-serif; color: var(--ink);
  line-height: 1.5; max-width: 48rem; margin: 0 auto; padding: 1.5rem;
  font-variant-numeric: lining-nums;
}
.uppsikt-document h1, .uppsikt-document h2, .uppsikt-document h3,
.uppsikt-document h4, .uppsikt-document h5, .uppsikt-document h6 {
  color: var(--accent); line-height: 1.25; margin: 1.6em 0 0.5em; break-after: avoid;
}
.uppsikt-document .heading-number { margin-right: 0.5em; }
.uppsikt-document nav.contents .heading-number { display: inline-block; min-width: 3.4rem; margin-right: 0; }
.uppsikt-document .level-1 { font-size: 1.75rem; border-bottom: 2px solid var(--accent); padding-bottom: 0.2em; }
.uppsikt-document .level-2 { font-size: 1.35rem; }
.uppsikt-document .level-3 { font-size: 1.15rem; }
.uppsikt-document .level-4 { font-size: 1.05rem; }
.uppsikt-document .level-5 { font-size: 1rem; font-style: italic; }
.uppsikt-document .subheading { font-size: 1rem; color: var(--ink); margin: 1.2em 0 0.3em; }
.uppsikt-document p { margin: 0 0 0.8em; }
.uppsikt-document a { color: #0b57a4; }
.uppsikt-document .title-page { padding: 3rem 0 2rem; border-bottom: 1px solid var(--rule); margin-bottom: 2rem; }
.uppsikt-document .title-page .organisation { font-weight: 700; letter-spacing: 0.02em; color: var(--muted); margin: 0 0 4rem; }
.uppsikt-document .title-page h1 { font-size: 2.4rem; margin: 0 0 0.3em; }
.uppsikt-document .title-page .subtitle { font-size: 1.4rem; margin: 0 0 3rem; }
.uppsikt-document .document-header h1 { font-size: 2rem; margin-top: 0; }
.uppsikt-document .document-header .subtitle { font-size: 1.2rem; }
.uppsikt-document .facts { display: grid; grid-template-columns: max-content 1fr; gap: 0.2em 1.2em; margin: 0; }
.uppsikt-document .facts dt { color: var(--muted); }
.uppsikt-document .facts dd { margin: 0; }
.uppsikt-document nav.contents ol { list-style: none; padding-left: 0; margin: 0; }
.uppsikt-document nav.contents ol ol { padding-left: 1.6em; }
.uppsikt-document nav.contents li { margin: 0.15em 0; }
.uppsikt-document nav.contents a { text-decoration: none; color: var(--ink); }
.uppsikt-document nav.contents a:hover, .uppsikt-document nav.contents a:focus { text-decoration: underline; }
.uppsikt-document nav.contents .toc-1 > a { font-weight: 700; }
.uppsikt-document .table-block { margin: 1.2em 0 1.6em; overflow-x: auto; }
.uppsikt-document .table-block:focus-visible { outline: 2px solid #0b57a4; outline-offset: 2px; }
.uppsikt-document table { border-collapse: collapse; width: 100%; font-size: 0.9rem; line-height: 1.35; }
.uppsikt-document caption { text-align: left; font-weight: 700; padding-bottom: 0.4em; caption-side: top; }
.uppsikt-document caption .unit { float: right; font-weight: 400; color: var(--muted); font-size: 0.85rem; }
.uppsikt-document th, .uppsikt-document td { padding: 0.3em 0.5em; vertical-align: top; text-align: left; }
.uppsikt-document thead th, .uppsikt-document thead td { border-bottom: 1.5px solid var(--ink); font-weight: 700; vertical-align: bottom; }
.uppsikt-document thead tr.group th { border-bottom: 1px solid var(--rule); text-align: center; }
.uppsikt-document tbody th { font-weight: 400; }
.uppsikt-document tbody tr { border-bottom: 1px solid #e3e3e3; }
.uppsikt-document .num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.uppsikt-document thead .num { white-space: normal; }
.uppsikt-document tr.sum th, .uppsikt-document tr.sum td { font-weight: 700; border-top: 1px solid var(--ink); }
.uppsikt-document tr.subheading th { font-weight: 700; padding-top: 0.9em; color: var(--accent); }
.uppsikt-document .table-note { font-size: 0.8rem; color: var(--muted); margin-top: 0.4em; }
.uppsikt-document figure.chart { margin: 1.2em 0 1.6em; }
.uppsikt-document figure.chart svg { width: 100%; max-width: 44rem; height: auto; display: block; }
.uppsikt-document figure.chart figcaption { font-weight: 700; margin-bottom: 0.4em; }
.uppsikt-document details.chart-data { margin-top: 0.5em; }
.uppsikt-document details.chart-data summary { cursor: pointer; color: #0b57a4; }
.uppsikt-document .page-break { display: none; }
@media print {
  .uppsikt-document { max-width: none; padding: 0; font-size: 10.5pt; }
  .uppsikt-document a { color: inherit; }
  .uppsikt-document .title-page { min-height: 230mm; border: 0; break-after: page; }
  .uppsikt-document nav.contents { break-after: page; }
  .uppsikt-document nav.contents a::after {
    content: leader('.') target-counter(attr(href url), page);
  }
  .uppsikt-document h2.level-1 { break-before: page; }
  .uppsikt-document tr, .uppsikt-document figure.chart { break-inside: avoid; }
  .uppsikt-document caption { break-after: avoid; }
  .uppsikt-document .page-break { display: block; break-after: page; }
  .uppsikt-document .table-block { overflow: visible; }
  .uppsikt-document details.chart-data { display: none; }
}
`;

/**
 * A4 pages with the footer "<label>   10 (35)". Page-margin boxes print in browsers that
 * support them (Chromium 131+, paged-media engines); elsewhere the page simply has no footer.
 */
export function printPageRules(footerLabel: string, titlePage: boolean): string {
  return `
@page {
  size: A4;
  margin: 22mm 20mm 24mm 25mm;
  @bottom-left { content: ${cssString(footerLabel)}; font: 8.5pt "Roboto", Arial, sans-serif; color: #4d4d4d; }
  @bottom-right { content: counter(page) " (" counter(pages) ")"; font: 8.5pt "Roboto", Arial, sans-serif; color: #4d4d4d; }
}
${titlePage ? '@page :first { @bottom-left { content: none; } @bottom-right { content: none; } }' : ''}
`;
}
