/**
 * Rich text from users is sanitised on the server before it is stored: a strict allow-list
 * (paragraphs, line breaks, bold, italic, lists, links to http/https/mailto, two heading levels).
 * Everything else goes: scripts and styles with their content, event handlers, other
 * attributes and unknown elements (their text is kept).
 */
import sanitizeHtml from 'sanitize-html';

const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: ['p', 'br', 'strong', 'em', 'ul', 'ol', 'li', 'a', 'h3', 'h4'],
  allowedAttributes: { a: ['href'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesAppliedToAttributes: ['href'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  nonTextTags: ['script', 'style', 'textarea', 'option', 'noscript', 'template', 'iframe', 'object', 'svg', 'math'],
  transformTags: { b: 'strong', i: 'em', h1: 'h3', h2: 'h3', h5: 'h4', h6: 'h4' },
  // A link whose href was refused keeps its text but is no link.
  exclusiveFilter: (frame) => frame.tag === 'a' && !frame.attribs.href && !frame.text.trim(),
};

export function sanitizeRichText(html: string): string {
  return sanitizeHtml(html, OPTIONS).trim();
}

/** Sanitises when given, keeps absence as absence. */
export function sanitizeOptional(html: string | null | undefined): string | undefined {
  if (html === null || html === undefined) return undefined;
  const clean = sanitizeRichText(html);
  return clean === '' ? undefined : clean;
}
