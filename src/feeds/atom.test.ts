import { describe, expect, it } from 'vitest';
import { atomDate, feedUpdated, renderAtom, tagId, xmlText, type AtomFeed } from './atom.ts';

const feed: AtomFeed = {
  id: 'tag:example.se,2026:goteborg/uppdrag/1',
  title: 'Uppdrag 1443/22 – Göteborgs Stad',
  updated: new Date('2023-01-01T00:00:00Z'),
  self: 'https://example.se/flode/uppdrag/1',
  alternate: 'https://example.se/uppdrag/1',
  author: 'Göteborgs Stad',
  lang: 'sv',
  entries: [
    { id: 'tag:example.se,2026:a', title: 'Äldre', updated: new Date('2023-08-28T08:00:00.400Z'), link: 'https://example.se/a' },
    { id: 'tag:example.se,2026:b', title: 'Nyare <b>&</b>', updated: new Date('2023-10-18T12:00:00Z'), link: 'https://example.se/b?x=1&y=2', content: 'Text\u0000med\u0007styrtecken' },
  ],
};

describe('renderAtom', () => {
  const xml = renderAtom(feed);

  it('dates the feed by its newest entry', () => {
    expect(feedUpdated(feed)).toEqual(new Date('2023-10-18T12:00:00Z'));
    expect(xml).toContain('<updated>2023-10-18T12:00:00Z</updated>');
    expect(feedUpdated({ ...feed, entries: [] })).toEqual(feed.updated);
  });

  it('escapes markup and ampersands in text and attributes', () => {
    expect(xml).toContain('<title>Nyare &lt;b&gt;&amp;&lt;/b&gt;</title>');
    expect(xml).toContain('href="https://example.se/b?x=1&amp;y=2"');
  });

  it('drops characters XML 1.0 forbids', () => {
    expect(xml).toContain('<content type="text">Textmedstyrtecken</content>');
    expect(xmlText('a\uFFFEb\u000Bc')).toBe('abc');
  });

  it('gives every entry an id, title, updated time and link', () => {
    const entries = xml.split('<entry>').slice(1);
    expect(entries).toHaveLength(2);
    for (const e of entries) {
      expect(e).toMatch(/<id>tag:[^<]+<\/id>/);
      expect(e).toMatch(/<title>[^<]+<\/title>/);
      expect(e).toMatch(/<updated>\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ<\/updated>/);
      expect(e).toMatch(/<link rel="alternate" type="text\/html" href="https:[^"]+"\/>/);
    }
  });
});

describe('atom helpers', () => {
  it('writes RFC 3339 times in whole seconds', () => {
    expect(atomDate(new Date('2023-08-28T08:00:00.999Z'))).toBe('2023-08-28T08:00:00Z');
  });

  it('makes tag URIs from the host without its port', () => {
    expect(tagId('Localhost:3000', 'goteborg/x')).toBe('tag:localhost,2026:goteborg/x');
  });
});
