import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { documentOutline } from './document-outline.ts';
import { sampleReport } from './fixtures/sample-report.ts';
import { renderPdf } from './pdf.renderer.ts';
import type { RenderDocument } from './render-document.ts';

interface OutlineNode {
  title: string;
  dest: unknown;
  items: OutlineNode[];
}

interface ParsedPdf {
  bytes: Buffer;
  /** Text lines per page (index 0 = page 1), top to bottom, spaces normalised. */
  pages: string[][];
  outline: OutlineNode[];
  /** Page number (1-based) each outline title points at. */
  outlinePages: Map<string, number>;
  info: Record<string, unknown>;
  /** Per page (1-based), the page each in-document link leads to. */
  linkTargets: Map<number, number[]>;
}

const normalise = (text: string) => text.replace(/[\s\u00a0]+/g, ' ').trim();

/** Text chunks of one line; pdfkit splits words into chunks, so only a visible gap is a space. */
function joinItems(items: { x: number; width: number; text: string }[]): string {
  let text = '';
  let end = -Infinity;
  for (const item of items) {
    if (text && item.x - end > 1.5) text += ' ';
    text += item.text;
    end = item.x + item.width;
  }
  return text;
}

async function parsePdf(bytes: Buffer): Promise<ParsedPdf> {
  const pdf = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, isEvalSupported: false }).promise;
  const pages: string[][] = [];
  for (let p = 1; p <= pdf.numPages; p++) {
    const page = await pdf.getPage(p);
    const content = await page.getTextContent();
    const items = content.items
      .flatMap((item) => ('str' in item && item.str !== '' ? [{ x: item.transform[4], y: item.transform[5], width: item.width, text: item.str }] : []))
      .sort((a, b) => b.y - a.y);
    // Chunks of one line can sit a point apart (a page number in another size than its entry).
    const lines: (typeof items)[] = [];
    for (const item of items) {
      const line = lines.at(-1);
      if (line && Math.abs(line[0]!.y - item.y) <= 2) line.push(item);
      else lines.push([item]);
    }
    pages.push(lines.map((line) => normalise(joinItems(line.sort((a, b) => a.x - b.x)))).filter(Boolean));
  }
  const outline = ((await pdf.getOutline()) ?? []) as OutlineNode[];
  const outlinePages = new Map<string, number>();
  const visit = async (nodes: OutlineNode[]) => {
    for (const node of nodes) {
      const dest = Array.isArray(node.dest) ? node.dest : await pdf.getDestination(String(node.dest));
      if (dest) outlinePages.set(node.title, (await pdf.getPageIndex(dest[0])) + 1);
      await visit(node.items);
    }
  };
  await visit(outline);
  const linkTargets = new Map<number, number[]>();
  for (let p = 1; p <= pdf.numPages; p++) {
    const annotations = (await (await pdf.getPage(p)).getAnnotations()) as { subtype: string; dest?: unknown }[];
    const targets: number[] = [];
    for (const annotation of annotations) {
      if (annotation.subtype !== 'Link' || !annotation.dest) continue;
      const dest = Array.isArray(annotation.dest) ? annotation.dest : await pdf.getDestination(String(annotation.dest));
      if (dest) targets.push((await pdf.getPageIndex(dest[0])) + 1);
    }
    linkTargets.set(p, targets);
  }
  const metadata = await pdf.getMetadata();
  return { bytes, pages, outline, outlinePages, info: metadata.info as Record<string, unknown>, linkTargets };
}

