import { sql, type Kysely } from 'kysely';

/**
 * Full-text search over adopted reports and the registry (see 20261128T2300_search_1): report
 * titles and every string in a report section's stored content (to_tsvector on jsonb reads all
 * string values; the parser skips HTML tags), matters, public documents and decisions. A secret
 * or deleted document is not even in the index. Expressions must match src/search/search-vectors.ts.
 * Also: an organisation's status history by time, for its Atom feed.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create index reports_search_ix on reports using gin ((setweight(to_tsvector('swedish'::regconfig, title), 'A')));

    create index report_sections_search_ix on report_sections using gin ((setweight(to_tsvector('swedish'::regconfig, content), 'B')));

    create index matters_search_ix on matters using gin ((
      setweight(to_tsvector('swedish'::regconfig, dnr || ' ' || subject), 'A')
      || setweight(to_tsvector('swedish'::regconfig, coalesce(sender, '') || ' ' || coalesce(recipient, '')), 'B')))
      where deleted_at is null;

    create index matter_documents_search_ix on matter_documents using gin ((
      setweight(to_tsvector('swedish'::regconfig, title), 'A')
      || setweight(to_tsvector('swedish'::regconfig, text), 'B')))
      where not secret and deleted_at is null;

    create index decisions_search_ix on decisions using gin ((
      setweight(to_tsvector('swedish'::regconfig, text), 'A')
      || setweight(to_tsvector('swedish'::regconfig, coalesce(note, '')), 'B')));

    create index assignment_status_changes_organisation_ix on assignment_status_changes (tenant_id, organisation_id, changed_at);
  `.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`
    drop index reports_search_ix, report_sections_search_ix, matters_search_ix, matter_documents_search_ix, decisions_search_ix,
      assignment_status_changes_organisation_ix;
  `.execute(db);
}
