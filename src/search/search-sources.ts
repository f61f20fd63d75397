/**
 * What the public search reads: one SQL branch per kind of public text, each over its source
 * table (no copy to keep in sync) and each filtering out what the public may not see. The
 * branches are combined with UNION ALL in search.store.ts.
 *
 * Every branch yields the same columns: kind, id, title, reference (a dnr or a parent's title),
 * body (text for the excerpt), url, organisation_ids, year, updated_at, rank.
 */
import { sql, type RawBuilder } from 'kysely';
import { wasCalledSql } from '../meetings/meeting.store.ts';
import { PUBLIC_ROWS, VECTORS } from './search-vectors.ts';

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

/** Adopted reports by their title (drafts and reports under review are not public). */
export const reportSource: SearchSource = {
  kind: 'report',
  rows: (tenantId, query, rank) => {
    const v = raw(VECTORS.report('r'));
    return sql`
      select 'report'::text as kind, r.id::text as id, r.title, o.name as reference, '' as body,
        '/rapporter/' || r.id as url, array[r.organisation_id] as organisation_ids, c.year, r.adopted_at as updated_at,
        ts_rank(${v}, ${rank}) as rank
      from reports r
      join organisations o on o.tenant_id = r.tenant_id and o.id = r.organisation_id
      join reporting_cycles c on c.tenant_id = r.tenant_id and c.id = r.cycle_id
      where r.tenant_id = ${tenantId} and r.status = 'adopted' and ${v} @@ ${query}`;
  },
};

/**
 * What adopted reports say: every section's stored text and figures. A section about one
 * assignment (key `…:<assignment id>`) is its account and leads to the assignment's story; one
 * about a council goal leads to the goal; any other section to the report.
 */
export const reportSectionSource: SearchSource = {
  kind: 'account',
  rows: (tenantId, query, rank) => {
    const v = raw(VECTORS.reportSection('s'));
    const subject = sql`(substring(s.section_key from ':([0-9a-f-]{36})$'))::uuid`;
    return sql`
      select case when a.id is not null then 'account' else 'report' end as kind,
        r.id || '/' || s.section_key as id,
        coalesce(a.title, g.title, r.title) as title,
        case when a.id is not null then a.dnr when g.id is not null then r.title else o.name end as reference,
        regexp_replace(coalesce(s.content->>'text', '') || ' ' || coalesce(s.content->>'textAfter', ''), '<[^>]+>', ' ', 'g') as body,
        case when a.id is not null then '/uppdrag/' || a.id when g.id is not null then '/mal/' || g.id else '/rapporter/' || r.id end as url,
        array[r.organisation_id] as organisation_ids, c.year, r.adopted_at as updated_at, ts_rank(${v}, ${rank}) as rank
      from report_sections s
      join reports r on r.tenant_id = s.tenant_id and r.id = s.report_id
      join organisations o on o.tenant_id = r.tenant_id and o.id = r.organisation_id
      join reporting_cycles c on c.tenant_id = r.tenant_id and c.id = r.cycle_id
      left join assignments a on a.tenant_id = s.tenant_id and a.id = ${subject}
      left join goals g on g.tenant_id = s.tenant_id and g.id = ${subject}
      where s.tenant_id = ${tenantId} and r.status = 'adopted' and ${v} @@ ${query}`;
  },
};

/** The registry: every matter not deleted (a matter's subject is public even when a document is not). */
export const matterSource: SearchSource = {
  kind: 'matter',
  rows: (tenantId, query, rank) => {
    const v = raw(VECTORS.matter('m'));
    return sql`
      select 'matter'::text as kind, m.id::text as id, m.subject as title, m.dnr as reference, '' as body,
        '/arenden/' || m.id as url, array[m.organisation_id] as organisation_ids,
        extract(year from m.registered_on)::int as year, m.updated_at, ts_rank(${v}, ${rank}) as rank
      from matters m
      where m.tenant_id = ${tenantId} and ${raw(PUBLIC_ROWS.matter('m'))} and ${v} @@ ${query}`;
  },
};

/** Documents of matters: never a secret one, which is not even in the index. */
export const documentSource: SearchSource = {
  kind: 'document',
  rows: (tenantId, query, rank) => {
    const v = raw(VECTORS.document('d'));
    return sql`
      select 'document'::text as kind, d.id::text as id, d.title, m.dnr as reference, d.text as body,
        '/arenden/' || m.id as url, array[m.organisation_id] as organisation_ids,
        extract(year from d.registered_on)::int as year, d.updated_at, ts_rank(${v}, ${rank}) as rank
      from matter_documents d
      join matters m on m.tenant_id = d.tenant_id and m.id = d.matter_id
      where d.tenant_id = ${tenantId} and ${raw(PUBLIC_ROWS.document('d'))} and ${raw(PUBLIC_ROWS.matter('m'))} and ${v} @@ ${query}`;
  },
};

/** Decisions on public agenda items of meetings that have been called. */
export const decisionSource: SearchSource = {
  kind: 'decision',
  rows: (tenantId, query, rank) => {
    const v = raw(VECTORS.decision('x'));
    return sql`
      select 'decision'::text as kind, x.id::text as id, i.title, o.name || ' ' || x.decided_on || ', § ' || x.paragraph as reference,
        x.text || ' ' || coalesce(x.note, '') as body, '/beslut/' || x.id as url, array[mt.organisation_id] as organisation_ids,
        extract(year from x.decided_on)::int as year, x.updated_at, ts_rank(${v}, ${rank}) as rank
      from decisions x
      join agenda_items i on i.tenant_id = x.tenant_id and i.id = x.agenda_item_id
      join meetings mt on mt.tenant_id = i.tenant_id and mt.id = i.meeting_id
      join organisations o on o.tenant_id = mt.tenant_id and o.id = mt.organisation_id
      where x.tenant_id = ${tenantId} and i.public and i.deleted_at is null and mt.deleted_at is null and ${wasCalledSql('mt')}
        and ${v} @@ ${query}`;
  },
};

/** Every source the public search reads. */
export const SEARCH_SOURCES: SearchSource[] = [
  assignmentSource,
  goalSource,
  reportSource,
  reportSectionSource,
  matterSource,
  documentSource,
  decisionSource,
  auditSource,
  organisationSource,
];
