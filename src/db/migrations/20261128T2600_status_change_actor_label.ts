import { sql, type Kysely } from 'kysely';

/**
 * Who made a status change, also when it was not a signed-in user: the system acting on an
 * approved minutes paragraph, an import, the demo. The history shows this label when there is
 * no user to name.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`alter table assignment_status_changes add column changed_by_label text`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`alter table assignment_status_changes drop column changed_by_label`.execute(db);
}
