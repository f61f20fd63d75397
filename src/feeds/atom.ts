/**
 * Atom 1.0 (RFC 4287) documents: the feed and every entry have an id, a title, an updated
 * time and links; text is escaped and characters XML 1.0 forbids are dropped, so any stored
 * text gives a well-formed feed.
 */

export interface AtomEntry {
  /** A permanent IRI: the same event keeps the same id in every fetch. */
  id: string;
  title: string;
  updated: Date;
  /** Absolute URL of the page about the entry. */
  link: string;
  summary?: string | undefined;
  /** Text content (plain). */
  content?: string | undefined;
}

export interface AtomFeed {
  id: string;
  title: string;
  subtitle?: string | undefined;
  /** Used when there are no entries; otherwise the newest entry's time wins if newer. */
  updated: Date;
  /** Absolute URL of the feed itself. */
  self: string;
  /** Absolute URL of the page the feed follows. */
  alternate: string;
  author: string;
  lang: string;
  entries: AtomEntry[];
}

// XML 1.0 allows tab, LF, CR and everything from U+0020 except surrogates and U+FFFE/U+FFFF.
// eslint-disable-next-line no-control-regex
const NOT_XML = /[^\u0009\u000A\u000D\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

export function xmlText(value: string): string {
  return value
    .replace(NOT_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** RFC 3339 in UTC, whole seconds. */
export function atomDate(d: Date): string {
  return new Date(Math.floor(d.getTime() / 1000) * 1000).toISOString().replace('.000Z', 'Z');
}

/** The time the feed last changed: its newest entry, or its own `updated` when it has none. */
export function feedUpdated(feed: Pick<AtomFeed, 'updated' | 'entries'>): Date {
  return feed.entries.reduce((newest, e) => (e.updated > newest ? e.updated : newest), feed.entries.length ? new Date(0) : feed.updated);
}

export function renderAtom(feed: AtomFeed): string {
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${xmlText(feed.lang)}">`,
    `  <id>${xmlText(feed.id)}</id>`,
    `  <title>${xmlText(feed.title)}</title>`,
    ...(feed.subtitle ? [`  <subtitle>${xmlText(feed.subtitle)}</subtitle>`] : []),
    `  <updated>${atomDate(feedUpdated(feed))}</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${xmlText(feed.self)}"/>`,
    `  <link rel="alternate" type="text/html" href="${xmlText(feed.alternate)}"/>`,
    `  <author><name>${xmlText(feed.author)}</name></author>`,
    '  <generator>Uppsikt</generator>',
  ];
  for (const e of feed.entries) {
    lines.push(
      '  <entry>',
      `    <id>${xmlText(e.id)}</id>`,
      `    <title>${xmlText(e.title)}</title>`,
      `    <updated>${atomDate(e.updated)}</updated>`,
      `    <link rel="alternate" type="text/html" href="${xmlText(e.link)}"/>`,
      ...(e.summary ? [`    <summary>${xmlText(e.summary)}</summary>`] : []),
      ...(e.content ? [`    <content type="text">${xmlText(e.content)}</content>`] : []),
      '  </entry>',
    );
  }
  lines.push('</feed>', '');
  return lines.join('\n');
}

/**
 * A tag URI (RFC 4151) for ids that stay put: `tag:example.se,2026:goteborg/uppdrag/…`.
 * The authority is the site's host without port; the date is when Uppsikt minted such ids.
 */
export function tagId(host: string, specific: string): string {
  const authority = host.replace(/:\d+$/, '').toLowerCase() || 'localhost';
  return `tag:${authority},2026:${specific}`;
}
