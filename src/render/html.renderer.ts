/**
 * HTML output: a standalone, printable document (`renderHtmlDocument`) and the same content as
 * a fragment for pages that embed it (`renderHtmlFragment`).
 *
 * Accessibility choices: the title is the one `<h1>`; section headings follow as `<h2>`–`<h6>`
 * (level 1 → h2) with their numbers in the heading text; tables have a `<caption>`, `<th
 * scope>` for column and row headers and right-aligned figures; a chart is an SVG with
 * role="img", a title and a description that reads out its figures, plus its data as a table.
 * Everything from the model is escaped; links are limited to http(s), mailto and in-document
 * anchors.
 */
import { chartDataTable } from './chart-data-table.ts';
import { chartSvg } from './chart-svg.ts';
import { documentOutline, type OutlineHeading } from './document-outline.ts';
import { DOCUMENT_STYLESHEET, printPageRules } from './html-stylesheet.ts';
import { escapeXml as esc } from './markup-escape.ts';
import type { ChartBlock, RenderDocument, RichText, TableBlock, TextRun } from './render-document.ts';
import { renderLabels, type RenderLabels } from './render-labels.ts';
import { safeHref } from './rich-text-from-html.ts';
import { normaliseTable } from './table-shape.ts';

export interface HtmlFragmentOptions {
  /**
   * Shift every heading down by this many levels, for a page that already has its own `<h1>`
   * (offset 1: the document title becomes `<h2>`). Levels stop at `<h6>`. Default 0.
   */
  headingOffset?: number;
}

export function renderHtmlDocument(document: RenderDocument): string {
  const lang = document.lang === 'en' ? 'en' : 'sv';
  const title = document.subtitle ? `${document.title} ${document.subtitle}` : document.title;
  return [
    '<!doctype html>',
    `<html lang="${lang}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${esc(title)}</title>`,
    `<meta name="author" content="${esc(document.organisation)}">`,
    `<style>${DOCUMENT_STYLESHEET}${printPageRules(document.footerLabel, document.titlePage)}</style>`,
    '</head>',
    '<body>',
    `<main>${renderHtmlFragment(document)}</main>`,
    '</body>',
    '</html>',
  ].join('\n');
}

/** The document's content as an `<article class="uppsikt-document">`; style it with DOCUMENT_STYLESHEET. */
export function renderHtmlFragment(document: RenderDocument, options: HtmlFragmentOptions = {}): string {
  const labels = renderLabels(document.lang);
  const offset = Math.max(0, Math.trunc(options.headingOffset ?? 0));
  const h = (level: number) => `h${Math.min(6, level + offset)}`;
  const outline = documentOutline(document);
  const byBlock = new Map(outline.map((heading) => [heading.blockIndex, heading]));
  const out: string[] = [];
  const lang = document.lang === 'en' ? 'en' : 'sv';
  out.push(`<article class="uppsikt-document" lang="${lang}">`);
  out.push(titleBlock(document, labels, h(1)));
  if (document.contents) out.push(contentsNav(outline, labels, h(2)));

  let sectionLevel = 0;
  let chartCount = 0;
  let tableCount = 0;
  document.blocks.forEach((block, index) => {
    switch (block.type) {
      case 'heading': {
        const heading = byBlock.get(index)!;
        sectionLevel = heading.level;
        const tag = h(heading.level + 1);
        const number = heading.number ? `<span class="heading-number">${esc(heading.number)}</span> ` : '';
        out.push(`<${tag} id="${esc(heading.id)}" class="level-${heading.level}">${number}${esc(heading.text)}</${tag}>`);
        break;
      }
      case 'paragraphs':
        out.push(richTextHtml(block.content, h(sectionLevel + 2)));
        break;
      case 'table':
        out.push(tableHtml(block, labels, `table-${++tableCount}`));
        break;
      case 'chart':
        chartCount++;
        out.push(chartHtml(block, labels, `chart-${chartCount}`));
        break;
      case 'pageBreak':
        out.push('<div class="page-break" aria-hidden="true"></div>');
        break;
    }
  });
  out.push('</article>');
  return out.join('\n');
}

function titleBlock(document: RenderDocument, labels: RenderLabels, tag: string): string {
  const facts: string[] = [];
  if (document.documentDate) facts.push(`<dt>${esc(labels.documentDate)}</dt><dd>${esc(document.documentDate)}</dd>`);
  if (document.dnr) facts.push(`<dt>${esc(labels.dnr)}</dt><dd>${esc(document.dnr)}</dd>`);
  return [
    `<header class="${document.titlePage ? 'title-page' : 'document-header'}">`,
    `<p class="organisation">${esc(document.organisation)}</p>`,
    `<${tag}>${esc(document.title)}</${tag}>`,
    document.subtitle ? `<p class="subtitle">${esc(document.subtitle)}</p>` : '',
    facts.length ? `<dl class="facts">${facts.join('')}</dl>` : '',
    '</header>',
  ].filter(Boolean).join('\n');
}

