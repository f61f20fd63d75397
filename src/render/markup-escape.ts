/** Escaping for text placed in HTML/SVG/XML, in element content and in quoted attributes. */
export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** A CSS string literal (for `content:` in @page rules) that cannot end the string or the style element. */
export function cssString(text: string): string {
  const escaped = text.replace(/[\\"<>\n\r\f]/g, (char) => `\\${char.codePointAt(0)!.toString(16)} `);
  return `"${escaped}"`;
}
