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
  report: (t: string) => weighted(`${t}.title`),
  /** Every string value of the stored content; HTML tags are skipped by the parser. */
  reportSection: (t: string) => `setweight(to_tsvector('swedish'::regconfig, ${t}.content), 'B')`,
  matter: (t: string) => weighted(`${t}.dnr || ' ' || ${t}.subject`, `coalesce(${t}.sender, '') || ' ' || coalesce(${t}.recipient, '')`),
  document: (t: string) => weighted(`${t}.title`, `${t}.text`),
  decision: (t: string) => weighted(`${t}.text`, `coalesce(${t}.note, '')`),
} as const;

/** The rows a partial index covers: a query must say the same to use it. */
export const PUBLIC_ROWS = {
  matter: (t: string) => `${t}.deleted_at is null`,
  document: (t: string) => `not ${t}.secret and ${t}.deleted_at is null`,
} as const;

/** Each search index: the table, the document expression over alias `t`, the index name, the rows it covers. */
export const SEARCH_INDEXES: Array<{ table: string; vector: (t: string) => string; index: string; where?: (t: string) => string }> = [
  { table: 'assignments', vector: VECTORS.assignment, index: 'assignments_search_ix' },
  { table: 'goals', vector: VECTORS.goal, index: 'goals_search_ix' },
  { table: 'organisations', vector: VECTORS.organisation, index: 'organisations_search_ix' },
  { table: 'audit_reports', vector: VECTORS.auditReport, index: 'audit_reports_search_ix' },
  { table: 'audit_recommendations', vector: VECTORS.auditRecommendation, index: 'audit_recommendations_search_ix' },
  { table: 'reports', vector: VECTORS.report, index: 'reports_search_ix' },
  { table: 'report_sections', vector: VECTORS.reportSection, index: 'report_sections_search_ix' },
  { table: 'matters', vector: VECTORS.matter, index: 'matters_search_ix', where: PUBLIC_ROWS.matter },
  { table: 'matter_documents', vector: VECTORS.document, index: 'matter_documents_search_ix', where: PUBLIC_ROWS.document },
  { table: 'decisions', vector: VECTORS.decision, index: 'decisions_search_ix' },
];
