import { sql } from 'kysely';
import type { Db } from '../db/connection.ts';
import { SEARCH_SOURCES, type SearchKind, type SearchSource } from './search-sources.ts';
import { parseSearchQuery, toTsQueryText, type ParsedQuery } from './swedish-query.ts';
import { decodeEntities } from '../render/rich-text-from-html.ts';

export interface SearchFilter {
  kind?: SearchKind | undefined;
  organisationId?: string | undefined;
  year?: number | undefined;
}

export interface SearchHit {
  kind: SearchKind;
  id: string;
  title: string;
  reference: string | null;
  url: string;
  year: number | null;
  updatedAt: Date | null;
  rank: number;
  /** Text around the matches; the matched words are the odd-numbered parts. */
  excerpt: string[];
}

export interface FacetCount<T> {
  value: T;
  count: number;
}

export interface SearchResult {
  query: ParsedQuery;
  total: number;
  hits: SearchHit[];
  facets: {
    kind: FacetCount<SearchKind>[];
    organisation: FacetCount<string>[];
    year: FacetCount<number>[];
  };
}

/** Private-use characters mark the matches in ts_headline's output; they cannot occur in our text's HTML. */
const MARK_START = '\uE000';
const MARK_END = '\uE001';
const HEADLINE_OPTIONS = `StartSel=${MARK_START}, StopSel=${MARK_END}, MaxWords=32, MinWords=12, ShortWord=2, MaxFragments=2, FragmentDelimiter=" … "`;

/** "a\uE000b\uE001c" → ["a", "b", "c"]: even parts plain, odd parts matched. */
export function splitExcerpt(headline: string): string[] {
  const parts: string[] = [];
  let rest = headline;
  for (;;) {
    const start = rest.indexOf(MARK_START);
    if (start < 0) break;
    const end = rest.indexOf(MARK_END, start);
    if (end < 0) break;
    parts.push(rest.slice(0, start), rest.slice(start + 1, end));
    rest = rest.slice(end + 1);
  }
  parts.push(rest);
  return parts;
}

interface Row {
  total: number;
  hits: Array<{ kind: SearchKind; id: string; title: string; reference: string | null; url: string; year: number | null; updated_at: string | null; rank: number; headline: string }>;
  kinds: Array<{ value: SearchKind; count: number }> | null;
  organisations: Array<{ value: string; count: number }> | null;
  years: Array<{ value: number; count: number }> | null;
}

/**
 * Ranked public search with highlighted excerpts and facets. One statement: the matching
 * rows of every source (a UNION ALL, each branch on its GIN index), then the page, the total
 * and each facet's counts with the other facets' filters applied (so a chosen facet still
 * shows its alternatives). Non-public rows never enter the union, so they cannot show up in
 * hits, totals or facet counts.
 */
export async function searchPublic(
  db: Db,
  tenantId: string,
  text: string,
  filter: SearchFilter = {},
  paging: { limit: number; offset: number; order?: 'rank' | 'recent' } = { limit: 20, offset: 0 },
  sources: readonly SearchSource[] = SEARCH_SOURCES,
): Promise<SearchResult> {
  const parsed = parseSearchQuery(text);
  const tsquery = toTsQueryText(parsed);
  const empty: SearchResult = { query: parsed, total: 0, hits: [], facets: { kind: [], organisation: [], year: [] } };
  if (!tsquery || sources.length === 0) return empty;

  const query = sql`to_tsquery('swedish'::regconfig, ${tsquery})`;
  const rank = sql`to_tsquery('swedish'::regconfig, ${toTsQueryText({ ...parsed, excluded: [] })})`;
  const union = sql.join(
    sources.map((s) => sql`(${s.rows(tenantId, query, rank)})`),
    sql` union all `,
  );
  // Feeds want the newest first; rows without a time count as 1 January of their year.
  const order =
    paging.order === 'recent'
      ? sql`coalesce(updated_at, make_date(coalesce(year, 2000), 1, 1)::timestamptz) desc, rank desc, id`
      : sql`rank desc, updated_at desc nulls last, id`;
  const byKind = filter.kind ? sql`kind = ${filter.kind}` : sql`true`;
  const byOrganisation = filter.organisationId ? sql`${filter.organisationId}::uuid = any(organisation_ids)` : sql`true`;
  const byYear = filter.year !== undefined ? sql`year = ${filter.year}` : sql`true`;

  const result = await sql<Row>`
    with hits as materialized (${union}),
    chosen as (select * from hits where ${byKind} and ${byOrganisation} and ${byYear})
    select
      (select count(*) from chosen)::int as total,
      (select coalesce(json_agg(p order by p.position), '[]'::json) from (
        select kind, id, title, reference, url, year, updated_at, rank, row_number() over (order by ${order}) as position,
          ts_headline('swedish'::regconfig, case when body <> '' then body else title end, ${rank}, ${HEADLINE_OPTIONS}) as headline
        from chosen order by ${order}
        limit ${paging.limit} offset ${paging.offset}) p) as hits,
      (select json_agg(f order by f.count desc, f.value) from (
        select kind as value, count(*)::int as count from hits where ${byOrganisation} and ${byYear} group by kind) f) as kinds,
      (select json_agg(f order by f.count desc, f.value) from (
        select o as value, count(*)::int as count from hits, unnest(organisation_ids) as o
        where ${byKind} and ${byYear} group by o) f) as organisations,
      (select json_agg(f order by f.value desc) from (
        select year as value, count(*)::int as count from hits where year is not null and ${byKind} and ${byOrganisation} group by year) f) as years
  `.execute(db);
  const row = result.rows[0]!;
  return {
    query: parsed,
    total: Number(row.total),
    hits: row.hits.map((h) => ({
      kind: h.kind,
      id: h.id,
      title: h.title,
      reference: h.reference,
      url: h.url,
      year: h.year,
      updatedAt: h.updated_at ? new Date(h.updated_at) : null,
      rank: h.rank,
      // Report text is stored as sanitised HTML: its tags are stripped in SQL, its entities here.
      excerpt: splitExcerpt(h.kind === 'report' || h.kind === 'account' ? decodeEntities(h.headline) : h.headline),
    })),
    facets: { kind: row.kinds ?? [], organisation: row.organisations ?? [], year: row.years ?? [] },
  };
}
