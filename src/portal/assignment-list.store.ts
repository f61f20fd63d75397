import { assigneeConditions, assignmentConditions, filtersOnAssignees, givenYear, type AssignmentFilter } from '../assignments/assignment-filter.ts';
import { listAssignmentsByIds } from '../assignments/assignment.store.ts';
import type { Db } from '../db/connection.ts';

export interface AssignmentPage {
  total: number;
  assignments: Awaited<ReturnType<typeof listAssignmentsByIds>>;
}

/** One page of the filtered list in dnr order, with the number of matches. */
export async function findAssignmentPage(
  db: Db,
  tenantId: string,
  filter: AssignmentFilter,
  paging: { limit: number; offset: number },
): Promise<AssignmentPage> {
  let query = db.selectFrom('assignments').where('assignments.tenant_id', '=', tenantId).where(assignmentConditions(filter));
  if (filtersOnAssignees(filter)) query = query.where(assigneeConditions(filter));
  // Two plain statements rather than count(*) over (): the page can stop after `limit` rows in index order.
  const [rows, counted] = await Promise.all([
    query.select('assignments.id').orderBy('assignments.dnr_sort').orderBy('assignments.id').limit(paging.limit).offset(paging.offset).execute(),
    query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst(),
  ]);
  const total = Number(counted?.n ?? 0);
  return { total, assignments: await listAssignmentsByIds(db, tenantId, rows.map((r) => r.id)) };
}

/** Years that assignments were given in, newest first, for the year filter. */
export async function assignmentYears(db: Db, tenantId: string): Promise<number[]> {
  const rows = await db
    .selectFrom('assignments')
    .select(givenYear.as('year'))
    .distinct()
    .where('tenant_id', '=', tenantId)
    .execute();
  return rows
    .map((r) => r.year)
    .filter((y): y is number => y !== null)
    .sort((a, b) => b - a);
}
