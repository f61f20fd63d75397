import { sql, type Kysely } from 'kysely';

/**
 * Full-text search over the foundation's public text, as GIN indexes on expressions: the
 * search reads the source tables directly (src/search/search-sources.ts), so results are right
 * after every change with nothing to keep in sync. Each expression here must stay identical to
 * the one in search-vectors.ts, or PostgreSQL cannot use the index (a test checks the plans).
 * Titles weigh A, bodies B, so a word in a title ranks higher.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create index assignments_search_ix on assignments using gin ((
      setweight(to_tsvector('swedish'::regconfig, dnr || ' ' || title), 'A')
      || setweight(to_tsvector('swedish'::regconfig, coalesce(description, '') || ' ' || coalesce(origin_reference, '')), 'B')));

    create index goals_search_ix on goals using gin ((
      setweight(to_tsvector('swedish'::regconfig, title), 'A')
      || setweight(to_tsvector('swedish'::regconfig, coalesce(description, '')), 'B')));

    create index organisations_search_ix on organisations using gin ((
      setweight(to_tsvector('swedish'::regconfig, name || ' ' || coalesce(short_name, '')), 'A')));

    create index audit_reports_search_ix on audit_reports using gin ((
      setweight(to_tsvector('swedish'::regconfig, title), 'A')
      || setweight(to_tsvector('swedish'::regconfig, auditor || ' ' || coalesce(summary, '')), 'B')));

    create index audit_recommendations_search_ix on audit_recommendations using gin ((
      setweight(to_tsvector('swedish'::regconfig, text), 'A')
      || setweight(to_tsvector('swedish'::regconfig, coalesce(response, '')), 'B')));
  `.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`
    drop index assignments_search_ix, goals_search_ix, organisations_search_ix, audit_reports_search_ix,
      audit_recommendations_search_ix;
  `.execute(db);
}
