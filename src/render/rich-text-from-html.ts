/**
 * Turns the HTML subset the prose editor stores (p, br, strong/b, em/i, ul/ol/li, a[href],
 * h3/h4) into RichText. The editor's output is sanitised before it is stored, but documents
 * also arrive from imports and old data, so this reads any string the way a browser would
 * roughly read it and keeps only text and the formatting above: scripts, styles and embedded
 * objects are dropped with their content, attributes other than a safe href are ignored, and it
 * never throws.
 */
import type { RichText, RichTextBlock, TextRun } from './render-document.ts';

/** Elements whose content is never prose. Dropped together with everything inside them. */
const DROPPED_WITH_CONTENT = new Set([
  'script', 'style', 'template', 'iframe', 'object', 'embed', 'noscript', 'textarea', 'title',
  'svg', 'math', 'select', 'head', 'canvas', 'audio', 'video', 'xmp', 'noembed', 'noframes',
]);

/** Elements that end the current paragraph. */
const BLOCK_ELEMENTS = new Set([
  'p', 'div', 'section', 'article', 'aside', 'blockquote', 'header', 'footer', 'main', 'nav',
  'table', 'thead', 'tbody', 'tfoot', 'tr', 'caption', 'pre', 'hr', 'dl', 'dt', 'dd',
  'figure', 'figcaption', 'address', 'body', 'html', 'form', 'fieldset',
]);

const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const BOLD = new Set(['strong', 'b']);
const ITALIC = new Set(['em', 'i']);

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', ndash: '–', mdash: '—',
  minus: '\u2212', hellip: '…', laquo: '«', raquo: '»', rsquo: '’', lsquo: '‘', rdquo: '”',
  ldquo: '“', bull: '•', shy: '', aring: 'å', Aring: 'Å', auml: 'ä', Auml: 'Ä', ouml: 'ö',
  Ouml: 'Ö', eacute: 'é', Eacute: 'É', uuml: 'ü', Uuml: 'Ü', euro: '€', sect: '§', deg: '°',
  times: '×', copy: '©', para: '¶', middot: '·', thinsp: '\u2009', ensp: '\u2002', emsp: '\u2003',
};

const TAG_NAME = /^<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)/;
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

/** Marks a `<br>` inside collected text until whitespace has been collapsed. */
const LINE_BREAK = '\u0000';

export function richTextFromHtml(html: unknown): RichText {
  if (typeof html !== 'string' || html.length === 0) return [];
  try {
    return parse(html);
  } catch {
    // Defensive only: the parser below has no known throwing path, but prose must never break
    // a document. Fall back to the bare text.
    const text = decodeEntities(html.replace(/<[^>]*>/g, ' ')).replace(/\s+/g, ' ').trim();
    return text ? [{ type: 'paragraph', runs: [{ text }] }] : [];
  }
}

interface Format {
  bold: number;
  italic: number;
  links: (string | undefined)[];
}

class RichTextBuilder {
  readonly blocks: RichTextBlock[] = [];
  private runs: TextRun[] = [];
  private container: 'paragraph' | 'subheading' = 'paragraph';
  /** `implicit`: opened by an `<li>` outside any list; text after its items ends it. */
  private list: { ordered: boolean; items: TextRun[][]; implicit: boolean } | null = null;
  private listDepth = 0;
  private inItem = false;
  readonly format: Format = { bold: 0, italic: 0, links: [] };

  text(raw: string): void {
    this.append(raw.replace(/\u0000/g, ''));
  }

  lineBreak(): void {
    this.append(LINE_BREAK);
  }

  private append(raw: string): void {
    if (raw === '') return;
    if (this.list && !this.inItem) {
      if (!/\S/.test(raw)) return;
      if (this.list.implicit) {
        this.listDepth = 1;
        this.endList();
      } else {
        this.inItem = true;
      }
    }
    const href = this.format.links.at(-1);
    const run: TextRun = { text: raw };
    if (this.format.bold > 0) run.bold = true;
    if (this.format.italic > 0) run.italic = true;
    if (href) run.href = href;
    const last = this.runs.at(-1);
    if (last && last.bold === run.bold && last.italic === run.italic && last.href === run.href) {
      last.text += run.text;
    } else {
      this.runs.push(run);
    }
  }

