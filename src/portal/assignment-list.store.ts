import { sql, type ExpressionBuilder, type SqlBool } from 'kysely';
import type { AssignmentOrigin } from '../assignments/assignment.ts';
import type { AssignmentStatus } from '../assignments/assignment-status.ts';
import { listAssignmentsByIds } from '../assignments/assignment.store.ts';
import type { Db } from '../db/connection.ts';
import type { Database } from '../db/database.ts';
import { VECTORS } from '../search/search-vectors.ts';
import { swedishTsQuery } from '../search/swedish-query.ts';

/** The public list's filters. `text` matches a dnr, or words of the title and description in any inflection. */
export interface AssignmentListFilter {
  status?: AssignmentStatus | undefined;
  organisationId?: string | undefined;
  origin?: AssignmentOrigin | undefined;
  /** The budget year, or for other origins the year of the decision. */
  year?: number | undefined;
  text?: string | undefined;
}

type Where = ExpressionBuilder<Database, 'assignments'>;

const yearOf = sql<number>`coalesce(assignments.origin_year, extract(year from assignments.origin_decided_on)::int)`;

/** Conditions on the assignment itself (not on who has it). */
function assignmentConditions(filter: AssignmentListFilter) {
  return (eb: Where) => {
    const conditions = [];
    if (filter.origin) conditions.push(eb('assignments.origin', '=', filter.origin));
    if (filter.year !== undefined) conditions.push(eb(yearOf, '=', filter.year));
    const text = filter.text?.trim();
    if (text) {
      const like = `%${text.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
      const tsquery = swedishTsQuery(text);
      const byWords = tsquery ? [sql<SqlBool>`${sql.raw(VECTORS.assignment('assignments'))} @@ to_tsquery('swedish'::regconfig, ${tsquery})`] : [];
      conditions.push(eb.or([eb('assignments.dnr', 'ilike', like), ...byWords]));
    }
    return eb.and(conditions);
  };
}

/** Some organisation has it in this status (or: this organisation has it, in this status). */
function assigneeConditions(filter: AssignmentListFilter) {
  return (eb: Where) =>
    eb.exists(
      eb
        .selectFrom('assignees as f')
        .select(sql.lit(1).as('one'))
        .whereRef('f.tenant_id', '=', 'assignments.tenant_id')
        .whereRef('f.assignment_id', '=', 'assignments.id')
        .$if(filter.status !== undefined, (q) => q.where('f.status', '=', filter.status!))
        .$if(filter.organisationId !== undefined, (q) => q.where('f.organisation_id', '=', filter.organisationId!)),
    );
}

export interface AssignmentPage {
  total: number;
  assignments: Awaited<ReturnType<typeof listAssignmentsByIds>>;
}

/** One page of the filtered list in dnr order, with the number of matches. */
export async function findAssignmentPage(
  db: Db,
  tenantId: string,
  filter: AssignmentListFilter,
  paging: { limit: number; offset: number },
): Promise<AssignmentPage> {
  let query = db.selectFrom('assignments').where('assignments.tenant_id', '=', tenantId).where(assignmentConditions(filter));
  if (filter.status || filter.organisationId) query = query.where(assigneeConditions(filter));
  // Two plain statements rather than count(*) over (): the page can stop after `limit` rows in index order.
  const [rows, counted] = await Promise.all([
    query.select('assignments.id').orderBy('assignments.dnr_sort').orderBy('assignments.id').limit(paging.limit).offset(paging.offset).execute(),
    query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst(),
  ]);
  const total = Number(counted?.n ?? 0);
  return { total, assignments: await listAssignmentsByIds(db, tenantId, rows.map((r) => r.id)) };
}

/**
 * How many assignees are in each status among the assignments the filter selects, ignoring
 * the status filter itself (so the counts show where else one could look). With an
 * organisation filter only that organisation's part counts.
 */
export async function countStatuses(db: Db, tenantId: string, filter: AssignmentListFilter): Promise<Partial<Record<AssignmentStatus, number>>> {
  if (!filter.origin && filter.year === undefined && !filter.text?.trim()) {
    // Nothing to ask of the assignment itself: the assignees table alone answers.
    let plain = db.selectFrom('assignees').select(['status', (eb) => eb.fn.countAll<number>().as('count')]).where('tenant_id', '=', tenantId);
    if (filter.organisationId) plain = plain.where('organisation_id', '=', filter.organisationId);
    const rows = await plain.groupBy('status').execute();
    return Object.fromEntries(rows.map((r) => [r.status, Number(r.count)]));
  }
  let query = db
    .selectFrom('assignees')
    .innerJoin('assignments', (j) =>
      j.onRef('assignments.tenant_id', '=', 'assignees.tenant_id').onRef('assignments.id', '=', 'assignees.assignment_id'),
    )
    .select(['assignees.status', (eb) => eb.fn.countAll<number>().as('count')])
    .where('assignees.tenant_id', '=', tenantId)
    .where(assignmentConditions(filter));
  if (filter.organisationId) query = query.where('assignees.organisation_id', '=', filter.organisationId);
  const rows = await query.groupBy('assignees.status').execute();
  return Object.fromEntries(rows.map((r) => [r.status, Number(r.count)]));
}

/** Years that assignments were given in, newest first, for the year filter. */
export async function assignmentYears(db: Db, tenantId: string): Promise<number[]> {
  const rows = await db
    .selectFrom('assignments')
    .select(yearOf.as('year'))
    .distinct()
    .where('tenant_id', '=', tenantId)
    .execute();
  return rows
    .map((r) => r.year)
    .filter((y): y is number => y !== null)
    .sort((a, b) => b - a);
}
