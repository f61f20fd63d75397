import { describe, expect, it } from 'vitest';
import { linesHtml, paragraphs, proseHtml } from './prose-html.ts';

describe('imported prose as rich text', () => {
  it('joins the lines of a paragraph and splits paragraphs at blank lines', () => {
    expect(paragraphs(['Periodens resultat är ett överskott', 'på 26,3 mnkr.', '', 'Prognosen visar 14 mnkr.'])).toEqual([
      'Periodens resultat är ett överskott på 26,3 mnkr.',
      'Prognosen visar 14 mnkr.',
    ]);
  });

  it('makes bullet and numbered runs into lists and a short line before text into a heading', () => {
    const html = proseHtml(['Kris- och säkerhetsläget i staden', '', 'Läget har försämrats.', '', 'Målet är:', '', '–Minska omsättningen', '', '• Skapa trygghet', '', '1. Lagen', '', '2. Behoven']);
    expect(html).toBe('<h3>Kris- och säkerhetsläget i staden</h3><p>Läget har försämrats.</p><p>Målet är:</p><ul><li>Minska omsättningen</li><li>Skapa trygghet</li></ul><ol><li>Lagen</li><li>Behoven</li></ol>');
  });

  it('never lets a document write markup', () => {
    expect(proseHtml(['<script>alert(1)</script> & mer.'])).toBe('<p>&lt;script&gt;alert(1)&lt;/script&gt; &amp; mer.</p>');
  });

  it('keeps a table read only as text line by line', () => {
    expect(linesHtml(['Yrkesgrupp Ev. särskild', 'befattning', '', 'Administratör'])).toBe('<p>Yrkesgrupp Ev. särskild<br>befattning</p><p>Administratör</p>');
  });
});
