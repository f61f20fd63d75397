import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { RichText } from './render-document.ts';
import { richTextFromHtml } from './rich-text-from-html.ts';

const runsText = (runs: { text: string }[]) => runs.map((run) => run.text).join('');
const allText = (content: RichText) =>
  content.flatMap((block) => (block.type === 'list' ? block.items.map(runsText) : [runsText(block.runs)])).join(' ');
const allHrefs = (content: RichText) =>
  content.flatMap((block) => (block.type === 'list' ? block.items.flat() : block.runs)).flatMap((run) => (run.href ? [run.href] : []));

describe('richTextFromHtml', () => {
  it('keeps the editor subset: paragraphs, line breaks, bold, italic, links, lists and subheadings', () => {
    const content = richTextFromHtml(
      '<h3>Politisk verksamhet</h3>' +
        '<p>Resultatet uppgår till <strong>6,4&nbsp;mnkr</strong>, se <a href="#avsnitt-4-3">avsnitt 4.3</a>.<br>Ny rad</p>' +
        '<ul><li>ett</li><li><em>två</em></li></ul><ol><li>första</li></ol>',
    );
    expect(content).toEqual([
      { type: 'subheading', runs: [{ text: 'Politisk verksamhet' }] },
      {
        type: 'paragraph',
        runs: [
          { text: 'Resultatet uppgår till ' },
          { text: '6,4\u00a0mnkr', bold: true },
          { text: ', se ' },
          { text: 'avsnitt 4.3', href: '#avsnitt-4-3' },
          { text: '.\nNy rad' },
        ],
      },
      { type: 'list', ordered: false, items: [[{ text: 'ett' }], [{ text: 'två', italic: true }]] },
      { type: 'list', ordered: true, items: [[{ text: 'första' }]] },
    ]);
  });

  it('collapses whitespace like a browser, across formatting boundaries', () => {
    const content = richTextFromHtml('<p>\n   Utfall   <b>perioden </b> jämfört\n med  budget  </p>');
    expect(content).toEqual([
      { type: 'paragraph', runs: [{ text: 'Utfall ' }, { text: 'perioden ', bold: true }, { text: 'jämfört med budget' }] },
    ]);
  });

  it('drops scripts, styles and event handlers with their content', () => {
    const content = richTextFromHtml(
      '<p onclick="steal()">Text<script>alert("x")</script><style>p{}</style><img src=x onerror=alert(1)></p>' +
        '<SCRIPT type="text/javascript">document.cookie</SCRIPT ><iframe src="https://evil.example">inne</iframe>efter',
    );
    expect(allText(content)).toBe('Text efter');
    expect(JSON.stringify(content)).not.toMatch(/alert|cookie|steal|onerror|evil/);
  });

  it('keeps only web, mail and in-document links', () => {
    const content = richTextFromHtml(
      '<a href="javascript:alert(1)">a</a> <a href="java&#9;script:alert(1)">b</a> <a href="data:text/html,x">c</a> ' +
        '<a href="https://goteborg.se/">d</a> <a href="mailto:info@goteborg.se">e</a> <a href="#avsnitt-3-2-1">f</a>',
    );
    expect(allHrefs(content)).toEqual(['https://goteborg.se/', 'mailto:info@goteborg.se', '#avsnitt-3-2-1']);
    expect(allText(content)).toBe('a b c d e f');
  });

  it('reads unclosed and stray tags the way a browser would', () => {
    expect(richTextFromHtml('<p>öppen <b>fet <i>båda')).toEqual([
      { type: 'paragraph', runs: [{ text: 'öppen ' }, { text: 'fet ', bold: true }, { text: 'båda', bold: true, italic: true }] },
    ]);
    expect(allText(richTextFromHtml('3 < 5 och 6 > 4</li></ul></p>'))).toBe('3 < 5 och 6 > 4');
    expect(richTextFromHtml('<script>aldrig stängd')).toEqual([]);
    expect(richTextFromHtml('<li>ensam punkt</li>text efter')).toEqual([
      { type: 'list', ordered: false, items: [[{ text: 'ensam punkt' }]] },
      { type: 'paragraph', runs: [{ text: 'text efter' }] },
    ]);
  });

  it('answers non-strings and empty input with no content', () => {
    for (const input of [undefined, null, 42, {}, '', '   ', '<p></p><br>']) expect(richTextFromHtml(input)).toEqual([]);
  });

  const chaos = fc.constantFrom(
    '<p>', '</p>', '<b>', '</b>', '<i>', '<ul>', '<li>', '</ol>', '<a href="#x">', '</a>', '<br>', '<h3>', '</h4>',
    '<!--', '-->', '<', '>', '&amp;', '&#x2212;', '&bogus;', ' ', '\n', 'text', 'å', '"', "'", '=', '<a href="',
    '<a href="javascript:alert(1)">', '<img src=x onerror=alert(1)>', '<div class="x">', '<!', '<?', '</', '<script>',
  );
  /** Complete elements and text: a script placed between them is in text context, as in the editor's HTML. */
  const wellFormed = fc.constantFrom(
    '<p>', '</p>', '<b>', '</b>', '<em>', '</em>', '<ul>', '<li>', '</li>', '</ul>', '<a href="https://goteborg.se">', '</a>',
    '<br>', '<h3>', '</h3>', '<!-- note -->', 'text', ' ', '\n', 'å', '3 > 2', '&amp;', '"citat"', '<div class="x">', '</div>',
  );
  const script = fc.constantFrom(
    '<script>alert("SECRET")</script>',
    '<SCRIPT type="module">SECRET</SCRIPT >',
    '<style>body{SECRET}</style>',
    '<iframe src="https://example.org">SECRET</iframe>',
    '<script>if (a < b && "</p>") SECRET()</script>',
  );

  it('never throws, and keeps no link but web, mail and anchors, whatever the input', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(chaos, fc.string()), { maxLength: 30 }), (parts) => {
        const content = richTextFromHtml(parts.join(''));
        for (const href of allHrefs(content)) expect(href).toMatch(/^(#|https?:\/\/|mailto:)/);
      }),
      { numRuns: 1000 },
    );
  });

  it('drops scripts, styles and frames wherever they stand between elements and text', () => {
    fc.assert(
      fc.property(fc.array(wellFormed, { maxLength: 30 }), script, fc.nat(), (parts, hostile, at) => {
        const html: string[] = [...parts];
        html.splice(at % (html.length + 1), 0, hostile);
        expect(allText(richTextFromHtml(html.join('')))).not.toContain('SECRET');
      }),
      { numRuns: 1000 },
    );
  });

  it('keeps plain text as it is, apart from collapsing whitespace', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', 'å', 'Ö', '1', ',', '−', ' ', '\n', '\t', '>', '"') }), (plain) => {
        const content = richTextFromHtml(plain);
        expect(allText(content)).toBe(plain.replace(/[ \t\n]+/g, ' ').trim());
      }),
      { numRuns: 500 },
    );
  });
});
