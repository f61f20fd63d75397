/**
 * Imported prose as the report model stores it (the rich-text allow-list: paragraphs, lists,
 * h3/h4): lines joined into paragraphs at blank lines, bullet and numbered runs into lists, a
 * short line standing alone before more text into a subheading. Pure; the text is escaped, so
 * nothing in a document becomes markup.
 */
import { escapeXml } from '../../render/markup-escape.ts';

const BULLET = /^\s*[•·▪◦‣●○*–—-]\s*/;
const NUMBERED = /^\s*\d{1,2}[.)]\s+/;

/** Lines into paragraphs: a blank line ends one, a bullet starts a new one. */
export function paragraphs(lines: readonly string[]): string[] {
  const out: string[] = [];
  let current: string[] = [];
  const flush = () => {
    const text = current.join(' ').replace(/\s+/g, ' ').trim();
    if (text) out.push(text);
    current = [];
  };
  for (const line of lines) {
    if (line.trim() === '') flush();
    else {
      if (BULLET.test(line) && current.length > 0) flush();
      current.push(line.trim());
    }
  }
  flush();
  return out;
}

/** A line that reads as a heading: short, capitalised, not ending like a sentence or a lead-in. */
function isHeading(text: string): boolean {
  return text.length <= 90 && /^\p{Lu}/u.test(text) && !/[.:;,!?)”"]$/.test(text) && !BULLET.test(text) && !NUMBERED.test(text) && text.split(' ').length <= 12;
}

export function proseHtml(lines: readonly string[]): string {
  const paras = paragraphs(lines);
  const out: string[] = [];
  for (let i = 0; i < paras.length; i++) {
    const text = paras[i]!;
    const list = BULLET.test(text) ? BULLET : NUMBERED.test(text) ? NUMBERED : null;
    if (list) {
      const items: string[] = [];
      while (i < paras.length && list.test(paras[i]!)) items.push(paras[i++]!.replace(list, ''));
      i--;
      const tag = list === BULLET ? 'ul' : 'ol';
      out.push(`<${tag}>${items.map((item) => `<li>${escapeXml(item)}</li>`).join('')}</${tag}>`);
    } else if (i < paras.length - 1 && isHeading(text)) {
      out.push(`<h3>${escapeXml(text)}</h3>`);
    } else {
      out.push(`<p>${escapeXml(text)}</p>`);
    }
  }
  return out.join('');
}

/** Plain text kept as text (a matter document's `text`): paragraphs separated by blank lines. */
export function plainText(lines: readonly string[]): string {
  return paragraphs(lines).join('\n\n');
}

/** Lines kept as printed (a table read only as text): each paragraph's lines with line breaks. */
export function linesHtml(lines: readonly string[]): string {
  const blocks: string[][] = [[]];
  for (const line of lines) {
    if (line.trim() === '') blocks.push([]);
    else blocks.at(-1)!.push(escapeXml(line.trim()));
  }
  return blocks
    .filter((b) => b.length > 0)
    .map((b) => `<p>${b.join('<br>')}</p>`)
    .join('');
}