  /** Ends the current paragraph (or, inside a list item, starts a new line in it). */
  blockBoundary(): void {
    if (this.inItem) {
      if (hasText(this.runs)) this.lineBreak();
      return;
    }
    this.flushParagraph();
  }

  startSubheading(): void {
    if (this.inItem) return this.blockBoundary();
    this.flushParagraph();
    this.container = 'subheading';
  }

  endSubheading(): void {
    if (this.inItem) return this.blockBoundary();
    this.flushParagraph();
  }

  startList(ordered: boolean, implicit = false): void {
    if (this.list) {
      // Nested list: its items join the outer list (the model keeps lists flat).
      this.flushItem();
      this.listDepth++;
      return;
    }
    this.flushParagraph();
    this.list = { ordered, items: [], implicit };
    this.listDepth = 1;
  }

  endList(): void {
    if (!this.list) return;
    this.flushItem();
    this.listDepth--;
    if (this.listDepth > 0) return;
    if (this.list.items.length > 0) this.blocks.push({ type: 'list', ordered: this.list.ordered, items: this.list.items });
    this.list = null;
  }

  startItem(): void {
    if (!this.list) this.startList(false, true);
    this.flushItem();
    this.inItem = true;
  }

  endItem(): void {
    this.flushItem();
  }

  finish(): RichText {
    while (this.list) this.endList();
    this.flushParagraph();
    return this.blocks;
  }

  private flushItem(): void {
    if (!this.list) return;
    const runs = tidyRuns(this.runs);
    this.runs = [];
    this.inItem = false;
    if (runs.length > 0) this.list.items.push(runs);
  }

  private flushParagraph(): void {
    if (this.list) return this.flushItem();
    const runs = tidyRuns(this.runs);
    this.runs = [];
    const type = this.container;
    this.container = 'paragraph';
    if (runs.length > 0) this.blocks.push({ type, runs });
  }
}

function parse(html: string): RichText {
  const builder = new RichTextBuilder();
  let i = 0;
  let textStart = 0;
  const flushText = (end: number) => {
    if (end > textStart) builder.text(decodeEntities(html.slice(textStart, end)));
  };

  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt < 0) break;
    const rest = html.slice(lt, lt + 4096);
    if (rest.startsWith('<!--')) {
      flushText(lt);
      const end = html.indexOf('-->', lt + 4);
      i = textStart = end < 0 ? html.length : end + 3;
      continue;
    }
    if (rest.startsWith('<!') || rest.startsWith('<?')) {
      flushText(lt);
      const end = html.indexOf('>', lt);
      i = textStart = end < 0 ? html.length : end + 1;
      continue;
    }
    const tag = TAG_NAME.exec(rest);
    if (!tag) {
      // A lone "<" (e.g. "3 < 5") is text, as in a browser.
      i = lt + 1;
      continue;
    }
    flushText(lt);
    const end = tagEnd(html, lt);
    const name = tag[2]!.toLowerCase();
    i = textStart = end;
    if (tag[1]) {
      closeElement(builder, name);
      continue;
    }
    if (DROPPED_WITH_CONTENT.has(name)) {
      const closing = new RegExp(`</${name}`, 'gi');
      closing.lastIndex = end;
      const close = closing.exec(html);
      i = textStart = close ? tagEnd(html, close.index) : html.length;
      continue;
    }
    const inside = html.slice(lt + tag[0].length, html[end - 1] === '>' ? end - 1 : end);
    openElement(builder, name, inside, inside.trimEnd().endsWith('/'));
  }
  flushText(html.length);
  return builder.finish();
}

/**
 * Where a tag starting at `start` ends (just after its ">"), reading it as a browser does: a
 * ">" inside a quoted attribute value does not end it, and a tag never closed runs to the end.
 */
function tagEnd(html: string, start: number): number {
  let i = start + 1;
  while (i < html.length) {
    const char = html[i];
    if (char === '>') return i + 1;
    if (char === '=') {
      let j = i + 1;
      while (j < html.length && /\s/.test(html[j]!)) j++;
      const quote = html[j];
      if (quote === '"' || quote === "'") {
        const close = html.indexOf(quote, j + 1);
        if (close < 0) return html.length;
        i = close + 1;
        continue;
      }
      i = j;
      continue;
    }
    i++;
  }
  return html.length;
}

