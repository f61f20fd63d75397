/**
 * The text-search documents of each searchable table, as SQL expressions over a table alias.
 * They are the expressions of the GIN indexes in the 20261128T2300_search_* migrations,
 * character for character apart from the alias: PostgreSQL uses an expression index only for
 * the same expression (search-index.test.ts checks that every source's plan uses its index).
 */
const sv = (text: string) => `to_tsvector('swedish'::regconfig, ${text})`;
const weighted = (a: string, b?: string) => (b ? `(setweight(${sv(a)}, 'A') || setweight(${sv(b)}, 'B'))` : `setweight(${sv(a)}, 'A')`);

export const VECTORS = {
  assignment: (t: string) => weighted(`${t}.dnr || ' ' || ${t}.title`, `coalesce(${t}.description, '') || ' ' || coalesce(${t}.origin_reference, '')`),
  goal: (t: string) => weighted(`${t}.title`, `coalesce(${t}.description, '')`),
  organisation: (t: string) => weighted(`${t}.name || ' ' || coalesce(${t}.short_name, '')`),
  auditReport: (t: string) => weighted(`${t}.title`, `${t}.auditor || ' ' || coalesce(${t}.summary, '')`),
  auditRecommendation: (t: string) => weighted(`${t}.text`, `coalesce(${t}.response, '')`),
} as const;

/** Each search index: the table, the document expression over alias `t`, the index name. */
export const SEARCH_INDEXES = [
  { table: 'assignments', vector: VECTORS.assignment, index: 'assignments_search_ix' },
  { table: 'goals', vector: VECTORS.goal, index: 'goals_search_ix' },
  { table: 'organisations', vector: VECTORS.organisation, index: 'organisations_search_ix' },
  { table: 'audit_reports', vector: VECTORS.auditReport, index: 'audit_reports_search_ix' },
  { table: 'audit_recommendations', vector: VECTORS.auditRecommendation, index: 'audit_recommendations_search_ix' },
] as const;