/** Nested lists mirror the heading levels, so a screen reader announces the structure. */
function contentsNav(outline: OutlineHeading[], labels: RenderLabels, tag: string): string {
  const entries = outline.filter((heading) => heading.inContents);
  const out: string[] = [
    `<nav class="contents" aria-labelledby="contents-title"><${tag} id="contents-title">${esc(labels.contents)}</${tag}>`,
  ];
  // documentOutline guarantees no skipped levels, so a deeper entry is always one level deeper
  // and its list opens inside the previous entry's <li>.
  let depth = 0;
  for (const entry of entries) {
    if (entry.level > depth) {
      out.push('<ol>');
      depth++;
    } else {
      out.push('</li>');
      for (; depth > entry.level; depth--) out.push('</ol></li>');
    }
    const number = entry.number ? `<span class="heading-number">${esc(entry.number)}</span> ` : '';
    out.push(`<li class="toc-${entry.level}"><a href="#${esc(entry.id)}">${number}${esc(entry.text)}</a>`);
  }
  if (depth > 0) {
    out.push('</li>');
    for (; depth > 1; depth--) out.push('</ol></li>');
    out.push('</ol>');
  }
  out.push('</nav>');
  return out.join('');
}

function richTextHtml(content: RichText, subheadingTag: string): string {
  return content
    .map((block) => {
      switch (block.type) {
        case 'paragraph':
          return `<p>${runsHtml(block.runs)}</p>`;
        case 'subheading':
          return `<${subheadingTag} class="subheading">${runsHtml(block.runs)}</${subheadingTag}>`;
        case 'list': {
          const tag = block.ordered ? 'ol' : 'ul';
          return `<${tag}>${block.items.map((item) => `<li>${runsHtml(item)}</li>`).join('')}</${tag}>`;
        }
        default:
          return '';
      }
    })
    .join('\n');
}

function runsHtml(runs: TextRun[]): string {
  return runs
    .map((run) => {
      let html = esc(run.text).replace(/\n/g, '<br>');
      if (run.bold) html = `<strong>${html}</strong>`;
      if (run.italic) html = `<em>${html}</em>`;
      const href = safeHref(run.href);
      if (href) html = `<a href="${esc(href)}">${html}</a>`;
      return html;
    })
    .join('');
}

function tableHtml(block: TableBlock, labels: RenderLabels, id: string): string {
  const table = normaliseTable(block);
  const columnCount = Math.max(1, table.columns.length);
  const numeric = (c: number) => table.columns[c]?.align === 'right';
  // The first column names the row when it holds labels; its cells become row headers.
  const rowHeaders = columnCount > 1 && !numeric(0);
  // A wide table scrolls sideways on a phone; the scrolling region must be reachable and named
  // for keyboard users (WCAG 2.1.1), hence tabindex, role and the caption as its label.
  const out: string[] = [`<div class="table-block" role="region" tabindex="0" aria-labelledby="${id}-caption">`, '<table>'];
  const unit = table.unit ? ` <span class="unit">${esc(labels.unit(table.unit))}</span>` : '';
  out.push(`<caption id="${id}-caption">${esc(table.caption)}${unit}</caption>`);
  out.push('<thead>');
  for (const group of table.headerRows ?? []) {
    out.push('<tr class="group">');
    for (const cell of group) {
      const span = Math.max(1, Math.trunc(cell.span));
      const colspan = span > 1 ? ` colspan="${span}"` : '';
      out.push(cell.label.trim() ? `<th scope="colgroup"${colspan}>${esc(cell.label)}</th>` : `<td${colspan}></td>`);
    }
    out.push('</tr>');
  }
  out.push('<tr>');
  table.columns.forEach((column, c) => {
    const cls = numeric(c) ? ' class="num"' : '';
    out.push(column.label.trim() ? `<th scope="col"${cls}>${esc(column.label)}</th>` : `<td${cls}></td>`);
  });
  out.push('</tr></thead>');

  out.push('<tbody>');
  table.rows.forEach((row, r) => {
    if (row.kind === 'subheading') {
      // Each group gets its own tbody, so the group label is a real row-group header.
      if (r > 0) out.push('</tbody><tbody>');
      out.push(`<tr class="subheading"><th scope="rowgroup" colspan="${columnCount}">${esc(row.cells[0] ?? '')}</th></tr>`);
      return;
    }
    out.push(row.kind === 'sum' ? '<tr class="sum">' : '<tr>');
    for (let c = 0; c < columnCount; c++) {
      const text = esc(row.cells[c] ?? '');
      if (c === 0 && rowHeaders) out.push(`<th scope="row">${text}</th>`);
      else out.push(numeric(c) ? `<td class="num">${text}</td>` : `<td>${text}</td>`);
    }
    out.push('</tr>');
  });
  out.push('</tbody></table>');
  if (table.note) out.push(`<p class="table-note">${esc(table.note)}</p>`);
  out.push('</div>');
  return out.join('');
}

function chartHtml(chart: ChartBlock, labels: RenderLabels, id: string): string {
  const svg = chartSvg(chart, { fontFamily: 'Roboto, Arial, sans-serif', labels, accessibleIdPrefix: id });
  return [
    `<figure class="chart" aria-labelledby="${id}-caption">`,
    `<figcaption id="${id}-caption">${esc(labels.chartPrefix)}: ${esc(chart.caption)}</figcaption>`,
    svg,
    `<details class="chart-data"><summary>${esc(labels.chartDataToggle)}</summary>`,
    tableHtml(chartDataTable(chart, labels), labels, `${id}-data`),
    '</details>',
    '</figure>',
  ].join('\n');
}