function openElement(builder: RichTextBuilder, name: string, attributes: string, selfClosing: boolean): void {
  if (name === 'br') return builder.lineBreak();
  if (selfClosing) {
    if (BLOCK_ELEMENTS.has(name)) builder.blockBoundary();
    return;
  }
  if (BOLD.has(name)) builder.format.bold++;
  else if (ITALIC.has(name)) builder.format.italic++;
  else if (name === 'a') builder.format.links.push(safeHref(attribute(attributes, 'href')));
  else if (name === 'ul' || name === 'ol') builder.startList(name === 'ol');
  else if (name === 'li') builder.startItem();
  else if (HEADINGS.has(name)) builder.startSubheading();
  else if (BLOCK_ELEMENTS.has(name) || name === 'td' || name === 'th') builder.blockBoundary();
}

function closeElement(builder: RichTextBuilder, name: string): void {
  if (BOLD.has(name)) builder.format.bold = Math.max(0, builder.format.bold - 1);
  else if (ITALIC.has(name)) builder.format.italic = Math.max(0, builder.format.italic - 1);
  else if (name === 'a') builder.format.links.pop();
  else if (name === 'ul' || name === 'ol') builder.endList();
  else if (name === 'li') builder.endItem();
  else if (HEADINGS.has(name)) builder.endSubheading();
  else if (name === 'br') builder.lineBreak();
  else if (BLOCK_ELEMENTS.has(name) || name === 'td' || name === 'th') builder.blockBoundary();
}

function attribute(attributes: string, wanted: string): string | undefined {
  for (const match of attributes.matchAll(ATTRIBUTE)) {
    if (match[1]!.toLowerCase() === wanted) return decodeEntities(match[2] ?? match[3] ?? match[4] ?? '');
  }
  return undefined;
}

/** Only links a reader can follow safely: web, mail and anchors in the document. */
export function safeHref(href: string | undefined): string | undefined {
  if (!href) return undefined;
  // Browsers ignore control characters and whitespace inside a scheme ("java\tscript:").
  const cleaned = href.replace(/[\u0000-\u0020\u007f]+/g, '');
  if (/^#[A-Za-z0-9_-]+$/.test(cleaned)) return cleaned;
  if (/^(https?:\/\/|mailto:)[^<>"'`\\]+$/i.test(cleaned)) return cleaned;
  return undefined;
}

/** Collapses whitespace as HTML does, across run boundaries; trims each line; drops empty runs. */
function tidyRuns(runs: TextRun[]): TextRun[] {
  const chars: { char: string; run: number }[] = [];
  runs.forEach((run, index) => {
    for (const char of run.text.replace(/[ \t\n\r\f]+/g, ' ')) {
      const previous = chars.at(-1);
      if (char === ' ' && (!previous || previous.char === ' ' || previous.char === LINE_BREAK)) continue;
      if (char === LINE_BREAK) while (chars.at(-1)?.char === ' ') chars.pop();
      if (char === LINE_BREAK && chars.length === 0) continue;
      chars.push({ char, run: index });
    }
  });
  while (chars.length > 0 && (chars.at(-1)!.char === ' ' || chars.at(-1)!.char === LINE_BREAK)) chars.pop();
  const tidy: TextRun[] = [];
  let current: TextRun | undefined;
  let currentIndex = -1;
  for (const { char, run } of chars) {
    if (run !== currentIndex) {
      current = { ...runs[run]!, text: '' };
      currentIndex = run;
      tidy.push(current);
    }
    current!.text += char === LINE_BREAK ? '\n' : char;
  }
  return hasText(tidy) ? tidy : [];
}

function hasText(runs: TextRun[]): boolean {
  return runs.some((run) => /[^\s\u0000]/.test(run.text));
}

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-zA-Z][a-zA-Z0-9]{1,31});?/g, (whole, body: string) => {
    if (body.startsWith('#')) {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      if (!Number.isFinite(code) || code <= 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '\ufffd';
      return String.fromCodePoint(code);
    }
    return NAMED_ENTITIES[body] ?? whole;
  });
}
