import type { Db } from '../db/connection.ts';

/** Mandate periods (mandatperioder), e.g. 2022–2026: set up by an administrator or the demo. */
export async function insertLegislativeTerm(trx: Db, tenantId: string, term: { name: string; startDate: string; endDate: string }) {
  const { id } = await trx
    .insertInto('legislative_terms')
    .values({ tenant_id: tenantId, name: term.name, start_date: term.startDate, end_date: term.endDate })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}
