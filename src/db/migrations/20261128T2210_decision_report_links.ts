import { sql, type Kysely } from 'kysely';

/**
 * The links between reports and decisions, added once both tables exist: the decision that
 * adopted a report, the matter made from a report, and the report that picked up a council
 * referral. Deferred so an export can load reports before the decisions they refer to.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    alter table reports add constraint reports_adopted_by_decision_fk
      foreign key (tenant_id, adopted_by_decision_id) references decisions (tenant_id, id) deferrable initially deferred;
    alter table matters add constraint matters_report_fk
      foreign key (tenant_id, report_id) references reports (tenant_id, id) deferrable initially deferred;
    create index matters_report_ix on matters (tenant_id, report_id);
    alter table council_referrals add constraint council_referrals_report_fk
      foreign key (tenant_id, picked_up_by_report_id) references reports (tenant_id, id) deferrable initially deferred;
  `.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`
    alter table council_referrals drop constraint council_referrals_report_fk;
    drop index matters_report_ix;
    alter table matters drop constraint matters_report_fk;
    alter table reports drop constraint reports_adopted_by_decision_fk;
  `.execute(db);
}
