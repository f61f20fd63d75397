/**
 * The heading structure all three renderers share: one anchor id per heading, levels without
 * gaps, and the entries of the contents. Computing it once keeps HTML links, PDF bookmarks and
 * Word's navigation pane in agreement.
 */
import type { HeadingBlock, HeadingLevel, RenderDocument } from './render-document.ts';

export interface OutlineHeading {
  /** Index of the heading in `document.blocks`. */
  blockIndex: number;
  id: string;
  /**
   * The level as rendered. A heading that skips levels (a 3 straight under a 1) is pulled up so
   * assistive technology, PDF bookmarks and Word's navigation pane see an unbroken hierarchy.
   */
  level: HeadingLevel;
  number?: string;
  text: string;
  /** "3.2.1 Resultatredovisning i sammandrag". */
  label: string;
  /** Listed in the table of contents. */
  inContents: boolean;
}

export function headingLabel(heading: Pick<HeadingBlock, 'number' | 'text'>): string {
  const number = heading.number?.trim();
  return number ? `${number} ${heading.text}` : heading.text;
}

export function documentOutline(document: RenderDocument): OutlineHeading[] {
  const depth = document.contentsDepth ?? 3;
  const used = new Set<string>();
  const headings: OutlineHeading[] = [];
  let previousLevel = 0;
  document.blocks.forEach((block, blockIndex) => {
    if (block.type !== 'heading') return;
    const level = Math.max(1, Math.min(block.level, previousLevel + 1, 5)) as HeadingLevel;
    previousLevel = level;
    const id = uniqueId(block.id?.trim() || derivedId(block, document.lang), used);
    headings.push({
      blockIndex,
      id,
      level,
      ...(block.number?.trim() ? { number: block.number.trim() } : {}),
      text: block.text,
      label: headingLabel(block),
      inContents: level <= depth,
    });
  });
  return headings;
}

function derivedId(heading: HeadingBlock, lang: RenderDocument['lang']): string {
  const fromNumber = slug(heading.number ?? '');
  if (fromNumber) return `${lang === 'en' ? 'section' : 'avsnitt'}-${fromNumber}`;
  return slug(heading.text) || 'rubrik';
}

/** ASCII, lowercase, hyphenated: safe in HTML ids, URLs and Word bookmark names. */
function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
}

function uniqueId(candidate: string, used: Set<string>): string {
  let id = candidate;
  for (let n = 2; used.has(id); n++) id = `${candidate}-${n}`;
  used.add(id);
  return id;
}
