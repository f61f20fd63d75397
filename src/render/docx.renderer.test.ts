import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { documentOutline } from './document-outline.ts';
import { renderDocx } from './docx.renderer.ts';
import { sampleReport } from './fixtures/sample-report.ts';

interface Docx {
  files: string[];
  document: string;
  footers: string[];
  part: (name: string) => Promise<string>;
}

async function openDocx(bytes: Buffer): Promise<Docx> {
  const zip = await JSZip.loadAsync(bytes);
  const part = async (name: string) => {
    const file = zip.file(name);
    if (!file) throw new Error(`no ${name} in the package`);
    return file.async('string');
  };
  const files = Object.keys(zip.files);
  const footers = await Promise.all(files.filter((name) => /^word\/footer\d+\.xml$/.test(name)).map(part));
  return { files, document: await part('word/document.xml'), footers, part };
}

const unescape = (text: string) =>
  text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

/** Paragraphs (outside tables and inside) with their style and visible text. */
function paragraphs(xml: string): { style: string | undefined; text: string; xml: string }[] {
  return [...xml.matchAll(/<w:p\b[^>]*>([\s\S]*?)<\/w:p>/g)].map((match) => ({
    style: /<w:pStyle w:val="([^"]+)"\/>/.exec(match[1]!)?.[1],
    text: unescape([...match[1]!.matchAll(/<w:t\b[^>]*>([^<]*)<\/w:t>|<w:tab\/>/g)].map((t) => t[1] ?? '\t').join('')),
    xml: match[1]!,
  }));
}

const tables = (xml: string) => [...xml.matchAll(/<w:tbl>([\s\S]*?)<\/w:tbl>/g)].map((match) => match[1]!);
const rows = (table: string) => [...table.matchAll(/<w:tr\b[^>]*>([\s\S]*?)<\/w:tr>/g)].map((match) => match[1]!);

describe('renderDocx on the sample interim report', () => {
  const document = sampleReport();
  const headings = documentOutline(document);
  let docx: Docx;

  beforeAll(async () => {
    docx = await openDocx(await renderDocx(document));
  });

  it('gives every heading the Word heading style of its level, so the navigation pane and TOC see it', () => {
    const byText = new Map(paragraphs(docx.document).map((p) => [p.text, p.style]));
    for (const heading of headings) expect(byText.get(heading.label), heading.label).toBe(`Heading${heading.level}`);
    // Prose subheadings are not Word headings: they must stay out of the TOC.
    expect(byText.get('Politisk verksamhet')).toBe('Subheading');
  });

  it('has a TOC field over heading levels 1–3 with entries and page numbers filled in', () => {
    expect(docx.document).toMatch(/<w:instrText[^>]*>TOC \\h \\o &quot;1-3&quot;<\/w:instrText>/);
    // An entry is its heading's text, a tab, and the page number.
    const entries = paragraphs(docx.document)
      .filter((p) => /^TOC\d$/.test(p.style ?? ''))
      .map((p) => p.xml.split('<w:tab/>').map((part) => paragraphs(`<w:p>${part}</w:p>`)[0]!.text));
    const expected = headings.filter((h) => h.inContents);
    expect(entries.map(([label]) => label)).toEqual(expected.map((h) => h.label));
    const pages = entries.map(([, page]) => Number(page));
    expect(pages[0]).toBe(3); // after the title page and the contents
    for (let i = 1; i < pages.length; i++) expect(pages[i]!).toBeGreaterThanOrEqual(pages[i - 1]!);
  });

  it('writes real Word tables whose header rows repeat on every page, figures right-aligned', () => {
    const all = tables(docx.document);
    expect(all.length).toBe(document.blocks.filter((b) => b.type === 'table' || b.type === 'chart').length);
    for (const table of all) {
      const [first] = rows(table);
      expect(first).toContain('<w:tblHeader/>');
    }
    const statement = all.find((table) => table.includes('Hela kommunledningen'))!;
    const [group, labels, subheading] = rows(statement);
    expect(group).toContain('<w:tblHeader/>');
    expect(labels).toContain('<w:tblHeader/>');
    expect(subheading).not.toContain('<w:tblHeader/>');
    const cell = /<w:tc>((?:(?!<\/w:tc>)[\s\S])*?<w:t[^>]*>−7,1<\/w:t>[\s\S]*?)<\/w:tc>/.exec(docx.document)![1]!;
    expect(cell).toContain('<w:jc w:val="right"/>');
    expect(docx.document).toContain('1\u00a0693');
  });

  it('puts "label PAGE (NUMPAGES)" in the footer and leaves the title page without one', () => {
    const footer = docx.footers.find((xml) => xml.includes('Delårsrapport aug 2023-Nämnder'))!;
    expect(footer).toMatch(/<w:instrText[^>]*>PAGE<\/w:instrText>[\s\S]*\(<\/w:t>[\s\S]*<w:instrText[^>]*>NUMPAGES<\/w:instrText>/);
    expect(docx.document).toContain('<w:titlePg/>');
    const first = /<w:footerReference w:type="first" r:id="([^"]+)"\/>/.exec(docx.document);
    expect(first).not.toBeNull();
    expect(docx.footers.some((xml) => !xml.includes('PAGE'))).toBe(true);
  });

  it('carries the chart as a native chart with alt text, and its data as a captioned table', async () => {
    const chartPart = docx.files.find((name) => /^word\/charts\/chart\d+\.xml$/.test(name))!;
    const chart = await docx.part(chartPart);
    expect(chart).toContain('<c:barDir val="col"/>');
    for (const value of ['28.3', '21.3', '17.3', '21.4', '22.3', '6.4']) expect(chart).toContain(`<c:v>${value}</c:v>`);
    expect(docx.document).toMatch(/<wp:docPr [^>]*descr="Stapeldiagram, mnkr\. Konsultkostnader: 2018 28,3;/);
    const captions = paragraphs(docx.document).filter((p) => p.style === 'Caption').map((p) => p.text);
    expect(captions).toContain('Diagram: Stadsledningskontorets konsultkostnader 2018–2023 (2023: utfall januari–augusti), data i tabellform\tBelopp i mnkr');
  });

  it('names title, author and language', async () => {
    const core = await docx.part('docProps/core.xml');
    expect(core).toContain('<dc:title>Delårsrapport augusti 2023 för kommunstyrelsen</dc:title>');
    expect(core).toContain('<dc:creator>Stadsledningskontoret</dc:creator>');
    expect(await docx.part('word/styles.xml')).toMatch(/<w:lang w:val="sv-SE"/);
  });
});

describe('renderDocx without page estimation', () => {
  it('still writes the TOC field, for Word to fill in when the file opens', async () => {
    const docx = await openDocx(await renderDocx(sampleReport(), { contentsPageNumbers: false }));
    expect(docx.document).toMatch(/TOC \\h \\o &quot;1-3&quot;/);
    expect(await docx.part('word/settings.xml')).toMatch(/<w:updateFields( w:val="(true|1)")?\/>/);
  });
});
