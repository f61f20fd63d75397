/**
 * What the public search reads: one SQL branch per kind of public text, each over its source
 * table (no copy to keep in sync) and each filtering out what the public may not see. The
 * branches are combined with UNION ALL in search.store.ts.
 *
 * Every branch yields the same columns: kind, id, title, reference (a dnr or a parent's title),
 * body (text for the excerpt), url, organisation_ids, year, updated_at, rank.
 */
import { sql, type RawBuilder } from 'kysely';
import { VECTORS } from './search-vectors.ts';

export const SEARCH_KINDS = ['assignment', 'goal', 'report', 'account', 'matter', 'document', 'decision', 'audit', 'organisation'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

export interface SearchSource {
  kind: SearchKind;
  /**
   * The rows of this kind matching the tsquery expression `query`, public ones only, ranked by
   * `rank` (the query without its exclusions: a NOT term would flatten every rank).
   */
  rows(tenantId: string, query: RawBuilder<unknown>, rank: RawBuilder<unknown>): RawBuilder<unknown>;
}

const raw = sql.raw;

export const assignmentSource: SearchSource = {
  kind: 'assignment',
  rows: (tenantId, query, rank) => {
    const v = raw(VECTORS.assignment('a'));
    return sql`
      select 'assignment'::text as kind, a.id::text as id, a.title, a.dnr as reference,
        coalesce(a.description, '') as body, '/uppdrag/' || a.id as url,
        array(select s.organisation_id from assignees s where s.tenant_id = a.tenant_id and s.assignment_id = a.id) as organisation_ids,
        coalesce(a.origin_year, extract(year from a.origin_decided_on)::int, extract(year from a.created_at)::int) as year,
        a.updated_at, ts_rank(${v}, ${rank}) as rank
      from assignments a
      where a.tenant_id = ${tenantId} and ${v} @@ ${query}`;
  },
};

export const goalSource: SearchSource = {
  kind: 'goal',
  rows: (tenantId, query, rank) => {
    const v = raw(VECTORS.goal('g'));
    return sql`
      select 'goal'::text as kind, g.id::text as id, g.title, null::text as reference,
        coalesce(g.description, '') as body, '/mal/' || g.id as url,
        array(select r.organisation_id from goal_responsibilities r where r.tenant_id = g.tenant_id and r.goal_id = g.id) as organisation_ids,
        g.budget_year as year, null::timestamptz as updated_at, ts_rank(${v}, ${rank}) as rank
      from goals g
      where g.tenant_id = ${tenantId} and ${v} @@ ${query}`;
  },
};

export const organisationSource: SearchSource = {
  kind: 'organisation',
  rows: (tenantId, query, rank) => {
    const v = raw(VECTORS.organisation('o'));
    return sql`
      select 'organisation'::text as kind, o.id::text as id, o.name as title, o.short_name as reference,
        '' as body, '/organisationer/' || o.id as url, array[o.id] as organisation_ids,
        null::int as year, o.updated_at, ts_rank(${v}, ${rank}) as rank
      from organisations o
      where o.tenant_id = ${tenantId} and ${v} @@ ${query}`;
  },
};

/** Audit reports and their recommendations, both shown on the audited organisation's page. */
export const auditSource: SearchSource = {
  kind: 'audit',
  rows: (tenantId, query, rank) => {
    const report = raw(VECTORS.auditReport('r'));
    const recommendation = raw(VECTORS.auditRecommendation('x'));
    return sql`
      select 'audit'::text as kind, r.id::text as id, r.title, r.auditor as reference,
        coalesce(r.summary, '') as body, '/organisationer/' || r.organisation_id || '#revision-' || r.id as url,
        array[r.organisation_id] as organisation_ids, r.year, null::timestamptz as updated_at, ts_rank(${report}, ${rank}) as rank
      from audit_reports r
      where r.tenant_id = ${tenantId} and ${report} @@ ${query}
      union all
      select 'audit'::text, x.id::text, x.text, r.title, coalesce(x.response, ''),
        '/organisationer/' || r.organisation_id || '#revision-' || r.id,
        array[r.organisation_id], r.year, null::timestamptz, ts_rank(${recommendation}, ${rank})
      from audit_recommendations x
      join audit_reports r on r.tenant_id = x.tenant_id and r.id = x.audit_report_id
      where x.tenant_id = ${tenantId} and ${recommendation} @@ ${query}`;
  },
};

/** Every source the public search reads. Reports and the registry join when their modules land. */
export const SEARCH_SOURCES: SearchSource[] = [assignmentSource, goalSource, auditSource, organisationSource];
