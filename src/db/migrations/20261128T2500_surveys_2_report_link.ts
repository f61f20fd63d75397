import { sql, type Kysely } from 'kysely';

/** A survey table placed in a report points at the report (the reports migration came first). */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    alter table survey_placements
      add constraint survey_placements_report_fk foreign key (tenant_id, report_id) references reports (tenant_id, id) on delete cascade;
  `.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`alter table survey_placements drop constraint survey_placements_report_fk`.execute(db);
}
