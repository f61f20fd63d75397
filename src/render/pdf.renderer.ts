/**
 * PDF output with pdfmake 0.2, in-process: no browser, LibreOffice or network.
 *
 * What the PDF has: a title page; a contents page whose page numbers pdfmake fills in; numbered
 * headings that are also PDF bookmarks (the outline) and link targets; headings kept with what
 * follows them; tables whose caption and header rows repeat on every page, figures
 * right-aligned; charts drawn as vectors from the same SVG the HTML uses; a footer
 * "<footerLabel>   10 (35)" on every page but the title page; title, author (the organisation),
 * subject and language (/Lang) in the metadata, with viewers told to show the title.
 *
 * What it lacks: pdfmake does not produce a *tagged* PDF (no structure tree, so no PDF/UA;
 * screen readers fall back to guessing the reading order). pdfkit's `tagged` flag would only
 * mark the file as tagged without any tags, which is worse than not claiming it, so it stays
 * off. The accessible rendering of a document is its HTML.
 */
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { documentOutline, type OutlineHeading } from './document-outline.ts';
import {
  BODY_BOTTOM,
  chartNode,
  contentsNode,
  DEFAULT_STYLE,
  documentHeader,
  footerNode,
  headingNode,
  MARGINS,
  richTextNodes,
  STYLES,
  tableNode,
  titlePage,
} from './pdf-blocks.ts';
import { addBookmarks, headingsLeftAtPageBottom, pdfBuffer, pdfPrinter, type PositionedNode } from './pdf-engine.ts';
import type { RenderDocument } from './render-document.ts';
import { renderLabels } from './render-labels.ts';

/** Layout passes spent moving headings off page bottoms before settling for what there is. */
const MAX_LAYOUT_PASSES = 4;

export async function renderPdf(document: RenderDocument): Promise<Buffer> {
  const outline = documentOutline(document);
  const breakBefore = new Set<string>();
  for (let pass = 1; ; pass++) {
    const built = buildContent(document, outline, breakBefore);
    const pdf = pdfPrinter().createPdfKitDocument(definition(document, built.content), { bufferPages: true });
    // pdfmake only knows where a heading lands once the pages are laid out; a heading left
    // alone at a page bottom is moved to the next page and the document laid out again.
    const orphans = headingsLeftAtPageBottom(pdf._pdfMakePages, built.keepWithNextIds, BODY_BOTTOM).filter(
      (id) => !breakBefore.has(id),
    );
    if (orphans.length === 0 || pass === MAX_LAYOUT_PASSES) {
      addBookmarks(pdf, outline, built.headingNodes);
      return pdfBuffer(pdf);
    }
    for (const id of orphans) breakBefore.add(id);
  }
}

function definition(document: RenderDocument, content: Content[]): TDocumentDefinitions {
  return {
    pageSize: 'A4',
    pageMargins: MARGINS,
    info: {
      title: document.subtitle ? `${document.title} ${document.subtitle}` : document.title,
      author: document.organisation,
      subject: document.subtitle ?? document.title,
      creator: 'Uppsikt',
      producer: 'Uppsikt (pdfmake)',
    },
    language: document.lang === 'en' ? 'en' : 'sv-SE',
    displayTitle: true,
    content,
    footer: (currentPage: number, pageCount: number) =>
      document.titlePage && currentPage === 1 ? null : footerNode(document.footerLabel, currentPage, pageCount),
    styles: STYLES,
    defaultStyle: DEFAULT_STYLE,
  };
}

interface BuiltContent {
  content: Content[];
  headingNodes: Map<OutlineHeading, PositionedNode>;
  /** Ids of headings and subheadings that must not end a page. */
  keepWithNextIds: Set<string>;
}

function buildContent(document: RenderDocument, outline: OutlineHeading[], breakBefore: Set<string>): BuiltContent {
  const labels = renderLabels(document.lang);
  const content: Content[] = [];
  const headingNodes = new Map<OutlineHeading, PositionedNode>();
  const keepWithNextIds = new Set<string>();
  const byBlock = new Map(outline.map((heading) => [heading.blockIndex, heading]));
  // Title page and contents end their page; so does a pageBreak block.
  let breakBeforeNext = false;
  const push = (node: Content, startsPage = false) => {
    if ((breakBeforeNext || startsPage) && content.length > 0) (node as { pageBreak?: string }).pageBreak = 'before';
    breakBeforeNext = false;
    content.push(node);
  };

  if (document.titlePage) {
    content.push(titlePage(document, labels));
    breakBeforeNext = true;
  } else {
    content.push(documentHeader(document, labels));
  }
  if (document.contents && outline.some((heading) => heading.inContents)) {
    push(contentsNode(labels));
    breakBeforeNext = true;
  }

  let subheadings = 0;
  const subheadingId = () => {
    const id = `underrubrik-${++subheadings}`;
    keepWithNextIds.add(id);
    return id;
  };
  document.blocks.forEach((block, index) => {
    switch (block.type) {
      case 'heading': {
        const heading = byBlock.get(index)!;
        const node = headingNode(heading);
        headingNodes.set(heading, node as PositionedNode);
        keepWithNextIds.add(heading.id);
        push(node, heading.level === 1 || breakBefore.has(heading.id));
        break;
      }
      case 'paragraphs': {
        const nodes = richTextNodes(block.content, subheadingId);
        for (const node of nodes) {
          const id = (node as { id?: string }).id;
          if (id && breakBefore.has(id)) (node as { pageBreak?: string }).pageBreak = 'before';
        }
        if (nodes.length > 0) push({ stack: nodes });
        break;
      }
      case 'table':
        push(tableNode(block, labels));
        break;
      case 'chart':
        push(chartNode(block, labels));
        break;
      case 'pageBreak':
        breakBeforeNext = true;
        break;
    }
  });
  return { content, headingNodes, keepWithNextIds };
}
