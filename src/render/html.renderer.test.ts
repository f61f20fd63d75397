import { describe, expect, it } from 'vitest';
import { describeViolations, runAxe, WCAG_21_AA } from '../../test/browser/axe.ts';
import { hasChromium, launchChromium } from '../../test/browser/chromium.ts';
import { sampleReport } from './fixtures/sample-report.ts';
import { renderHtmlDocument, renderHtmlFragment } from './html.renderer.ts';
import type { RenderDocument } from './render-document.ts';
import { richTextFromHtml } from './rich-text-from-html.ts';

/** Start tags with their attributes, in document order. */
function tags(html: string, name: string): { attributes: string; inner: string }[] {
  const pattern = new RegExp(`<${name}\\b([^>]*)>([\\s\\S]*?)</${name}>`, 'g');
  return [...html.matchAll(pattern)].map((match) => ({ attributes: match[1]!, inner: match[2]! }));
}

function headingLevels(html: string): number[] {
  return [...html.matchAll(/<h([1-6])\b/g)].map((match) => Number(match[1]));
}

const text = (html: string) => html.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ').trim();

describe('renderHtmlDocument', () => {
  const html = renderHtmlDocument(sampleReport());

  it('is a standalone Swedish document titled after the report', () => {
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toMatch(/<html lang="sv">/);
    expect(tags(html, 'title')[0]!.inner).toBe('Delårsrapport augusti 2023 för kommunstyrelsen');
    expect(html).toContain('<meta charset="utf-8">');
  });

  it('has one h1 and a heading hierarchy that never skips a level', () => {
    const levels = headingLevels(html);
    expect(levels.filter((level) => level === 1)).toHaveLength(1);
    expect(levels[0]).toBe(1);
    for (let i = 1; i < levels.length; i++) expect(levels[i]!).toBeLessThanOrEqual(levels[i - 1]! + 1);
  });

  it('prints section numbers in the headings and links every contents entry to its heading', () => {
    const heading = tags(html, 'h4').find((h) => text(h.inner).startsWith('3.2.1'));
    expect(text(heading!.inner)).toBe('3.2.1 Resultatredovisning i sammandrag');
    const nav = tags(html, 'nav')[0]!;
    const links = [...nav.inner.matchAll(/<a href="#([^"]+)">(.*?)<\/a>/g)];
    expect(links.length).toBeGreaterThan(20);
    for (const [, id, label] of links) {
      const target = new RegExp(`<h[2-6] id="${id}"[^>]*>(.*?)</h[2-6]>`).exec(html);
      expect(target, `heading for #${id}`).not.toBeNull();
      expect(text(target![1]!)).toBe(text(label!));
    }
    expect(text(nav.inner)).toContain('3.2.4 Uppföljning av kommuncentrala poster');
  });

  it('gives every table a caption and scopes every header cell', () => {
    const tables = tags(html, 'table');
    expect(tables.length).toBeGreaterThanOrEqual(8);
    for (const table of tables) {
      expect(tags(table.inner, 'caption')).toHaveLength(1);
      const headerCells = [...table.inner.matchAll(/<th\b([^>]*)>/g)];
      expect(headerCells.length).toBeGreaterThan(0);
      for (const [, attributes] of headerCells) expect(attributes).toMatch(/scope="(col|row|colgroup|rowgroup)"/);
    }
  });

  it('right-aligns figures and prints them in Swedish format', () => {
    const period = tags(html, 'table').find((table) => table.inner.includes('Resultatredovisning i sammandrag, perioden'))!;
    expect(period.inner).toContain('<td class="num">−7,1</td>');
    expect(period.inner).toContain('<th scope="row">Kommuninterna bidrag</th>');
    expect(html).toContain('1\u00a0693');
  });

  it('draws the chart as an SVG image with a name and description, and offers its data as a table', () => {
    const figure = tags(html, 'figure')[0]!;
    const svg = /<svg\b([^>]*)>/.exec(figure.inner)![1]!;
    expect(svg).toContain('role="img"');
    const [titleId, descriptionId] = /aria-labelledby="([^"]+)"/.exec(svg)![1]!.split(' ');
    expect(figure.inner).toMatch(new RegExp(`<title id="${titleId}">Diagram: Stadsledningskontorets konsultkostnader`));
    const description = new RegExp(`<desc id="${descriptionId}">([^<]*)</desc>`).exec(figure.inner)![1]!;
    expect(description).toContain('2018 28,3');
    expect(description).toContain('2023 6,4');
    const dataTable = tags(figure.inner, 'table')[0]!;
    expect(text(tags(dataTable.inner, 'caption')[0]!.inner)).toContain('data i tabellform');
    expect(dataTable.inner).toContain('<td class="num">28,3</td>');
  });

  it('has a print stylesheet for A4 with the footer label and page counters', () => {
    expect(html).toMatch(/@page\s*\{[^}]*size: A4/);
    expect(html).toContain('content: "Delårsrapport aug 2023-Nämnder"');
    expect(html).toContain('counter(page) " (" counter(pages) ")"');
    expect(html).toMatch(/@media print/);
  });
});

describe('HTML escaping', () => {
  const hostile: RenderDocument = {
    title: '<script>alert(1)</script>',
    organisation: 'A & B "C"',
    footerLabel: 'x"; } body { display: none } </style><script>alert(2)</script>',
    lang: 'sv',
    titlePage: false,
    contents: true,
    blocks: [
      { type: 'heading', level: 1, number: '1', text: '<img src=x onerror=alert(3)>' },
      { type: 'paragraphs', content: richTextFromHtml('<p>ok <a href="javascript:alert(4)">länk</a><script>alert(5)</script></p>') },
      { type: 'paragraphs', content: [{ type: 'paragraph', runs: [{ text: 'direkt', href: 'javascript:alert(6)' }] }] },
      { type: 'table', caption: '<b>x</b>', columns: [{ label: '<th>', align: 'left' }], rows: [{ cells: ['</td><script>'] }] },
    ],
  };
  const html = renderHtmlDocument(hostile);

  it('never lets text from the model become markup, script or style', () => {
    expect(html).not.toMatch(/<script|<img|javascript:/i);
    expect(html).toContain('&lt;img src=x onerror=alert(3)&gt;');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html.match(/<\/style>/g)).toHaveLength(1);
    expect(html).toContain('A &amp; B &quot;C&quot;');
  });
});

describe('renderHtmlFragment', () => {
  it('is the body content only, with headings shifted for a page that has its own h1', () => {
    const fragment = renderHtmlFragment(sampleReport(), { headingOffset: 1 });
    expect(fragment).not.toMatch(/<(html|head|body|style)\b/);
    expect(fragment.startsWith('<article class="uppsikt-document" lang="sv">')).toBe(true);
    expect(headingLevels(fragment)).not.toContain(1);
    expect(tags(fragment, 'h2')[0]!.inner).toBe('Delårsrapport augusti 2023');
  });
});

describe.skipIf(!hasChromium)('the HTML in a browser (Chromium, axe-core)', () => {
  it('has no WCAG 2.1 A/AA violations that axe can detect', async () => {
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      await page.setContent(renderHtmlDocument(sampleReport()));
      expect(describeViolations(await runAxe(page, [...WCAG_21_AA, 'best-practice']))).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});
