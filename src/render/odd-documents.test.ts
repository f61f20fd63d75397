/**
 * Documents are built from data by other features; a missing cell, an empty chart or a heading
 * that skips a level must still print, in all three formats.
 */
import JSZip from 'jszip';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { renderDocx } from './docx.renderer.ts';
import { renderHtmlDocument } from './html.renderer.ts';
import { renderPdf } from './pdf.renderer.ts';
import type { RenderDocument } from './render-document.ts';

const base = { title: 'Report', organisation: 'City office', footerLabel: 'Report 2023', lang: 'en', titlePage: true, contents: true } as const;

const oddDocuments: [string, RenderDocument][] = [
  ['no blocks at all', { ...base, blocks: [] }],
  ['only page breaks', { ...base, titlePage: false, contents: false, blocks: [{ type: 'pageBreak' }, { type: 'pageBreak' }] }],
  [
    'headings that skip levels or have no text',
    { ...base, blocks: [{ type: 'heading', level: 4, text: 'Deep first' }, { type: 'heading', level: 2, text: 'Deep first' }, { type: 'heading', level: 1, text: '' }] },
  ],
  [
    'tables with no columns, missing or extra cells and spans wider than the table',
    {
      ...base,
      blocks: [
        { type: 'table', caption: '', columns: [], rows: [] },
        {
          type: 'table',
          caption: 'x',
          columns: [{ label: 'a', align: 'right' }],
          headerRows: [[{ label: 'group', span: 5 }]],
          rows: [{ cells: [] }, { cells: ['1', '2', '3'], kind: 'sum' }, { cells: [], kind: 'subheading' }],
        },
      ],
    },
  ],
  [
    'charts without data, with gaps and with negative values',
    {
      ...base,
      blocks: [
        { type: 'chart', kind: 'line', caption: 'empty', unit: '', categories: [], series: [] },
        { type: 'chart', kind: 'bar', caption: 'gaps', unit: '%', categories: ['a', 'b'], series: [{ label: 's', values: [null, null] }] },
        {
          type: 'chart',
          kind: 'bar',
          caption: 'negative',
          unit: 'mnkr',
          categories: ['a', 'b', 'c'],
          series: [{ label: 's', values: [-5, 3.25, 0] }, { label: 't', values: [1, null, -2] }],
        },
      ],
    },
  ],
  [
    'empty prose',
    {
      ...base,
      blocks: [
        { type: 'paragraphs', content: [] },
        { type: 'paragraphs', content: [{ type: 'list', ordered: true, items: [] }, { type: 'paragraph', runs: [] }, { type: 'subheading', runs: [{ text: '\n' }] }] },
      ],
    },
  ],
];

describe.each(oddDocuments)('a document with %s', (_, document) => {
  it('renders as HTML, PDF and DOCX', async () => {
    const html = renderHtmlDocument(document);
    expect(html).toContain('<html lang="en">');

    const pdf = await getDocument({ data: new Uint8Array(await renderPdf(document)) }).promise;
    expect(pdf.numPages).toBeGreaterThanOrEqual(1);

    const docx = await JSZip.loadAsync(await renderDocx(document));
    expect(await docx.file('word/document.xml')!.async('string')).toContain('<w:body>');
  });
});

describe('an English document', () => {
  it('prints the renderers\' own words in English', () => {
    const html = renderHtmlDocument({
      ...base,
      documentDate: '2023-08-28',
      blocks: [
        { type: 'heading', level: 1, number: '1', text: 'Summary' },
        { type: 'table', caption: 'Result', unit: 'mnkr', columns: [{ label: 'Item', align: 'left' }], rows: [] },
      ],
    });
    expect(html).toContain('>Contents</h2>');
    expect(html).toContain('<dt>Date</dt>');
    expect(html).toContain('Amounts in mnkr');
    expect(html).toContain('id="section-1"');
  });
});