describe('renderPdf on the sample interim report', () => {
  const document = sampleReport();
  const headings = documentOutline(document);
  let pdf: ParsedPdf;

  beforeAll(async () => {
    pdf = await parsePdf(await renderPdf(document));
  });

  /** The page (after the contents) a heading is printed on; long headings wrap, so match their start. */
  const pageOf = (label: string) => {
    const start = normalise(label).slice(0, 40);
    return pdf.pages.findIndex((lines, index) => index > 1 && lines.some((line) => line.startsWith(start))) + 1;
  };

  it('runs over several pages', () => {
    expect(pdf.pages.length).toBeGreaterThan(8);
  });

  it('prints "<label> N (M)" at the foot of every page but the title page', () => {
    const total = pdf.pages.length;
    expect(pdf.pages[0]!.some((line) => / \(\d+\)$/.test(line))).toBe(false);
    pdf.pages.slice(1).forEach((lines, index) => {
      expect(lines.at(-1), `footer of page ${index + 2}`).toBe(`Delårsrapport aug 2023-Nämnder ${index + 2} (${total})`);
    });
  });

  it('lists the headings in the contents with the pages they are on', () => {
    const contents = pdf.pages[1]!;
    expect(contents[0]).toBe('Innehåll');
    for (const heading of headings.filter((h) => h.inContents)) {
      const printed = normalise(`${heading.number} ${heading.text}`);
      // The page number sits on the first line of an entry, also when a long entry wraps.
      const line = contents.find((candidate) => candidate.startsWith(printed.slice(0, 40)));
      expect(line, `contents entry ${printed}`).toBeDefined();
      const pageNumber = Number(/ (\d+)$/.exec(line!)?.[1]);
      expect(pageOf(printed), `page of ${printed}`).toBe(pageNumber);
    }
  });

  it('makes the numbered headings PDF bookmarks, nested by level and pointing at their pages', () => {
    const chapterThree = pdf.outline.find((node) => node.title === '3 Övrig uppföljning till kommunledningen')!;
    const economy = chapterThree.items.find((node) => node.title === '3.2 Ekonomisk uppföljning')!;
    expect(economy.items.map((node) => node.title)).toEqual([
      '3.2.1 Resultatredovisning i sammandrag',
      '3.2.2 Utfall till och med perioden',
      '3.2.3 Prognos',
      '3.2.4 Uppföljning av kommuncentrala poster som hanteras genom beslut av andra nämnder',
    ]);
    expect(pdf.outline.map((node) => node.title)).toEqual([
      '1 Sammanfattning',
      '2 Väsentlig styrinformation till kommunledningen',
      '3 Övrig uppföljning till kommunledningen',
      '4 Styrinformation till nämnden',
    ]);
    for (const title of ['3.2.1 Resultatredovisning i sammandrag', '4.3.1 Utfall till och med perioden']) {
      expect(pdf.outlinePages.get(title)).toBe(pageOf(title));
    }
  });

  it('links contents entries and "avsnitt 4.3.1" in the prose to the pages of their headings', () => {
    const contentsTargets = new Set(pdf.linkTargets.get(2));
    for (const heading of headings.filter((h) => h.inContents)) expect(contentsTargets.has(pageOf(heading.label))).toBe(true);
    const prosePage = pdf.pages.findIndex((lines) => lines.some((line) => line.includes('avvikelsen redogörs under avsnitt 4.3.1'))) + 1;
    expect(pdf.linkTargets.get(prosePage)).toContain(pageOf('4.3.1 Utfall till och med perioden'));
  });

  it('prints figures as text in Swedish format, with the real minus sign', () => {
    const text = pdf.pages.flat().join('\n');
    expect(text).toContain('−7,1');
    expect(text).toContain('1 693');
    expect(text).toMatch(/Kommuninterna bidrag 35,2 42,4 −7,1 30,7/);
  });

  it('repeats a long table\'s caption and column headers on the next page', () => {
    const caption = 'Resultatredovisning i sammandrag per verksamhet Belopp i mnkr';
    const pagesWithCaption = pdf.pages.filter((lines) => lines.includes(caption));
    expect(pagesWithCaption.length).toBeGreaterThan(1);
    for (const lines of pagesWithCaption) expect(lines.some((line) => line.startsWith('Verksamhet Utfall Budget Avvikelse'))).toBe(true);
  });

  it('draws the chart with its values', () => {
    const page = pdf.pages.find((lines) => lines.some((line) => line.startsWith('Diagram: Stadsledningskontorets konsultkostnader')))!;
    expect(page.join(' ')).toMatch(/28,3/);
    expect(page).toContain('2018 2019 2020 2021 2022 2023');
  });

  it('never leaves a heading alone at the bottom of a page', () => {
    const labels = new Set(headings.map((h) => normalise(h.label)));
    pdf.pages.slice(2).forEach((lines, index) => {
      const lastBodyLine = lines.at(-2);
      expect(labels.has(lastBodyLine ?? ''), `page ${index + 3} ends with "${lastBodyLine}"`).toBe(false);
    });
  });

  it('carries title, author and language in its metadata', () => {
    expect(pdf.info.Title).toBe('Delårsrapport augusti 2023 för kommunstyrelsen');
    expect(pdf.info.Author).toBe('Stadsledningskontoret');
    expect(pdf.bytes.toString('latin1')).toContain('/Lang (sv-SE)');
  });
});

describe('renderPdf without title page and contents', () => {
  it('starts with the title and the first section, and numbers the footer from page 1', async () => {
    const document: RenderDocument = {
      ...sampleReport(),
      titlePage: false,
      contents: false,
      blocks: sampleReport().blocks.slice(0, 12),
    };
    const pdf = await parsePdf(await renderPdf(document));
    expect(pdf.pages[0]!.slice(0, 3)).toEqual(['Stadsledningskontoret', 'Delårsrapport augusti 2023', 'för kommunstyrelsen']);
    expect(pdf.pages[0]).not.toContain('Innehåll');
    expect(pdf.pages[0]!.at(-1)).toBe(`Delårsrapport aug 2023-Nämnder 1 (${pdf.pages.length})`);
  });
});
